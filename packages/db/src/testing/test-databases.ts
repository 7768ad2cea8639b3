import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseConfig } from '../config.ts';
import { openDatabase, type Database } from '../connect.ts';
import type { EventStore } from '../events/event-store.ts';
import { createEventStore } from '../store.ts';
import { migrateToLatest } from '../migrate.ts';
import { demoData } from '../seed/demo-data.ts';
import { loadDemoData } from '../seed/load-demo-data.ts';

/** A database a suite can use, and how to throw it away afterwards. */
export interface TestDatabase {
	name: 'pglite' | 'postgres';
	config: DatabaseConfig;
	dispose(): Promise<void>;
}

/**
 * The dialects an integration suite runs on: PGlite in memory always, and PostgreSQL in a fresh schema of
 * its own when TEST_DATABASE_URL is set (CI sets it), so suites never see each other's rows.
 */
export function testDatabaseKinds(): Array<TestDatabase['name']> {
	return process.env['TEST_DATABASE_URL'] ? ['pglite', 'postgres'] : ['pglite'];
}

/** Makes a fresh database of the given kind. */
export function createTestDatabase(kind: TestDatabase['name']): TestDatabase {
	if (kind === 'pglite') {
		return { name: kind, config: { kind: 'pglite', dataDir: null }, dispose: async () => {} };
	}
	const url = process.env['TEST_DATABASE_URL'];
	if (!url) throw new Error('TEST_DATABASE_URL is not set');
	const schema = `t_${randomBytes(6).toString('hex')}`;
	return {
		name: kind,
		config: { kind: 'postgres', url, schema, maxConnections: 4 },
		dispose: () => dropSchema(url, schema)
	};
}

/** Drops a schema made for a test or a benchmark run, with everything in it. */
export async function dropSchema(url: string, schema: string): Promise<void> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		await client.query(`drop schema if exists ${schema} cascade`);
	} finally {
		await client.end();
	}
}

/** Opens a test database, migrates it and loads the demo data through the event log. */
export async function openDemoDatabase(
	config: DatabaseConfig
): Promise<{ database: Database; store: EventStore }> {
	const database = await openDatabase(config);
	await migrateToLatest(database.db, database.schema ?? undefined);
	const store = createEventStore(database);
	await loadDemoData(database.db, store, demoData);
	return { database, store };
}
