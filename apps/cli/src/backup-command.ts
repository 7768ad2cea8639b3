import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import {
	createEventStore,
	folderHasFiles,
	openDatabase,
	restorePgliteDataDir,
	type DatabaseConfig
} from '@trienkhai/db';
import type { CommandOutcome } from './checkpoint-command.ts';

const run = promisify(execFile);
const GZIP = [0x1f, 0x8b];
const PGDMP = Buffer.from('PGDMP');

/**
 * `backup <file>`: PGlite writes a consistent tarball of its folder (taken inside the database process, so no
 * write is half in it); PostgreSQL runs `pg_dump --format=custom` (one snapshot of the whole database, or of
 * `DATABASE_SCHEMA`).
 */
export async function backup(config: DatabaseConfig, file: string): Promise<CommandOutcome> {
	if (config.kind === 'postgres') {
		const schemaArgs = config.schema ? [`--schema=${config.schema}`] : [];
		await run('pg_dump', ['--format=custom', `--file=${file}`, ...schemaArgs, `--dbname=${config.url}`]);
	} else {
		const database = await openDatabase(config);
		try {
			if (!database.dumpDataDir) throw new Error('PGlite without dumpDataDir');
			await fs.writeFile(file, await database.dumpDataDir());
		} finally {
			await database.close();
		}
	}
	const { size } = await fs.stat(file);
	return { ok: true, output: `Đã sao lưu / backed up: ${file} (${size} byte, ${config.kind})\n` };
}

/**
 * `restore <file>`: into an empty target only (a missing or empty PGlite folder, a PostgreSQL schema without
 * tables), unless `force`: then PGlite's folder is moved aside and PostgreSQL's objects are dropped by
 * `pg_restore --clean`. Runs `verify` on what it restored.
 */
export async function restore(
	config: DatabaseConfig,
	file: string,
	options: { force: boolean; now: Date }
): Promise<CommandOutcome> {
	const bytes = await fs.readFile(file).catch(() => null);
	if (bytes === null) return { ok: false, message: `không đọc được tệp (cannot read): ${file}` };
	const kind = bytes.subarray(0, 5).equals(PGDMP)
		? 'postgres'
		: bytes[0] === GZIP[0] && bytes[1] === GZIP[1]
			? 'pglite'
			: null;
	if (kind === null)
		return { ok: false, message: `không phải bản sao lưu Triển Khai (not a backup): ${file}` };
	if (kind !== config.kind) {
		return {
			ok: false,
			message: `bản sao lưu của ${kind} nhưng cấu hình là ${config.kind} (backup is ${kind}, target is ${config.kind})`
		};
	}
	const restored =
		config.kind === 'postgres'
			? await restorePostgres(config, file, options.force)
			: await restorePglite(config.dataDir ?? '', bytes, options);
	if (!restored.ok) return restored;
	return verifyRestored(config, restored.output);
}

async function restorePglite(
	dataDir: string,
	bytes: Uint8Array,
	options: { force: boolean; now: Date }
): Promise<CommandOutcome> {
	let note = '';
	if (await folderHasFiles(dataDir)) {
		if (!options.force) return { ok: false, message: notEmpty(dataDir) };
		const aside = `${dataDir}.before-restore-${options.now.toISOString().replace(/[:.]/g, '-')}`;
		await fs.rename(dataDir, aside);
		note = `  dữ liệu cũ đã chuyển sang / previous data moved to ${aside}\n`;
	}
	await restorePgliteDataDir(dataDir, new Uint8Array(bytes));
	return { ok: true, output: `Đã khôi phục / restored into ${dataDir}\n${note}` };
}

async function restorePostgres(
	config: Extract<DatabaseConfig, { kind: 'postgres' }>,
	file: string,
	force: boolean
): Promise<CommandOutcome> {
	const schema = config.schema ?? 'public';
	const tables = await tableCount(config.url, schema, config.schema !== undefined);
	if (tables > 0 && !force) return { ok: false, message: notEmpty(`schema ${schema}`) };
	const clean = tables > 0 ? ['--clean', '--if-exists'] : [];
	try {
		await run('pg_restore', [
			'--exit-on-error',
			'--single-transaction',
			'--no-owner',
			...clean,
			`--dbname=${config.url}`,
			file
		]);
	} catch (error) {
		const stderr = (error as { stderr?: string }).stderr ?? String(error);
		return { ok: false, message: `pg_restore thất bại (failed): ${stderr.trim()}` };
	}
	return { ok: true, output: `Đã khôi phục / restored into schema ${schema}\n` };
}

/** Tables in the schema; an empty named schema (made by a connection's search path) is dropped for pg_restore. */
async function tableCount(url: string, schema: string, dropIfEmpty: boolean): Promise<number> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		const found = await client.query<{ n: string }>(
			'select count(*) as n from pg_tables where schemaname = $1',
			[schema]
		);
		const n = Number(found.rows[0]?.n ?? 0);
		if (n === 0 && dropIfEmpty) await client.query(`drop schema if exists ${pg.escapeIdentifier(schema)}`);
		return n;
	} finally {
		await client.end();
	}
}

async function verifyRestored(config: DatabaseConfig, restoredNote: string): Promise<CommandOutcome> {
	const database = await openDatabase(config);
	try {
		const result = await createEventStore(database).verify();
		if (!result.ok) {
			const b = result.broken;
			return {
				ok: false,
				broken: true,
				message: `${restoredNote}CHUỖI BỊ SAI sau khôi phục / CHAIN BROKEN after restore: kế hoạch ${b.planId}, seq ${b.seq}: ${b.reason}`
			};
		}
		return {
			ok: true,
			output: `${restoredNote}verify: ok ${result.count} sự kiện (events) trong ${result.plans.length} kế hoạch (plans)\n`
		};
	} finally {
		await database.close();
	}
}

function notEmpty(what: string): string {
	return `đích khôi phục không trống: ${what}; dùng --force để thay thế (restore target is not empty; --force replaces it)`;
}

export function resolveFile(cwd: string, file: string): string {
	return path.resolve(cwd, file);
}
