import type { ChainedEventContent } from '@trienkhai/domain';
import type { Kysely } from 'kysely';
import type { Schema } from '../schema.ts';

/*
 * A read model is one registered projection: the event types it handles and how it applies a run of them.
 * The append runs every registered projection inside its transaction, right after the events are written;
 * replay empties the projections' tables and runs the same definitions over the whole log. So a projection
 * must give the same tables whether the log comes to it in one run or in many: it may read its own tables
 * and those of the projections registered before it, never keep state of its own between runs.
 */

/** An appended event as a projection sees it: its content and its global position in the log. */
export type ProjectedEvent = ChainedEventContent & { position: number };

/** What projections need from outside the events: unit names for the activity feed. */
export interface ProjectionContext {
	unitName(unitId: string): string;
}

/** One read model: the tables it owns, the event types it handles and how it applies them. */
export interface Projection {
	readonly name: string;
	/** The tables it writes and replay empties (in an order TRUNCATE accepts together). */
	readonly tables: readonly string[];
	readonly handles: ReadonlySet<string>;
	/**
	 * Applies events of the handled types, in log order (each plan's in seq order), in the caller's
	 * transaction. Events come in runs of any length; the result must not depend on where runs split.
	 */
	apply(trx: Kysely<Schema>, events: readonly ProjectedEvent[], context: ProjectionContext): Promise<void>;
}

/** Runs each projection, in registry order, over the events it handles. */
export async function runProjections(
	trx: Kysely<Schema>,
	projections: readonly Projection[],
	events: readonly ProjectedEvent[],
	context: ProjectionContext
): Promise<void> {
	for (const projection of projections) {
		const handled = events.filter((event) => projection.handles.has(event.type));
		if (handled.length > 0) await projection.apply(trx, handled, context);
	}
}

/** Every table the projections own, in registry order. */
export function projectionTables(projections: readonly Projection[]): string[] {
	return projections.flatMap((projection) => [...projection.tables]);
}
