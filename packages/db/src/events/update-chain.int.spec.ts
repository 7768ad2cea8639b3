import { GENESIS_HASH, type EventInput } from '@trienkhai/domain';
import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../connect.ts';
import { migrations } from '../migrations/index.ts';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../testing/test-databases.ts';
import { useDemoDatabase } from '../testing/demo-suite.ts';
import { ChainBrokenError } from './errors.ts';
import { createEventStore } from '../store.ts';
import { hashUpdate } from './hash.ts';

const OWNER = 'ubnd-quang-binh';

function created(planId: string): EventInput {
	return {
		taskId: null,
		type: 'PlanCreated',
		data: { title: `Kế hoạch ${planId}`, ownerUnitId: OWNER, implementsDirectiveIds: [], documentId: null },
		userId: `u-${OWNER}`,
		unitId: OWNER,
		occurredAt: '2026-03-02T01:00:00.000Z'
	};
}

const bytes = (...values: number[]) => new Uint8Array(values);
const update = (n: number) => ({ update: bytes(1, n, 2, n), userId: 'u-a', unitId: OWNER, origin: 'sync' });

/** Runs SQL with the log's guard triggers off, as a database superuser rewriting the log could. */
async function behindTheGuard(database: Database, statement: ReturnType<typeof sql>): Promise<void> {
	await database.db.connection().execute(async (conn) => {
		await sql`set session_replication_role = replica`.execute(conn);
		try {
			await statement.execute(conn);
		} finally {
			await sql`set session_replication_role = origin`.execute(conn);
		}
	});
}

describe.each(testDatabaseKinds())('the update chain on %s', (kind) => {
	const demo = useDemoDatabase(kind);

	/** A plan with five stored updates (two batches) and an event, its chains whole. */
	async function planWithUpdates(planId: string): Promise<void> {
		await demo.store.append({ planId, events: [created(planId)], updates: [update(1), update(2)] });
		await demo.store.append({ planId, updates: [update(3), update(4), update(5)] });
		await expect(demo.store.verify(planId)).resolves.toMatchObject({ ok: true });
	}

	it('chains every update: seq 1 links to the genesis hash, each next one to the one before', async () => {
		await planWithUpdates('p-links');
		const rows = await demo.db
			.selectFrom('plan_updates')
			.selectAll()
			.where('plan_id', '=', 'p-links')
			.orderBy('seq')
			.execute();
		expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
		let prev = GENESIS_HASH;
		for (const row of rows) {
			expect(row.prev_hash).toBe(prev);
			const { plan_id: planId, seq, update: u, user_id: userId, unit_id: unitId, origin } = row;
			expect(row.hash).toBe(hashUpdate({ planId, seq, update: u, userId, unitId, origin }, prev));
			prev = row.hash;
		}
		const head = await demo.db
			.selectFrom('plan_streams')
			.select('update_head_hash')
			.where('plan_id', '=', 'p-links')
			.executeTakeFirstOrThrow();
		expect(head.update_head_hash).toBe(prev);
	});

	it('finds an update changed by SQL at its seq, and refuses to serve it', async () => {
		await planWithUpdates('p-changed');
		await behindTheGuard(
			demo.database,
			sql`update plan_updates set update = ${bytes(9, 9)} where plan_id = 'p-changed' and seq = 3`
		);
		await expect(demo.store.verify('p-changed')).resolves.toMatchObject({
			ok: false,
			broken: { planId: 'p-changed', stream: 'updates', seq: 3, reason: 'hash_mismatch' }
		});
		// the whole-log check names the same place
		const all = await demo.store.verify();
		expect(all).toMatchObject({ ok: false, broken: { planId: 'p-changed', stream: 'updates', seq: 3 } });
		await expect(demo.store.readPlanUpdates('p-changed')).rejects.toThrow(ChainBrokenError);
		await expect(demo.store.readPlanUpdates('p-changed', 3)).rejects.toThrow(/update seq 3/);
		// before the break the chain still holds
		await expect(demo.store.readPlanUpdates('p-changed', 1, 2)).resolves.toHaveLength(2);
	});

	it('finds an update inserted by SQL after the head, and never serves it', async () => {
		await planWithUpdates('p-inserted');
		// a plain INSERT, as the report did (no trigger stands in the way of one), even one that links
		// correctly to the last update: the stream head does not name it
		const five = await demo.db
			.selectFrom('plan_updates')
			.select('hash')
			.where('plan_id', '=', 'p-inserted')
			.where('seq', '=', 5)
			.executeTakeFirstOrThrow();
		const row = {
			planId: 'p-inserted',
			seq: 6,
			update: bytes(7),
			userId: 'u-x',
			unitId: OWNER,
			origin: 'sync'
		};
		await sql`
			insert into plan_updates (plan_id, seq, update, user_id, unit_id, origin, prev_hash, hash)
			values ('p-inserted', 6, ${row.update}, 'u-x', ${OWNER}, 'sync', ${five.hash},
				${hashUpdate(row, five.hash)})`.execute(demo.db);
		await expect(demo.store.verify('p-inserted')).resolves.toMatchObject({
			ok: false,
			broken: { planId: 'p-inserted', stream: 'updates', seq: 6, reason: 'head_mismatch' }
		});
		const served = await demo.store.readPlanUpdates('p-inserted');
		expect(served.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
		await expect(demo.store.readPlanUpdates('p-inserted', 6)).resolves.toEqual([]);
	});

	it('finds an update inserted with a forged link in the middle of the chain', async () => {
		await planWithUpdates('p-forged');
		// remove seq 4 and put another update in its place, linked to seq 3 with a correct hash of its own
		const three = await demo.db
			.selectFrom('plan_updates')
			.select('hash')
			.where('plan_id', '=', 'p-forged')
			.where('seq', '=', 3)
			.executeTakeFirstOrThrow();
		const forged = {
			planId: 'p-forged',
			seq: 4,
			update: bytes(6, 6),
			userId: 'u-x',
			unitId: OWNER,
			origin: 'sync'
		};
		await behindTheGuard(demo.database, sql`delete from plan_updates where plan_id = 'p-forged' and seq = 4`);
		await sql`
			insert into plan_updates (plan_id, seq, update, user_id, unit_id, origin, prev_hash, hash)
			values ('p-forged', 4, ${forged.update}, 'u-x', ${OWNER}, 'sync', ${three.hash},
				${hashUpdate(forged, three.hash)})`.execute(demo.db);
		await expect(demo.store.verify('p-forged')).resolves.toMatchObject({
			ok: false,
			broken: { stream: 'updates', seq: 5, reason: 'prev_hash_mismatch' }
		});
		await expect(demo.store.readPlanUpdates('p-forged', 4)).rejects.toThrow(ChainBrokenError);
	});

	it('finds an update removed by SQL, in the middle or at the end', async () => {
		await planWithUpdates('p-gap');
		await behindTheGuard(demo.database, sql`delete from plan_updates where plan_id = 'p-gap' and seq = 2`);
		await expect(demo.store.verify('p-gap')).resolves.toMatchObject({
			ok: false,
			broken: { planId: 'p-gap', stream: 'updates', seq: 2, reason: 'seq_gap' }
		});
		await expect(demo.store.readPlanUpdates('p-gap')).rejects.toThrow(ChainBrokenError);

		await planWithUpdates('p-end');
		await behindTheGuard(demo.database, sql`delete from plan_updates where plan_id = 'p-end' and seq = 5`);
		await expect(demo.store.verify('p-end')).resolves.toMatchObject({
			ok: false,
			broken: { planId: 'p-end', stream: 'updates', seq: 5, reason: 'head_mismatch' }
		});
		await expect(demo.store.readPlanUpdates('p-end')).rejects.toThrow(/update seq 5/);
	});

	it('loads from a snapshot only when it belongs to the chain as stored', async () => {
		await planWithUpdates('p-snap');
		await demo.store.saveSnapshot('p-snap', 4, bytes(4, 4, 4));
		const snapshot = await demo.store.latestSnapshot('p-snap');
		expect(snapshot?.updateSeq).toBe(4);
		expect(new Uint8Array(snapshot!.state)).toEqual(bytes(4, 4, 4));
		// a snapshot written for an update the chain does not hold is never used
		await sql`
			insert into plan_snapshots (plan_id, update_seq, state, update_hash)
			values ('p-snap', 5, ${bytes(5)}, ${GENESIS_HASH})`.execute(demo.db);
		await expect(demo.store.latestSnapshot('p-snap')).resolves.toMatchObject({ updateSeq: 4 });
		await demo.store.saveSnapshot('p-snap', 9, bytes(9));
		await expect(demo.store.latestSnapshot('p-snap')).resolves.toMatchObject({ updateSeq: 4 });
	});
});

describe.each(testDatabaseKinds())('the update chain migration on %s', (kind) => {
	let testDb: TestDatabase;
	let database: Database;

	beforeAll(async () => {
		testDb = createTestDatabase(kind);
		database = await openDatabase(testDb.config);
	});
	afterAll(async () => {
		await database.close();
		await testDb.dispose();
	});

	it('chains the updates stored before it, so they verify and load', async () => {
		// the migrator runs migrations in the order of their names
		const names = Object.keys(migrations).sort();
		const before = names[names.indexOf('2026-12-07-i14-update-chain') - 1]!;
		const migrator = new Migrator({
			db: database.db,
			provider: { getMigrations: () => Promise.resolve(migrations) },
			...(database.schema ? { migrationTableSchema: database.schema } : {})
		});
		expect((await migrator.migrateTo(before)).error).toBeUndefined();
		await sql`insert into plan_streams (plan_id, update_seq, event_seq, head_hash) values ('p-old', 3, 0, '')`.execute(
			database.db
		);
		for (const seq of [1, 2, 3]) {
			await sql`
				insert into plan_updates (plan_id, seq, update, user_id, unit_id, origin)
				values ('p-old', ${seq}, ${bytes(seq, seq)}, null, null, 'sync')`.execute(database.db);
		}
		await sql`insert into plan_snapshots (plan_id, update_seq, state) values ('p-old', 2, ${bytes(2)})`.execute(
			database.db
		);
		expect((await migrator.migrateToLatest()).error).toBeUndefined();
		const store = createEventStore(database);
		const updates = await store.readPlanUpdates('p-old');
		expect(updates.map((u) => [u.seq, new Uint8Array(u.update)])).toEqual([
			[1, bytes(1, 1)],
			[2, bytes(2, 2)],
			[3, bytes(3, 3)]
		]);
		await expect(store.latestSnapshot('p-old')).resolves.toMatchObject({ updateSeq: 2 });
		const verify = await store.verify('p-old');
		expect(verify.ok).toBe(false); // the hand-made stream head names no event hash
		if (!verify.ok) expect(verify.broken.stream).toBe('events');
		await expect(store.readPlanUpdates('p-old', 2)).resolves.toHaveLength(2);
	});
});
