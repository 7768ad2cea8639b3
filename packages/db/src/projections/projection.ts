import type { ChainedEventContent } from '@trienkhai/domain';
import type { CompiledQuery, Kysely, RawBuilder } from 'kysely';
import type { Schema } from '../schema.ts';

/*
 * A read model is one registered projection: the event types it handles and how it applies a run of them.
 * The append runs every registered projection inside its transaction, right after the events are written;
 * replay empties the projections' tables and runs the same definitions over the whole log (or, when every
 * projection has one, their folded replays: see FoldedReplay and replay-folded.ts). So a projection
 * must give the same tables whether the log comes to it in one run or in many: it may read its own tables
 * and those of the projections registered before it, never keep state of its own between runs.
 *
 * A projection may also have a set-based path for the runs the append sees most (setBased): what it reads
 * is read with the stream heads, before anything is written, and its statements, whose answers nobody
 * reads, go to the database with the log's write and the COMMIT in one round trip (events/pipeline.ts).
 * Both paths must give the same tables.
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
	readonly setBased?: SetBased;
	/** The folded path of replay (see FoldedReplay); without it, replay runs `apply` over the log. */
	readonly replay?: FoldedReplay;
}

/**
 * How a projection replays the whole log in memory: from an empty state (its tables after TRUNCATE) it
 * folds every event of the log, in log order, then writes its tables in a few set-based statements. Per
 * event, the projections fold in registry order, and a fold may read (never change) the states of the
 * projections registered before it (`earlier`, by name), as `apply` reads their tables. The tables it
 * writes must be those `apply` gives over the same log.
 */
export interface FoldedReplay<State = unknown> {
	start(): State;
	/** Folds one event of the log (every event comes here: the fold picks those it needs). */
	fold(state: State, event: ProjectedEvent, context: ProjectionContext, earlier: ReplayStates): void;
	/**
	 * Writes, after a page of the log, the rows no later event can change (the feed's, say), taking them out
	 * of the state before its first await: it runs while the next page is read and folded.
	 */
	flush?(trx: Kysely<Schema>, state: State): Promise<void>;
	/** Writes the folded rows into the emptied tables (and those of earlier projections it updates). */
	write(trx: Kysely<Schema>, state: State): Promise<void>;
}

/** The states of the projections folded so far in a replay, by projection name. */
export type ReplayStates = ReadonlyMap<string, unknown>;

/** What a set-based run knows of an event before the log has numbered it. */
export type RunEvent = Pick<ChainedEventContent, 'planId' | 'taskId' | 'type' | 'data'>;

/** The set-based path of a projection (see above). */
export interface SetBased {
	/**
	 * What a run of these events (of the handled types) reads first, of the projection's own tables as they
	 * stand before the run: a scalar subquery giving jsonb. Null: this run must take `apply`. Absent: the
	 * run reads nothing.
	 */
	read?(events: readonly RunEvent[]): RawBuilder<unknown> | null;
	/** The statements that apply the run, given what `read` read (in order; their answers are not read). */
	statements(
		trx: Kysely<Schema>,
		events: readonly ProjectedEvent[],
		read: unknown,
		context: ProjectionContext
	): CompiledQuery[];
}

/**
 * The reads of a set-based run of these events over every projection that handles some of them (by
 * projection name), or null when one of them must apply the run statement by statement.
 */
export function setBasedReads(
	projections: readonly Projection[],
	events: readonly RunEvent[]
): Map<string, RawBuilder<unknown>> | null {
	const reads = new Map<string, RawBuilder<unknown>>();
	for (const projection of projections) {
		const handled = events.filter((event) => projection.handles.has(event.type));
		if (handled.length === 0) continue;
		if (!projection.setBased) return null;
		if (!projection.setBased.read) continue;
		const read = projection.setBased.read(handled);
		if (read === null) return null;
		reads.set(projection.name, read);
	}
	return reads;
}

/** The statements of a set-based run (see setBasedReads), in registry order. */
export function setBasedStatements(
	trx: Kysely<Schema>,
	projections: readonly Projection[],
	events: readonly ProjectedEvent[],
	read: ReadonlyMap<string, unknown>,
	context: ProjectionContext
): CompiledQuery[] {
	return projections.flatMap((projection) => {
		const handled = events.filter((event) => projection.handles.has(event.type));
		if (handled.length === 0) return [];
		return projection.setBased!.statements(trx, handled, read.get(projection.name), context);
	});
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
