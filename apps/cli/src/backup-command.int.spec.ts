import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, prepareDatabase, type Database } from '@trienkhai/db';
import { dropSchema } from '@trienkhai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from './cli.ts';

/** What a round trip must keep: every event with its hash, and the read models built from them. */
async function fingerprint(database: Database) {
	const events = await database.db
		.selectFrom('events')
		.select(['plan_id', 'seq', 'hash'])
		.orderBy('position')
		.execute();
	const tasks = await database.db.selectFrom('tasks').select(['id', 'content']).orderBy('id').execute();
	return { events, tasks };
}

function cliIo(env: Record<string, string>, cwd: string) {
	const out: string[] = [];
	const io: CliIo = {
		env,
		cwd,
		stdout: { write: (s: string) => out.push(s) } as unknown as CliIo['stdout'],
		stderr: { write: (s: string) => out.push(s) } as unknown as CliIo['stderr']
	};
	return { io, text: () => out.splice(0).join('') };
}

describe('backup and restore on the embedded database', () => {
	let dir: string;
	let before: Awaited<ReturnType<typeof fingerprint>>;

	beforeAll(async () => {
		dir = await fs.mkdtemp(path.join(os.tmpdir(), 'trienkhai-backup-'));
		const prepared = await prepareDatabase(
			{ kind: 'pglite', dataDir: path.join(dir, 'pglite') },
			{ demo: true }
		);
		before = await fingerprint(prepared);
		await prepared.close();
	});

	afterAll(async () => {
		await fs.rm(dir, { recursive: true, force: true });
	});

	it('backs up, loses the data, restores it and verifies the chains', async () => {
		const { io, text } = cliIo({ DATA_DIR: dir }, dir);
		expect(await runCli(['backup', 'copy.tgz'], io)).toBe(0);
		expect(text()).toMatch(/^Đã sao lưu \/ backed up: .*copy\.tgz \(\d+ byte, pglite\)/);
		await fs.rm(path.join(dir, 'pglite'), { recursive: true });
		expect(await runCli(['restore', 'copy.tgz'], io)).toBe(0);
		expect(text()).toMatch(/verify: ok \d+ sự kiện \(events\) trong 2 kế hoạch/);
		const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'pglite') });
		try {
			expect(await fingerprint(database)).toEqual(before);
		} finally {
			await database.close();
		}
	});

	it('refuses to restore over data without --force, and keeps the old folder aside with it', async () => {
		const { io, text } = cliIo({ DATA_DIR: dir }, dir);
		expect(await runCli(['restore', 'copy.tgz'], io)).toBe(2);
		expect(text()).toContain('đích khôi phục không trống');
		expect(await runCli(['restore', 'copy.tgz', '--force'], io)).toBe(0);
		expect(text()).toContain('dữ liệu cũ đã chuyển sang / previous data moved to');
		expect((await fs.readdir(dir)).some((f) => f.startsWith('pglite.before-restore-'))).toBe(true);
	});

	it('refuses a file that is not a backup, in Vietnamese', async () => {
		await fs.writeFile(path.join(dir, 'notes.txt'), 'không phải bản sao lưu');
		const { io, text } = cliIo({ DATA_DIR: path.join(dir, 'empty') }, dir);
		expect(await runCli(['restore', 'notes.txt'], io)).toBe(2);
		expect(text()).toContain('không phải bản sao lưu Triển Khai');
	});
});

const url = process.env['TEST_DATABASE_URL'];
if (url) {
	describe('backup and restore on PostgreSQL (pg_dump / pg_restore)', () => {
		const schema = `t_backup_${process.pid}`;
		let dir: string;

		beforeAll(async () => {
			dir = await fs.mkdtemp(path.join(os.tmpdir(), 'trienkhai-pgbackup-'));
		});

		afterAll(async () => {
			await dropSchema(url, schema);
			await fs.rm(dir, { recursive: true, force: true });
		});

		it('backs up, drops the schema, restores it and verifies the chains', async () => {
			const prepared = await prepareDatabase({ kind: 'postgres', url, schema }, { demo: true });
			const before = await fingerprint(prepared);
			await prepared.close();
			const { io, text } = cliIo({ DATABASE_URL: url, DATABASE_SCHEMA: schema }, dir);
			expect(await runCli(['backup', 'db.dump'], io)).toBe(0);
			expect(text()).toContain('postgres)');
			await dropSchema(url, schema);
			expect(await runCli(['restore', 'db.dump'], io)).toBe(0);
			expect(text()).toMatch(/verify: ok \d+ sự kiện \(events\) trong 2 kế hoạch/);
			const database = await openDatabase({ kind: 'postgres', url, schema });
			try {
				expect(await fingerprint(database)).toEqual(before);
				// the append-only triggers came back with the tables
				await expect(database.db.deleteFrom('events').execute()).rejects.toThrow(/append-only/);
			} finally {
				await database.close();
			}
			expect(await runCli(['restore', 'db.dump'], io)).toBe(2);
			expect(text()).toContain('không trống');
			expect(await runCli(['restore', 'db.dump', '--force'], io)).toBe(0);
			expect(text()).toContain('verify: ok');
		});
	});
}
