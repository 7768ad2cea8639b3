import { GENESIS_HASH } from '@trienkhai/domain';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { PREPARED } from '../connect.ts';
import type { AppendBatchRow, Schema } from '../schema.ts';
import type { AppendBatch } from './batch.ts';
import type { Head } from './chain.ts';
import { plansRightsJson, rightsByPlan, type PlanRights, type RightsRow } from './plan-rights.ts';

/** Rows of the group's read, as jsonb gives them back (int8 as JSON numbers). */
interface HeadRow {
	plan_id: string;
	update_seq: number;
	event_seq: number;
	head_hash: string;
	update_head_hash: string;
}
/** An idempotency key already stored, with what its batch got. */
export type SeenRow = Omit<AppendBatchRow, 'created_at'>;

/** What a group's transaction knows of the log before it appends. */
export interface GroupState {
	/** Stream heads by plan, advanced in memory as batches are chained (see headOf). */
	heads: Map<string, Head>;
	/** Stored idempotency keys the group's batches carry. */
	seen: Map<string, SeenRow>;
}

/** The head of a plan's stream in the group (a fresh one for a plan without a stream yet). */
export function headOf(state: GroupState, planId: string): Head {
	let head = state.heads.get(planId);
	if (!head) {
		head = {
			updateSeq: 0,
			eventSeq: 0,
			hash: GENESIS_HASH,
			updateHash: GENESIS_HASH,
			created: false,
			moved: false
		};
		state.heads.set(planId, head);
	}
	return head;
}

/** What a group's read asks for besides the heads and keys. */
export interface GroupReadOptions {
	/** Plans whose rights the batches' preconditions are checked against (see precondition.ts). */
	rightsOf: readonly string[];
	/** Reads of projections, by projection name, each a scalar subquery (see Projection.prefetch). */
	prefetch: ReadonlyMap<string, RawBuilder<unknown>>;
	/** Positions to take from the log's sequence for the group's events. */
	positions: number;
}

/** The group's read, answered (see readGroupQuery). */
export interface GroupRead {
	state: GroupState;
	rights: Map<string, PlanRights>;
	prefetched: Map<string, unknown>;
	/** Positions taken, ascending: the group's events get them in order. */
	positions: number[];
}

interface GroupReadRow {
	heads: HeadRow[];
	seen: SeenRow[];
	rights: RightsRow[];
	prefetched: Record<string, unknown>;
	positions: number[];
}

const jsonList = (values: readonly string[]) => sql`${JSON.stringify(values)}::jsonb`;

/**
 * One statement reads what the group needs, under the plans' locks: the stream heads, the idempotency keys
 * seen, the rights the preconditions check, the projections' reads and the events' positions (taken from
 * the log's identity sequence under the locks, so one plan's events get increasing positions in seq order).
 * Its text is the same for every group of the same projections: PostgreSQL keeps it prepared (PREPARED).
 */
export function groupReadQuery(
	batches: readonly AppendBatch[],
	options: GroupReadOptions
): RawBuilder<GroupReadRow> {
	const planIds = [...new Set(batches.map((b) => b.planId))];
	const keys = batches.flatMap((b) => (b.idempotencyKey !== undefined ? [b.idempotencyKey] : []));
	const prefetch = [...options.prefetch].map(([name, read]) => sql`${name}::text, ${read}`);
	return sql<GroupReadRow>`${sql.raw(PREPARED)}
		select
			(select coalesce(jsonb_agg(s), '[]') from (
				select plan_id, update_seq, event_seq, head_hash, update_head_hash from plan_streams
				where plan_id in (select jsonb_array_elements_text(${jsonList(planIds)}))
			) as s) as heads,
			(select coalesce(jsonb_agg(b), '[]') from (
				select * from append_batches where id in (select jsonb_array_elements_text(${jsonList(keys)}))
			) as b) as seen,
			${options.rightsOf.length > 0 ? plansRightsJson(options.rightsOf) : sql`'[]'::jsonb`} as rights,
			${prefetch.length > 0 ? sql`jsonb_build_object(${sql.join(prefetch)})` : sql`'{}'::jsonb`} as prefetched,
			(select coalesce(jsonb_agg(p order by p), '[]') from (
				select nextval(pg_get_serial_sequence('events', 'position')) as p
				from generate_series(1, ${options.positions}::int4)
			) as n) as positions`;
}

/** The group's state from the answer of its read. */
export function groupReadOf(row: GroupReadRow): GroupRead {
	const heads = new Map<string, Head>();
	for (const head of row.heads) {
		heads.set(head.plan_id, {
			updateSeq: Number(head.update_seq),
			eventSeq: Number(head.event_seq),
			hash: head.head_hash,
			updateHash: head.update_head_hash,
			created: Number(head.event_seq) > 0,
			moved: false
		});
	}
	return {
		state: { heads, seen: new Map(row.seen.map((seen) => [seen.id, seen])) },
		rights: rightsByPlan(row.rights),
		prefetched: new Map(Object.entries(row.prefetched)),
		positions: row.positions.map(Number)
	};
}

/** Reads what the group needs in one round trip (see groupReadQuery). */
export async function readGroup(
	trx: Kysely<Schema>,
	batches: readonly AppendBatch[],
	options: GroupReadOptions
): Promise<GroupRead> {
	const read = await groupReadQuery(batches, options).execute(trx);
	return groupReadOf(read.rows[0]!);
}
