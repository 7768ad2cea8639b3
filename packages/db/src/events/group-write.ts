import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Schema } from '../schema.ts';
import type { Accepted, Head } from './chain.ts';

const json = (rows: unknown[]) => sql`${JSON.stringify(rows)}::jsonb`;
const positionOf = (plan: RawBuilder<unknown>, seq: RawBuilder<unknown>) =>
	sql`(select position from ev where ev.plan_id = ${plan} and ev.seq = ${seq})`;

/** The log rows of the accepted batches, as jsonb record sets. */
function logRows(accepted: readonly Accepted[], moved: ReadonlyArray<[string, Head]>) {
	const updates = accepted.flatMap(({ batch, result, updateLinks }) =>
		(batch.updates ?? []).map((u, i) => ({
			plan_id: batch.planId,
			seq: result.updateSeqs![0] + i,
			update: Buffer.from(u.update).toString('base64'),
			user_id: u.userId,
			unit_id: u.unitId,
			origin: u.origin,
			prev_hash: updateLinks[i]!.prevHash,
			hash: updateLinks[i]!.hash
		}))
	);
	const events = accepted
		.flatMap((a) => a.events)
		.map((e, ord) => ({
			ord,
			plan_id: e.planId,
			seq: e.seq,
			task_id: e.taskId,
			type: e.type,
			data: e.data,
			user_id: e.userId,
			unit_id: e.unitId,
			occurred_at: e.occurredAt,
			update_seq: e.updateSeq,
			prev_hash: e.prevHash,
			hash: e.hash
		}));
	const streams = moved.map(([planId, head]) => ({
		plan_id: planId,
		update_seq: head.updateSeq,
		event_seq: head.eventSeq,
		head_hash: head.hash,
		update_head_hash: head.updateHash
	}));
	const keyed = accepted.flatMap(({ batch, result, fingerprint }) =>
		batch.idempotencyKey === undefined
			? []
			: [
					{
						id: batch.idempotencyKey,
						plan_id: batch.planId,
						fingerprint,
						first_update_seq: result.updateSeqs?.[0] ?? null,
						last_update_seq: result.updateSeqs?.[1] ?? null,
						first_event_seq: result.eventSeqs?.[0] ?? null,
						last_event_seq: result.eventSeqs?.[1] ?? null
					}
				]
	);
	const notices = accepted.flatMap(({ result }) =>
		result.updateSeqs === null && result.eventSeqs === null
			? []
			: [
					{
						plan_id: result.planId,
						update_seqs: result.updateSeqs,
						event_seqs: result.eventSeqs,
						first_event_seq: result.eventSeqs?.[0] ?? null,
						last_event_seq: result.eventSeqs?.[1] ?? null
					}
				]
	);
	return { updates, events, streams, keyed, notices };
}

/**
 * Writes a group in one statement: the events (the `ev` CTE, returning their positions), the updates,
 * the stream heads, the idempotency keys and the change notices. Sets each accepted batch's positions and
 * returns each event's, by `planId#seq`.
 */
export async function writeGroup(
	trx: Kysely<Schema>,
	accepted: readonly Accepted[],
	moved: ReadonlyArray<[string, Head]>,
	channel: string
): Promise<Map<string, number>> {
	const { updates, events, streams, keyed, notices } = logRows(accepted, moved);
	const written = await sql<{ positions: Array<[string, number, number]>; notified: number }>`
		with ev as (
			insert into events (plan_id, seq, task_id, type, data, user_id, unit_id, occurred_at, update_seq, prev_hash, hash)
			select plan_id, seq, task_id, type, data, user_id, unit_id, occurred_at, update_seq, prev_hash, hash
			from jsonb_to_recordset(${json(events)}) as r (
				plan_id text, seq int8, task_id text, type text, data jsonb, user_id text, unit_id text,
				occurred_at timestamptz, update_seq int8, prev_hash text, hash text, ord int8
			)
			order by ord
			returning plan_id, seq, position
		),
		up as (
			insert into plan_updates (plan_id, seq, update, user_id, unit_id, origin, prev_hash, hash)
			select plan_id, seq, decode(update, 'base64'), user_id, unit_id, origin, prev_hash, hash
			from jsonb_to_recordset(${json(updates)}) as r (
				plan_id text, seq int8, update text, user_id text, unit_id text, origin text, prev_hash text, hash text
			)
		),
		st as (
			insert into plan_streams (plan_id, update_seq, event_seq, head_hash, update_head_hash, updated_at)
			select plan_id, update_seq, event_seq, head_hash, update_head_hash, now()
			from jsonb_to_recordset(${json(streams)}) as r (
				plan_id text, update_seq int8, event_seq int8, head_hash text, update_head_hash text
			)
			on conflict (plan_id) do update set update_seq = excluded.update_seq, event_seq = excluded.event_seq,
				head_hash = excluded.head_hash, update_head_hash = excluded.update_head_hash,
				updated_at = excluded.updated_at
		),
		ab as (
			insert into append_batches (id, plan_id, fingerprint, first_update_seq, last_update_seq, first_event_seq,
				last_event_seq, first_position, last_position)
			select id, plan_id, fingerprint, first_update_seq, last_update_seq, first_event_seq, last_event_seq,
				${positionOf(sql`r.plan_id`, sql`r.first_event_seq`)}, ${positionOf(sql`r.plan_id`, sql`r.last_event_seq`)}
			from jsonb_to_recordset(${json(keyed)}) as r (
				id text, plan_id text, fingerprint text, first_update_seq int8, last_update_seq int8, first_event_seq int8,
				last_event_seq int8
			)
		),
		-- NOTIFY is transactional: listeners hear of a batch only once it has committed
		nt as (
			select pg_notify(${channel}, jsonb_build_object(
				'planId', r.plan_id, 'updateSeqs', r.update_seqs, 'eventSeqs', r.event_seqs,
				'positions', case when r.first_event_seq is null then null else jsonb_build_array(
					${positionOf(sql`r.plan_id`, sql`r.first_event_seq`)}, ${positionOf(sql`r.plan_id`, sql`r.last_event_seq`)}
				) end
			)::text)
			from jsonb_to_recordset(${json(notices)}) as r (
				plan_id text, update_seqs jsonb, event_seqs jsonb, first_event_seq int8, last_event_seq int8
			)
		)
		select
			(select coalesce(jsonb_agg(jsonb_build_array(plan_id, seq, position)), '[]') from ev) as positions,
			(select count(*)::int4 from nt) as notified`.execute(trx);

	const positions = new Map(
		written.rows[0]!.positions.map(([planId, seq, position]) => [`${planId}#${seq}`, position])
	);
	for (const entry of accepted) {
		const seqs = entry.result.eventSeqs;
		if (seqs) {
			entry.result.positions = [
				positions.get(`${entry.batch.planId}#${seqs[0]}`)!,
				positions.get(`${entry.batch.planId}#${seqs[1]}`)!
			];
		}
	}
	return positions;
}
