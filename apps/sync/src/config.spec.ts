import { describe, expect, it } from 'vitest';
import { defaultSyncConfig, syncConfigFromEnv } from './config.ts';

describe('syncConfigFromEnv', () => {
	it('keeps the defaults when nothing is set', () => {
		expect(syncConfigFromEnv({})).toEqual(defaultSyncConfig);
	});
	it('reads the port, host and Redis URL', () => {
		const config = syncConfigFromEnv({
			SYNC_PORT: '4321',
			SYNC_HOST: '0.0.0.0',
			REDIS_URL: 'redis://127.0.0.1:6379'
		});
		expect(config).toMatchObject({ port: 4321, host: '0.0.0.0', redisUrl: 'redis://127.0.0.1:6379' });
	});
	it('refuses a port that is not a number', () => {
		expect(() => syncConfigFromEnv({ SYNC_PORT: 'abc' })).toThrow(/SYNC_PORT/);
	});
});
