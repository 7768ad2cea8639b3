import { sql, type CompiledQuery, type Kysely } from 'kysely';
import {
	runProjections,
	setBasedReads,
	setBasedStatements,
	type ProjectedEvent,
	type Projection,
	type ProjectionContext
} from '../projections/projection.ts';
import type { Schema } from '../schema.ts';
import { admitBatches } from './admit.ts';
import { validateBatch, type AppendBatch, type AppendResult, type BatchOutcome } from './batch.ts';
import { readGroup, type GroupRead, type GroupReadOptions } from './group-read.ts';
import { groupWriteQuery, positionEvents } from './group-write.ts';
import { lockPlans, lockQuery } from './lock.ts';
import { sendAll, type Sending } from './pipeline.ts';
import { preconditionPlanIds, unmetPreconditions } from './precondition.ts';

export type {
	AppendBatch,
	AppendEvent,
	AppendResult,
	BatchOutcome,
	ChangeNotice,
	UpdateInput
} from './batch.ts';
export { validateBatch } from './batch.ts';

/** The read models an append runs in its transaction (see projection.ts), and what they need. */
export interface ReadModels {
	projections: readonly Projection[];
	context: ProjectionContext;
}

/** What the append path writes with: the read models, the NOTIFY channel and how statements are sent. */
export interface AppendTarget {
	readModels: ReadModels;
	channel: string;
	sending: Sending;
}

/** How a group is read and projected: its read, and whether its projections run set-based. */
interface GroupPlan {
	read: GroupReadOptions;
	setBased: boolean;
}

function planGroup(batches: readonly AppendBatch[], projections: readonly Projection[]): GroupPlan {
	const events = batches.flatMap((b) => (b.events ?? []).map((e) => ({ ...e, planId: b.planId })));
	const reads = setBasedReads(projections, events);
	return {
		read: { rightsOf: preconditionPlanIds(batches), prefetch: reads ?? new Map(), positions: events.length },
		setBased: reads !== null
	};
}

/**
 * Appends batches (of one plan or many; validated by validateBatch) in one transaction of its own, begun
 * and committed here: the group commit behind EventStore.append. On PostgreSQL that is three round trips:
 * BEGIN and the plans' locks as one simple query, the group's read (a prepared statement), and the log's
 * write, the projections' set-based statements and the COMMIT as one simple query (pipeline.ts); a run a
 * projection must apply statement by statement takes the round trips it needs in between. The answers are
 * returned only once the COMMIT has.
 */
export async function appendGroup(
	db: Kysely<Schema>,
	batches: readonly AppendBatch[],
	target: AppendTarget
): Promise<BatchOutcome[]> {
	if (target.sending === 'one-by-one') {
		return db.transaction().execute(async (trx) => {
			await lockPlans(
				trx,
				batches.map((b) => b.planId)
			);
			return appendLocked(trx, batches, target);
		});
	}
	return db.connection().execute(async (conn) => {
		try {
			const plan = planGroup(batches, target.readModels.projections);
			const lock = lockQuery(batches.map((b) => b.planId))!;
			await sendAll(conn, [sql`begin`.compile(conn), lock.compile(conn)], 'together');
			const state = await readGroup(conn, batches, plan.read);
			return await writeAdmitted(conn, batches, state, plan, target, [sql`commit`.compile(conn)]);
		} catch (error) {
			await sql`rollback`.execute(conn).catch(() => {});
			throw error;
		}
	});
}

/** Appends one batch whose plan the transaction has locked (see appendLocked); a refusal throws. */
export async function appendOneLocked(
	trx: Kysely<Schema>,
	batch: AppendBatch,
	target: AppendTarget
): Promise<AppendResult> {
	validateBatch(batch);
	const [outcome] = await appendLocked(trx, [batch], target);
	if (!outcome!.ok) throw outcome!.error;
	return outcome!.result;
}

/**
 * Appends batches whose plans the transaction holds the locks of. The log's statements are set-based over
 * the whole group, so N batches cost about the round trips of one: one read (readGroup), then the write
 * statement (groupWriteQuery) and the registered projections over the group's events, which now have their
 * positions, in the same transaction.
 *
 * A batch the log refuses on its own (stale expected seq, stream order, a key reused for another plan)
 * gets its error in its outcome and the others go on; an error of the database throws and fails them all.
 */
export async function appendLocked(
	trx: Kysely<Schema>,
	batches: readonly AppendBatch[],
	target: AppendTarget
): Promise<BatchOutcome[]> {
	const plan = planGroup(batches, target.readModels.projections);
	const read = await readGroup(trx, batches, plan.read);
	return writeAdmitted(trx, batches, read, plan, target, []);
}

/**
 * Admits the batches against the group's read, writes the accepted ones and runs the projections over
 * their events; `tail` (the COMMIT of appendGroup) goes with the last statements, whatever was admitted.
 */
async function writeAdmitted(
	trx: Kysely<Schema>,
	batches: readonly AppendBatch[],
	read: GroupRead,
	plan: GroupPlan,
	target: AppendTarget,
	tail: CompiledQuery[]
): Promise<BatchOutcome[]> {
	const { projections, context } = target.readModels;
	const unmet = unmetPreconditions(batches, read.rights);
	const { outcomes, accepted, duplicatesOf } = admitBatches(batches, read.state, unmet);
	const moved = [...read.state.heads].filter(([, head]) => head.moved);
	if (accepted.length === 0 || moved.length === 0) {
		await sendAll(trx, tail, target.sending);
		return outcomes;
	}

	positionEvents(accepted, read.positions);
	const events = accepted.flatMap((a) => a.events) as ProjectedEvent[];
	const write = groupWriteQuery(accepted, moved, target.channel).compile(trx);
	if (plan.setBased) {
		const projected = setBasedStatements(trx, projections, events, read.prefetched, context);
		await sendAll(trx, [write, ...projected, ...tail], target.sending);
	} else {
		await sendAll(trx, [write], target.sending);
		await runProjections(trx, projections, events, context);
		await sendAll(trx, tail, target.sending);
	}

	for (const [first, indexes] of duplicatesOf) {
		for (const i of indexes) outcomes[i] = { ok: true, result: { ...first.result, duplicate: true } };
	}
	return outcomes;
}
