import { sql, type Kysely } from 'kysely';
import type { Schema } from '../schema.ts';
import { PROJECTION_TABLES } from './registry.ts';

const ORDER: Record<string, string> = {
	activity_feed: 'position',
	unit_task_stats: 'plan_id, unit_id',
	task_contributions: 'task_id, unit_id',
	task_coordinators: 'task_id, unit_id',
	tasks: 'id',
	task_groups: 'id',
	plan_implements: 'plan_id, directive_id',
	plans: 'id',
	inbox_items: 'plan_id, revision, unit_id',
	plan_issues: 'plan_id, revision',
	plan_signoffs: 'plan_id'
};

function plain(value: unknown): unknown {
	return value instanceof Date ? value.toISOString() : value;
}

/**
 * Every projection table's rows in a stable order, values made comparable (instants as ISO text), for
 * checking that a replay reproduces the inline projections exactly.
 */
export async function readProjectionTables(db: Kysely<Schema>): Promise<Record<string, unknown[]>> {
	const out: Record<string, unknown[]> = {};
	for (const table of PROJECTION_TABLES) {
		const order = ORDER[table];
		if (!order) throw new Error(`no row order for projection table ${table}`);
		const result = await sql<Record<string, unknown>>`
			select * from ${sql.table(table)} order by ${sql.raw(order)}`.execute(db);
		out[table] = result.rows.map((row) =>
			Object.fromEntries(Object.entries(row).map(([key, value]) => [key, plain(value)]))
		);
	}
	return out;
}
