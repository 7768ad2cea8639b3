import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../connect.ts';
import { verifyChains } from '../events/verify.ts';
import type { EventStore } from '../events/event-store.ts';
import { demoData } from '../seed/demo-data.ts';
import { generateHistory } from '../testing/history.ts';
import { rewriteChainFrom } from '../testing/rewrite-chain.ts';
import { createTestDatabase, openDemoDatabase, testDatabaseKinds } from '../testing/test-databases.ts';
import { keyIdOf, type SigningKey } from './keys.ts';
import { listCheckpoints, signChainHeads } from './signer.ts';
import { verifyCheckpoints } from './verify-checkpoints.ts';

function newKey(): SigningKey {
	const { privateKey, publicKey } = generateKeyPairSync('ed25519');
	return { privateKey, publicKey, keyId: keyIdOf(publicKey) };
}

describe.each(testDatabaseKinds())('signed checkpoints on %s', (kind) => {
	const testDb = createTestDatabase(kind);
	let database: Database;
	let store: EventStore;
	const key = newKey();
	const PLANS = ['hist-1', 'hist-2', 'hist-3'];

	beforeAll(async () => {
		({ database, store } = await openDemoDatabase(testDb.config));
		// the plans grow batch by batch; the periodic signer runs after each batch
		for (const batch of generateHistory({
			seed: 21,
			plans: PLANS.length,
			events: 150,
			unitIds: demoData.units.map((u) => u.key),
			maxBatch: 6,
			planPrefix: 'hist'
		})) {
			await store.append(batch);
			await signChainHeads(database.db, key);
		}
	});

	afterAll(async () => {
		await database.close();
		await testDb.dispose();
	});

	it('signs each head once, and every signed head is extended by the intact log', async () => {
		expect(await signChainHeads(database.db, key)).toEqual([]);
		const all = await listCheckpoints(database.db);
		const streams = await database.db
			.selectFrom('plan_streams')
			.select('plan_id')
			.where('event_seq', '>', 0)
			.execute();
		expect(new Set(all.map((c) => c.planId))).toEqual(new Set(streams.map((s) => s.plan_id)));
		for (const plan of PLANS) expect(all.filter((c) => c.planId === plan).length).toBeGreaterThan(5);
		const verdict = await verifyCheckpoints(database.db, all, key.publicKey);
		expect(verdict).toEqual({ ok: true, checked: all.length, plans: streams.length });
	});

	it('refuses a checkpoint file altered after signing, and a key other than the trusted one', async () => {
		const all = await listCheckpoints(database.db);
		const forged = all.map((c, i) => (i === 3 ? { ...c, headHash: 'f'.repeat(64) } : c));
		const verdict = await verifyCheckpoints(database.db, forged, key.publicKey);
		expect(verdict).toMatchObject({ ok: false, broken: { reason: 'bad_signature', seq: all[3]!.seq } });
		const other = newKey();
		expect(await verifyCheckpoints(database.db, all, other.publicKey)).toMatchObject({
			ok: false,
			broken: { reason: 'unknown_key' }
		});
	});

	it('finds a chain rewritten with recomputed hashes at the first plan and position that differ', async () => {
		const exported = await listCheckpoints(database.db);
		const signedSeqs = exported.filter((c) => c.planId === 'hist-1').map((c) => c.seq);
		// rewrite from the third signed head of hist-1, and a later part of hist-2
		const target = signedSeqs[2]!;
		const position = await rewriteChainFrom(database, 'hist-1', target);
		await rewriteChainFrom(database, 'hist-2', 10);
		// the chain walk alone cannot see it: every hash was recomputed
		expect((await verifyChains(database.db)).ok).toBe(true);
		const verdict = await verifyCheckpoints(database.db, exported, key.publicKey);
		expect(verdict).toMatchObject({
			ok: false,
			broken: { planId: 'hist-1', seq: target, position, reason: 'rewritten', lastGoodSeq: signedSeqs[1] }
		});
	});
});
