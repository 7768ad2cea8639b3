import type { Kysely } from 'kysely';
import type { ProjectionContext } from '../projections/projection.ts';
import type { Schema } from '../schema.ts';
import type { AppendBatch } from './batch.ts';

/** The unit ids activity sentences name (see describeEvent). */
export function namedUnits(batch: AppendBatch): string[] {
	const ids: string[] = [];
	for (const event of batch.events ?? []) {
		const data = event.data as Record<string, unknown> | null;
		if (!data) continue;
		if (typeof data['unitId'] === 'string') ids.push(data['unitId']);
		if (data['field'] === 'leadUnitId' || data['field'] === 'coordinatorUnitIds') {
			for (const value of [data['from'], data['to']]) {
				if (typeof value === 'string') ids.push(value);
				if (Array.isArray(value)) ids.push(...value.filter((v): v is string => typeof v === 'string'));
			}
		}
	}
	return ids;
}

/**
 * Unit short names for activity sentences. Loaded before an append (the projection itself stays
 * synchronous) and reloaded when an event names a unit not yet known, so inline sentences name units as
 * replay does.
 */
export function unitNames(
	db: Kysely<Schema>
): ProjectionContext & { prepare(unitIds: string[] | null, executor?: Kysely<Schema>): Promise<void> } {
	let names: Map<string, string> | null = null;
	return {
		async prepare(unitIds, executor = db) {
			if (names && unitIds !== null && unitIds.every((id) => names!.has(id))) return;
			const rows = await executor.selectFrom('units').select(['id', 'short_name']).execute();
			names = new Map(rows.map((r) => [r.id, r.short_name]));
		},
		unitName: (id) => names?.get(id) ?? id
	};
}
