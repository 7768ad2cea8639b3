import { sql, type RawBuilder } from 'kysely';
import type { ChangeNotice } from './batch.ts';
import type { Accepted, Head } from './chain.ts';

const json = (rows: unknown[]) => sql`${JSON.stringify(rows)}::jsonb`;

/** The log rows of the accepted batches (their events positioned), as jsonb record sets. */
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
		.map((e) => ({
			position: e.position,
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
						last_event_seq: result.eventSeqs?.[1] ?? null,
						first_position: result.positions?.[0] ?? null,
						last_position: result.positions?.[1] ?? null
					}
				]
	);
	const notices = accepted.flatMap(({ result }): ChangeNotice[] =>
		result.updateSeqs === null && result.eventSeqs === null
			? []
			: [
					{
						planId: result.planId,
						updateSeqs: result.updateSeqs,
						eventSeqs: result.eventSeqs,
						positions: result.positions
					}
				]
	);
	return { updates, events, streams, keyed, notices };
}

/**
 * Gives the accepted batches' events their positions (taken in order by the group's read) and sets each
 * batch's position range.
 */
export function positionEvents(accepted: readonly Accepted[], positions: readonly number[]): void {
	let next = 0;
	for (const entry of accepted) {
		for (const event of entry.events) event.position = positions[next++]!;
		const [first, last] = [entry.events[0], entry.events[entry.events.length - 1]];
		if (first && last) entry.result.positions = [first.position!, last.position!];
	}
	if (next > positions.length) throw new Error(`${next} events for ${positions.length} positions`);
}

/**
 * The statement that writes a group (its events positioned, see positionEvents): the events, the updates,
 * the stream heads, the idempotency keys and the change notices (NOTIFY is transactional: listeners hear
 * of a batch only once it has committed). Nothing in it is read back, so it can go with the statements
 * after it (see pipeline.ts).
 */
export function groupWriteQuery(
	accepted: readonly Accepted[],
	moved: ReadonlyArray<[string, Head]>,
	channel: string
): RawBuilder<unknown> {
	const { updates, events, streams, keyed, notices } = logRows(accepted, moved);
	return sql`
		with ev as (
			insert into events (position, plan_id, seq, task_id, type, data, user_id, unit_id, occurred_at, update_seq,
				prev_hash, hash)
			overriding system value
			select position, plan_id, seq, task_id, type, data, user_id, unit_id, occurred_at, update_seq, prev_hash, hash
			from jsonb_to_recordset(${json(events)}) as r (
				position int8, plan_id text, seq int8, task_id text, type text, data jsonb, user_id text, unit_id text,
				occurred_at timestamptz, update_seq int8, prev_hash text, hash text
			)
			order by position
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
				first_position, last_position
			from jsonb_to_recordset(${json(keyed)}) as r (
				id text, plan_id text, fingerprint text, first_update_seq int8, last_update_seq int8, first_event_seq int8,
				last_event_seq int8, first_position int8, last_position int8
			)
		)
		select count(pg_notify(${channel}, n.value::text))::int4 as notified
		from jsonb_array_elements(${json(notices)}) as n`;
}
