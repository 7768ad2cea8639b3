// The databases the event store benchmark measures on: a fresh schema per run on PostgreSQL, PGlite in memory.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import type { DatabaseConfig } from '../../src/config.ts';
import { openDatabase, type Database } from '../../src/connect.ts';
import type { EventStore } from '../../src/events/event-store.ts';
import { migrateToLatest } from '../../src/migrate.ts';
import { demoData } from '../../src/seed/demo-data.ts';
import { loadDemoData } from '../../src/seed/load-demo-data.ts';
import { createEventStore } from '../../src/store.ts';
import type { Dialect } from './options.ts';

/** A fresh, migrated database with the demo data, and its event store. */
export interface BenchDatabase {
	database: Database;
	store: EventStore;
	unitIds: string[];
	directiveIds: string[];
}

/** Schemas made and not yet dropped, so an interrupted run can still drop them. */
const liveSchemas = new Map<string, string>();

/** A new schema name on the server, remembered until dropSchema. */
export function newSchema(pgUrl: string): string {
	const schema = `bench_${randomBytes(6).toString('hex')}`;
	liveSchemas.set(schema, pgUrl);
	return schema;
}

/** Drops a bench schema on the PostgreSQL server, over a connection of its own. */
export async function dropSchema(schema: string): Promise<void> {
	const client = new pg.Client({ connectionString: liveSchemas.get(schema) });
	await client.connect();
	try {
		await client.query(`drop schema if exists ${pg.escapeIdentifier(schema)} cascade`);
		liveSchemas.delete(schema);
	} finally {
		await client.end();
	}
}

/** Drops every schema not dropped yet (an interrupted run). */
export async function dropLiveSchemas(): Promise<void> {
	await Promise.allSettled([...liveSchemas.keys()].map(dropSchema));
}

/**
 * Runs `body` on a fresh database of the dialect (a new schema, or PGlite in memory), migrated and loaded
 * with the demo data, and throws the database away afterwards, also when `body` fails.
 */
export async function withDatabase<T>(
	dialect: Dialect,
	pgUrl: string,
	maxConnections: number,
	body: (bench: BenchDatabase) => Promise<T>
): Promise<T> {
	let config: DatabaseConfig = { kind: 'pglite', dataDir: null };
	const schema = dialect === 'postgres' ? newSchema(pgUrl) : null;
	if (schema !== null) config = { kind: 'postgres', url: pgUrl, schema, maxConnections };
	try {
		const database = await openDatabase(config);
		try {
			await migrateToLatest(database.db, database.schema ?? undefined);
			const store = createEventStore(database);
			await loadDemoData(database.db, store, demoData);
			return await body({
				database,
				store,
				unitIds: demoData.units.map((u) => u.key),
				directiveIds: demoData.directives.map((d) => d.key)
			});
		} finally {
			await database.close();
		}
	} finally {
		if (schema !== null) await dropSchema(schema);
	}
}

/** The server's version when PostgreSQL answers, or the reason it does not. */
export async function probePostgres(pgUrl: string): Promise<{ version: string } | { error: string }> {
	const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
	try {
		await client.connect();
		const result = await client.query<{ server_version: string }>('show server_version');
		return { version: result.rows[0]?.server_version ?? '?' };
	} catch (error) {
		return { error: error instanceof Error ? error.message : String(error) };
	} finally {
		await client.end().catch(() => {});
	}
}

/** The PostgreSQL version inside PGlite, from a throwaway in-memory instance. */
export async function pgliteVersion(): Promise<string> {
	const database = await openDatabase({ kind: 'pglite', dataDir: null });
	try {
		const result = await sql<{ server_version: string }>`show server_version`.execute(database.db);
		return result.rows[0]?.server_version ?? '?';
	} finally {
		await database.close();
	}
}

/** The URL without its password, for printing. */
export function safeUrl(url: string): string {
	try {
		const parsed = new URL(url);
		parsed.password = '';
		return parsed.toString();
	} catch {
		return '(unparsable URL)';
	}
}
