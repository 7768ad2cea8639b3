import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createEventStore, openDatabase, prepareDatabase, type Database } from '@trienkhai/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from './cli.ts';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../../node_modules/.bin/trienkhai');
const QB = 'plan-ubnd-qb-kl69';

/** Runs the installed `trienkhai` bin as a user would; resolves with its exit code and output. */
async function trienkhai(args: string[], env: Record<string, string>) {
	try {
		const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
			env: { ...process.env, DATABASE_URL: '', ...env },
			cwd: os.tmpdir()
		});
		return { code: 0, stdout, stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}

async function tamper(database: Database, planId: string, seq: number): Promise<number> {
	return database.db.connection().execute(async (conn) => {
		await sql`set session_replication_role = replica`.execute(conn);
		try {
			const row = await sql<{ position: number }>`
				update events set data = jsonb_set(data, '{code}', '"II.99"')
				where plan_id = ${planId} and seq = ${seq} returning position`.execute(conn);
			return row.rows[0]!.position;
		} finally {
			await sql`set session_replication_role = origin`.execute(conn);
		}
	});
}

describe('trienkhai CLI on the embedded database', () => {
	let dir: string;
	let env: Record<string, string>;

	beforeAll(async () => {
		dir = await fs.mkdtemp(path.join(os.tmpdir(), 'trienkhai-cli-'));
		env = { DATA_DIR: dir };
		const prepared = await prepareDatabase(
			{ kind: 'pglite', dataDir: path.join(dir, 'pglite') },
			{ demo: true }
		);
		await prepared.close();
	});

	afterAll(async () => {
		await fs.rm(dir, { recursive: true, force: true });
	});

	it('verifies every plan: "ok" with the count, exit code 0', async () => {
		const result = await trienkhai(['verify'], env);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^ok \d+ sự kiện \(events\) trong 2 kế hoạch \(plans\)\n/);
		expect(result.stdout).toContain(`${QB}: `);
	});

	it('verifies one plan as JSON with its head hash', async () => {
		const result = await trienkhai(['verify', QB, '--json'], env);
		expect(result.code).toBe(0);
		const parsed = JSON.parse(result.stdout) as { ok: boolean; count: number; plans: { headHash: string }[] };
		expect(parsed.ok).toBe(true);
		expect(parsed.count).toBeGreaterThan(20);
		expect(parsed.plans[0]!.headHash).toMatch(/^[0-9a-f]{64}$/);
	});

	it('replays the projections and leaves the plans as they were', async () => {
		const result = await trienkhai(['replay'], env);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(
			/^Đã dựng lại \/ replayed: \d+ sự kiện \(events\), 2 kế hoạch \(plans\), 31 nhiệm vụ/
		);
	});

	it('refuses to open the embedded database while another process has it', async () => {
		const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'pglite') });
		try {
			const result = await trienkhai(['verify'], env);
			expect(result.code).toBe(2);
			expect(result.stderr).toContain(`đang được tiến trình ${process.pid} sử dụng`);
		} finally {
			await database.close();
		}
	});

	it('names the exact position of a rewritten event, exit code 1', async () => {
		const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'pglite') });
		let position: number;
		try {
			position = await tamper(database, QB, 7);
		} finally {
			await database.close();
		}
		const result = await trienkhai(['verify', QB], env);
		expect(result.code).toBe(1);
		expect(result.stdout).toContain(`vị trí (position) ${position}, seq 7: hash_mismatch`);
	});

	it('names the seq of a document update inserted by plain SQL, exit code 1', async () => {
		const planId = 'plan-tu-qng-kl69';
		const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'pglite') });
		try {
			const update = { update: new Uint8Array([1, 2, 3]), userId: null, unitId: null, origin: 'sync' };
			await createEventStore(database).append({ planId, updates: [update] });
			await sql`
				insert into plan_updates (plan_id, seq, update, user_id, unit_id, origin, prev_hash, hash)
				values (${planId}, 2, ${new Uint8Array([4])}, null, null, 'sync', '', '')`.execute(database.db);
		} finally {
			await database.close();
		}
		const result = await trienkhai(['verify', planId], env);
		expect(result.code).toBe(1);
		expect(result.stdout).toContain(
			`kế hoạch ${planId}, bản cập nhật tài liệu (document update), seq 2: prev_hash_mismatch`
		);
	});

	it('migrates a new database, then has nothing to do', async () => {
		const fresh = { DATA_DIR: path.join(dir, 'fresh') };
		const before = await trienkhai(['verify'], fresh);
		expect(before.code).toBe(2);
		expect(before.stderr).toContain('npx trienkhai migrate');
		const first = await trienkhai(['migrate', '--json'], fresh);
		expect(JSON.parse(first.stdout)).toEqual({
			applied: [
				'2026-11-22-01-foundation',
				'2026-11-22-02-event-store',
				'2026-11-22-03-plan-snapshots',
				'2026-11-22-04-sessions',
				'2026-11-28-05-dashboard',
				'2026-11-28-06-notifications',
				'2026-11-28-07-batch-fingerprints',
				'2026-12-07-i14-update-chain',
				'2026-12-07-i15-sync-tickets',
				'2026-12-07-i21-chain-checkpoints',
				'2026-12-07-i22-edxml',
				'2026-12-07-w18-office-workflow',
				'2026-12-07-w18b-workflow-notifications',
				'2026-12-07-z-h4-unit-merge',
				'2026-12-07-z-i14-feed-task-index',
				'2026-12-07-zb-meeting-attendees',
				'2026-12-07-zd-unit-name-history',
				'2026-12-08-a-directive-rollups'
			]
		});
		expect((await trienkhai(['migrate'], fresh)).stdout).toBe('Lược đồ đã mới nhất / nothing to migrate\n');
		expect((await trienkhai(['verify'], fresh)).stdout).toMatch(/^ok 0 sự kiện/);
	});

	it('explains usage and unknown commands with exit code 2', async () => {
		expect((await trienkhai(['frobnicate'], env)).stderr).toContain(
			'Lệnh không rõ / unknown command: frobnicate'
		);
		expect((await trienkhai([], env)).code).toBe(2);
		expect((await trienkhai(['--help'], env)).code).toBe(0);
	});
});

// CI sets TEST_DATABASE_URL; without it the suite runs on PGlite only, like the database suites.
if (process.env['TEST_DATABASE_URL']) describeOnPostgres(process.env['TEST_DATABASE_URL']);

function describeOnPostgres(url: string): void {
	describe('trienkhai CLI on PostgreSQL', () => {
		const schema = `t_cli_${process.pid}`;
		let database: Database;
		const out: string[] = [];
		const io = (): CliIo => ({
			env: { DATABASE_URL: url, DATABASE_SCHEMA: schema },
			cwd: os.tmpdir(),
			stdout: { write: (s: string) => out.push(s) } as unknown as CliIo['stdout'],
			stderr: { write: (s: string) => out.push(s) } as unknown as CliIo['stderr']
		});

		beforeAll(async () => {
			database = await prepareDatabase({ kind: 'postgres', url, schema }, { demo: true });
		});

		afterAll(async () => {
			await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(database.db);
			await database.close();
		});

		it('verifies, replays, and finds a tampered event', async () => {
			out.length = 0;
			expect(await runCli(['verify'], io())).toBe(0);
			expect(out.join('')).toMatch(/^ok \d+ sự kiện/);
			expect(await runCli(['replay', '--json'], io())).toBe(0);
			expect(JSON.parse(out.at(-1)!)).toMatchObject({ plans: 2, tasks: 31 });
			const position = await tamper(database, QB, 5);
			out.length = 0;
			expect(await runCli(['verify', '--json'], io())).toBe(1);
			expect(JSON.parse(out.join(''))).toMatchObject({ ok: false, broken: { planId: QB, position, seq: 5 } });
		});
	});
}
