import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './connect.ts';
import { createEventStore } from './store.ts';
import { migrateToLatest } from './migrate.ts';
import { prepareDatabase } from './prepare.ts';
import { demoData } from './seed/demo-data.ts';
import { loadDemoData } from './seed/load-demo-data.ts';

const ROLE_SQL = path.resolve(import.meta.dirname, '../../../infra/postgres/app-role.sql');

/** The psql script with its :"variables" filled in, as `psql -v schema=… -v app_role=…` would. */
async function appRoleScript(schema: string, role: string): Promise<string> {
	const text = await fs.readFile(ROLE_SQL, 'utf8');
	return text
		.replaceAll(':"schema"', pg.escapeIdentifier(schema))
		.replaceAll(':"app_role"', pg.escapeIdentifier(role));
}

// Roles live in the PostgreSQL cluster; PGlite has a single superuser, so this suite is PostgreSQL's.
// Without TEST_DATABASE_URL (a machine with PGlite only) the suite is reported as skipped, saying why.
const url = process.env['TEST_DATABASE_URL'];
if (url) describeRoles(url);
else
	describe.skip('the application role of infra/postgres/app-role.sql (PostgreSQL only: set TEST_DATABASE_URL)', () => {
		it('needs PostgreSQL', () => {});
	});

function describeRoles(ownerUrl: string): void {
	describe('the application role of infra/postgres/app-role.sql', () => {
		const suffix = randomBytes(5).toString('hex');
		const schema = `t_roles_${suffix}`;
		const role = `tk_app_${suffix}`;
		let owner: Database;
		let app: Database;

		beforeAll(async () => {
			owner = await openDatabase({ kind: 'postgres', url: ownerUrl, schema });
			await migrateToLatest(owner.db, schema);
			await loadDemoData(owner.db, createEventStore(owner), demoData);
			await sql`create role ${sql.id(role)} login`.execute(owner.db);
			await sql.raw(await appRoleScript(schema, role)).execute(owner.db);
			const appUrl = new URL(ownerUrl);
			appUrl.username = role;
			appUrl.password = '';
			app = await prepareDatabase(
				{ kind: 'postgres', url: appUrl.toString(), schema },
				{ demo: false, migrate: false }
			);
		});

		afterAll(async () => {
			await app?.close();
			await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(owner.db);
			await sql`drop owned by ${sql.id(role)}`.execute(owner.db);
			await sql`drop role if exists ${sql.id(role)}`.execute(owner.db);
			await owner?.close();
		});

		it('appends, reads, verifies and replays', async () => {
			const store = createEventStore(app);
			const result = await store.append({
				planId: 'plan-ubnd-qb-kl69',
				events: [
					{
						taskId: 'plan-ubnd-qb-kl69/II.1.b',
						type: 'TaskAccepted',
						data: {},
						userId: 'u-qb-so-nganh',
						unitId: 'qb-so-nganh',
						occurredAt: new Date().toISOString()
					}
				]
			});
			expect(result.eventSeqs).not.toBeNull();
			await expect(store.verify()).resolves.toMatchObject({ ok: true });
			await expect(store.replay()).resolves.toMatchObject({ plans: 2 });
		});

		it('may not UPDATE, DELETE or TRUNCATE the log: refused by privilege, before any trigger', async () => {
			for (const table of ['events', 'plan_updates', 'append_batches']) {
				for (const statement of [
					sql`update ${sql.table(table)} set plan_id = plan_id`,
					sql`delete from ${sql.table(table)}`,
					sql`truncate ${sql.table(table)}`
				]) {
					await expect(statement.execute(app.db)).rejects.toMatchObject({ code: '42501' });
				}
			}
		});

		it('may not migrate: it only checks that the owner did', async () => {
			await expect(sql`delete from kysely_migration`.execute(app.db)).rejects.toMatchObject({
				code: '42501'
			});
			await expect(sql`create table intruder (x int)`.execute(app.db)).rejects.toMatchObject({
				code: '42501'
			});
		});
	});
}
