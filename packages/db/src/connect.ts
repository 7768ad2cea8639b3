import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import process from 'node:process';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from './config.ts';
import { typeParsers } from './type-parsers.ts';
import type { Schema } from './schema.ts';

/** An open database: the Kysely instance, which dialect is behind it, and how to close it. */
export interface Database {
	db: Kysely<Schema>;
	dialect: DatabaseConfig['kind'];
	/** The PostgreSQL schema the tables live in (null: the default search path). */
	schema: string | null;
	/**
	 * Calls `onNotify` with each payload sent on `channel` after the sending transaction commits
	 * (LISTEN/NOTIFY; in-process on PGlite). Payloads may be missed across reconnects: listeners
	 * treat a notification as "look now", never as the data itself. Resolves to an unlisten function.
	 */
	listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
	/** PGlite only: a consistent gzipped tarball of the data folder (see backup/). */
	dumpDataDir?: () => Promise<Uint8Array>;
	close(): Promise<void>;
}

/** Opens PGlite or PostgreSQL as the config says; the one place that knows both. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
	return config.kind === 'pglite' ? openPglite(config.dataDir) : openPostgres(config);
}

async function openPglite(dataDir: string | null): Promise<Database> {
	if (dataDir) await fs.mkdir(dataDir, { recursive: true });
	const unlock = dataDir ? await lockDataDir(dataDir) : async () => {};
	let pglite: PGlite;
	try {
		pglite = await PGlite.create({
			...(dataDir ? { dataDir } : {}),
			parsers: typeParsers
		});
	} catch (error) {
		await unlock();
		throw error;
	}
	const db = new Kysely<Schema>({ dialect: new PGliteDialect({ pglite }) });
	return {
		db,
		dialect: 'pglite',
		schema: null,
		listen: (channel, onNotify) => pglite.listen(channel, onNotify),
		dumpDataDir: async () => new Uint8Array(await (await pglite.dumpDataDir('gzip')).arrayBuffer()),
		close: async () => {
			await db.destroy();
			if (!pglite.closed) await pglite.close();
			await unlock();
		}
	};
}

/**
 * PGlite is one process's database: a second process opening the same folder (the CLI while the app runs)
 * would corrupt it. A lock file next to the folder names the owning process; a lock left by a process that
 * no longer runs is taken over.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
	const lockPath = `${dataDir.replace(/[\\/]+$/, '')}.lock`;
	try {
		await fs.writeFile(lockPath, String(process.pid), { flag: 'wx' });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		const owner = Number((await fs.readFile(lockPath, 'utf8').catch(() => '')).trim());
		if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isRunning(owner)) {
			throw new Error(
				`Cơ sở dữ liệu nhúng ${dataDir} đang được tiến trình ${owner} sử dụng; hãy dừng tiến trình đó hoặc dùng DATABASE_URL ` +
					`(the embedded database is in use by process ${owner}; stop it first or use DATABASE_URL)`,
				{ cause: error }
			);
		}
		await fs.writeFile(lockPath, String(process.pid));
	}
	return async () => {
		const owner = await fs.readFile(lockPath, 'utf8').catch(() => '');
		if (owner.trim() === String(process.pid)) await fs.rm(lockPath, { force: true });
	};
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Marks a statement (its text's start) that a PostgreSQL connection keeps prepared: see LastResultClient. */
export const PREPARED = '/* prepared */';

/**
 * A client that answers a query of several statements (a simple query: see events/pipeline.ts) with its last
 * statement's result, as Kysely takes one result per query; and keeps the statements marked PREPARED
 * prepared under a name, so the server parses and plans them once per connection (a statement of fixed text,
 * run with parameters, that the append path runs for every group).
 */
class LastResultClient extends pg.Client {
	private readonly names = new Map<string, string>();

	override query(...args: unknown[]): never {
		const [text, values] = args;
		if (typeof text === 'string' && text.startsWith(PREPARED) && Array.isArray(values) && values.length > 0) {
			let name = this.names.get(text);
			if (name === undefined) {
				name = `trienkhai_${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
				this.names.set(text, name);
			}
			args = [{ name, text, values }, ...args.slice(2)];
		}
		const answer: unknown = (pg.Client.prototype.query as (...a: unknown[]) => unknown).apply(this, args);
		if (!(answer instanceof Promise)) return answer as never;
		return answer.then((result: unknown): unknown =>
			Array.isArray(result) ? (result[result.length - 1] as unknown) : result
		) as never;
	}
}

async function openPostgres(config: Extract<DatabaseConfig, { kind: 'postgres' }>): Promise<Database> {
	const schema = config.schema ?? null;
	if (schema !== null && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
		throw new Error(`invalid schema name: ${schema}`);
	}
	const pool = new pg.Pool({
		Client: LastResultClient,
		connectionString: config.url,
		max: config.maxConnections ?? 10,
		types: { getTypeParser: getPgTypeParser },
		...(schema ? { options: `-c search_path=${schema}` } : {})
	});
	// An idle pooled connection the server closes (a PostgreSQL restart, a failover) emits 'error' on the pool;
	// unhandled, it would end the process. The pool drops that client and the next query opens a new one.
	pool.on('error', () => {});
	// A connection checked out but between statements (inside a transaction, or held for a lock) gets the same
	// 'error' on its own client, where the pool's handler is not attached: handled here, so the statement in
	// flight (if any) fails and is retried by its caller instead of the process dying.
	pool.on('connect', (client) => {
		client.on('error', () => {});
	});
	if (schema) {
		// The search path names the schema, so it must exist before the first query runs in it.
		// (checked first: an application role without CREATE on the database may use an existing schema)
		const found = await pool.query('select 1 from pg_namespace where nspname = $1', [schema]);
		if (found.rowCount === 0) await pool.query(`create schema if not exists ${schema}`);
	}
	const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
	const listeners = new Set<PgListener>();
	return {
		db,
		dialect: 'postgres',
		schema,
		listen: async (channel, onNotify) => {
			const listener = new PgListener(config.url, channel, onNotify);
			listeners.add(listener);
			await listener.start();
			return async () => {
				listeners.delete(listener);
				await listener.stop();
			};
		},
		close: async () => {
			await Promise.all([...listeners].map((l) => l.stop()));
			await db.destroy();
		}
	};
}

/**
 * One dedicated connection LISTENing on a channel, reconnecting after errors. After each (re)connect
 * it calls `onNotify('')`, so the listener looks for what it may have missed while disconnected.
 */
class PgListener {
	private client: pg.Client | null = null;
	private stopped = false;
	private retry: NodeJS.Timeout | null = null;
	private readonly url: string;
	private readonly channel: string;
	private readonly onNotify: (payload: string) => void;

	constructor(url: string, channel: string, onNotify: (payload: string) => void) {
		this.url = url;
		this.channel = channel;
		this.onNotify = onNotify;
	}

	async start(): Promise<void> {
		const client = new pg.Client({ connectionString: this.url });
		client.on('notification', (message) => {
			if (message.channel === this.channel) this.onNotify(message.payload ?? '');
		});
		client.on('error', () => this.lost(client));
		client.on('end', () => this.lost(client));
		await client.connect();
		await client.query(`listen ${pg.escapeIdentifier(this.channel)}`);
		if (this.stopped) {
			await client.end();
			return;
		}
		this.client = client;
		this.onNotify('');
	}

	private lost(client: pg.Client): void {
		if (this.client !== client) return;
		this.client = null;
		this.scheduleRetry();
	}

	private scheduleRetry(): void {
		if (this.stopped || this.retry) return;
		this.retry = setTimeout(() => {
			this.retry = null;
			this.start().catch(() => this.scheduleRetry());
		}, 500);
	}

	async stop(): Promise<void> {
		this.stopped = true;
		if (this.retry) clearTimeout(this.retry);
		const client = this.client;
		this.client = null;
		if (client) await client.end().catch(() => {});
	}
}
function getPgTypeParser(oid: number, format?: string): (value: string) => unknown {
	const own = typeParsers[oid];
	if (own && format !== 'binary') return own;
	// pg's own types module handles everything we do not override.
	return (pg.types.getTypeParser as (oid: number, format?: string) => (value: string) => unknown)(
		oid,
		format
	);
}
