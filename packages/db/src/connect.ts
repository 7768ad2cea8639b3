import fs from 'node:fs/promises';
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
	close(): Promise<void>;
}

/** Opens PGlite or PostgreSQL as the config says; the one place that knows both. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
	return config.kind === 'pglite' ? openPglite(config.dataDir) : openPostgres(config);
}

async function openPglite(dataDir: string | null): Promise<Database> {
	if (dataDir) await fs.mkdir(dataDir, { recursive: true });
	const pglite = await PGlite.create({
		...(dataDir ? { dataDir } : {}),
		parsers: typeParsers
	});
	const db = new Kysely<Schema>({ dialect: new PGliteDialect({ pglite }) });
	return {
		db,
		dialect: 'pglite',
		schema: null,
		close: async () => {
			await db.destroy();
			if (!pglite.closed) await pglite.close();
		}
	};
}

async function openPostgres(config: Extract<DatabaseConfig, { kind: 'postgres' }>): Promise<Database> {
	const schema = config.schema ?? null;
	if (schema !== null && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
		throw new Error(`invalid schema name: ${schema}`);
	}
	const pool = new pg.Pool({
		connectionString: config.url,
		max: config.maxConnections ?? 10,
		types: { getTypeParser: getPgTypeParser },
		...(schema ? { options: `-c search_path=${schema}` } : {})
	});
	if (schema) {
		// The search path names the schema, so it must exist before the first query runs in it.
		await pool.query(`create schema if not exists ${schema}`);
	}
	const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
	return { db, dialect: 'postgres', schema, close: () => db.destroy() };
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
