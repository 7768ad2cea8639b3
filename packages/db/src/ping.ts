import { sql } from 'kysely';
import type { Database } from './connect.ts';

/** Runs `select 1`; rejects when the database does not answer. */
export async function pingDatabase(database: Database): Promise<void> {
	await sql`select 1`.execute(database.db);
}
