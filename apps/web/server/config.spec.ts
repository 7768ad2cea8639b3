import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serverConfigFromEnv } from './config.ts';

describe('serverConfigFromEnv', () => {
	it('defaults to PGlite under ./data with demo data on port 3000', () => {
		expect(serverConfigFromEnv({}, '/srv/app')).toEqual({
			port: 3000,
			host: '127.0.0.1',
			database: { kind: 'pglite', dataDir: path.resolve('/srv/app', 'data', 'pglite') },
			demo: true,
			migrate: true
		});
	});
	it('picks PostgreSQL when DATABASE_URL is set', () => {
		const config = serverConfigFromEnv({ DATABASE_URL: 'postgres://127.0.0.1/app', DEMO_DATA: '0' }, '/x');
		expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://127.0.0.1/app', schema: undefined });
		expect(config.demo).toBe(false);
	});
	it('names the variable that is wrong', () => {
		expect(() => serverConfigFromEnv({ PORT: 'x' }, '/')).toThrow(/PORT/);
		expect(() => serverConfigFromEnv({ DEMO_DATA: 'maybe' }, '/')).toThrow(/DEMO_DATA/);
		expect(() => serverConfigFromEnv({ MIGRATE: 'no' }, '/')).toThrow(/MIGRATE/);
	});
	it('leaves migrations to the owner role with MIGRATE=0', () => {
		expect(serverConfigFromEnv({ MIGRATE: '0' }, '/').migrate).toBe(false);
	});
});
