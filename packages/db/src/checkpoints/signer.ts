import { sql, type Kysely } from 'kysely';
import type { Schema } from '../schema.ts';
import type { SigningKey } from './keys.ts';
import { signHead, type SignedCheckpoint } from './signed-head.ts';

/**
 * Signs the current head of every plan whose head has no checkpoint by this key yet, and stores the
 * checkpoints. Idempotent: several instances may run it at once (the primary key drops duplicates).
 * Resolves to the checkpoints it made.
 */
export async function signChainHeads(
	db: Kysely<Schema>,
	key: SigningKey,
	now: Date = new Date()
): Promise<SignedCheckpoint[]> {
	const heads = await db
		.selectFrom('plan_streams as s')
		.innerJoin('events as e', (join) =>
			join.onRef('e.plan_id', '=', 's.plan_id').onRef('e.seq', '=', 's.event_seq')
		)
		.leftJoin('chain_checkpoints as c', (join) =>
			join
				.onRef('c.plan_id', '=', 's.plan_id')
				.onRef('c.seq', '=', 's.event_seq')
				.on('c.key_id', '=', key.keyId)
		)
		.where('c.plan_id', 'is', null)
		.select(['e.plan_id', 'e.seq', 'e.position', 'e.hash'])
		.orderBy('e.plan_id')
		.execute();
	if (heads.length === 0) return [];
	const signedAt = now.toISOString();
	const signed = heads.map((h) =>
		signHead(
			{ planId: h.plan_id, seq: h.seq, position: h.position, headHash: h.hash, signedAt },
			key.privateKey,
			key.keyId
		)
	);
	await db
		.insertInto('chain_checkpoints')
		.values(
			signed.map((c) => ({
				plan_id: c.planId,
				seq: c.seq,
				position: c.position,
				head_hash: c.headHash,
				signed_at: c.signedAt,
				key_id: c.keyId,
				signature: c.signature
			}))
		)
		.onConflict((oc) => oc.doNothing())
		.execute();
	return signed;
}

/** Every stored checkpoint, oldest first per plan. */
export async function listCheckpoints(db: Kysely<Schema>): Promise<SignedCheckpoint[]> {
	const rows = await db
		.selectFrom('chain_checkpoints')
		.select([
			'plan_id',
			'seq',
			'position',
			'head_hash',
			sql<string>`to_char(signed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`.as('signed_at'),
			'key_id',
			'signature'
		])
		.orderBy('plan_id')
		.orderBy('seq')
		.orderBy('key_id')
		.execute();
	return rows.map((r) => ({
		planId: r.plan_id,
		seq: r.seq,
		position: r.position,
		headHash: r.head_hash,
		signedAt: r.signed_at,
		keyId: r.key_id,
		signature: r.signature
	}));
}

/** Runs `signChainHeads` now and every `intervalMs`; errors go to `onError`, never stop the timer. */
export function startCheckpointSigner(options: {
	db: Kysely<Schema>;
	key: SigningKey;
	intervalMs: number;
	onSigned?: (checkpoints: SignedCheckpoint[]) => void;
	onError: (error: unknown) => void;
}): { stop(): void } {
	let running = false;
	const tick = () => {
		if (running) return;
		running = true;
		signChainHeads(options.db, options.key)
			.then((made) => {
				if (made.length > 0) options.onSigned?.(made);
			})
			.catch(options.onError)
			.finally(() => {
				running = false;
			});
	};
	tick();
	const timer = setInterval(tick, options.intervalMs);
	timer.unref();
	return { stop: () => clearInterval(timer) };
}
