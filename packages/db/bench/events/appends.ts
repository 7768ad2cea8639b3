// The append runner: concurrent writers append to their own plans while a subscriber follows the log.
import { setTimeout as sleep } from 'node:timers/promises';
import type { EventRecord } from '@trienkhai/domain';
import { sql } from 'kysely';
import type { AppendBatch } from '../../src/events/append.ts';
import type { Subscription } from '../../src/events/subscribe.ts';
import { withDatabase, type BenchDatabase } from './databases.ts';
import type { BenchOptions, Dialect } from './options.ts';
import { quantile, round, type RunResult } from './report.ts';
import { createPlan, nextEvent, type BenchPlan } from './workload.ts';

const DRAIN_TIMEOUT_MS = 60_000;

/** Key of an event in the lag maps. */
function eventKey(planId: string, seq: number): string {
	return `${planId}#${seq}`;
}

/** When each event was received by the subscriber, and what went wrong in it. */
interface Follower {
	received: Map<string, number>;
	errors: unknown[];
	subscription: Subscription;
}

async function follow(bench: BenchDatabase): Promise<Follower> {
	const received = new Map<string, number>();
	const errors: unknown[] = [];
	const subscription = await bench.store.subscribe({
		onEvents: (events: EventRecord[]) => {
			const now = performance.now();
			for (const e of events) received.set(eventKey(e.planId, e.seq), now);
		},
		onError: (error) => errors.push(error),
		pollMs: 1000
	});
	await subscription.catchUp();
	return { received, errors, subscription };
}

/**
 * Runs every writer until the deadline, each appending batches of `batch` events to its plan; records
 * when each event's append resolved in `committed` when given.
 */
async function write(
	bench: BenchDatabase,
	plans: readonly BenchPlan[],
	batch: number,
	forSeconds: number,
	committed: Map<string, number> | null
): Promise<{ events: number; elapsed: number }> {
	const started = performance.now();
	const deadline = started + forSeconds * 1000;
	let events = 0;
	await Promise.all(
		plans.map(async (plan) => {
			while (performance.now() < deadline) {
				const appendBatch: AppendBatch = {
					planId: plan.planId,
					events: Array.from({ length: batch }, () => nextEvent(plan, bench.unitIds))
				};
				const result = await bench.store.append(appendBatch);
				const at = performance.now();
				events += batch;
				const seqs = result.eventSeqs;
				if (committed && seqs) {
					for (let seq = seqs[0]; seq <= seqs[1]; seq++) committed.set(eventKey(plan.planId, seq), at);
				}
			}
		})
	);
	return { events, elapsed: (performance.now() - started) / 1000 };
}

/** Waits until the subscriber has received every committed event; the lags, ascending. */
async function drain(follower: Follower, committed: Map<string, number>): Promise<number[]> {
	const waitUntil = performance.now() + DRAIN_TIMEOUT_MS;
	for (;;) {
		await follower.subscription.catchUp();
		if ([...committed.keys()].every((key) => follower.received.has(key))) break;
		if (performance.now() > waitUntil) {
			throw new Error(`the subscriber missed events after ${DRAIN_TIMEOUT_MS} ms`, {
				cause: follower.errors[0]
			});
		}
		await sleep(10);
	}
	return [...committed]
		.map(([key, at]) => Math.max(0, follower.received.get(key)! - at))
		.sort((a, b) => a - b);
}

/**
 * Measures one configuration on a fresh database: `writers` concurrent writers, each appending batches of
 * `batch` events to its own plan for the measured seconds (after a warm-up, and an ANALYZE as autovacuum
 * does on a live database: the tables are minutes old), while a subscriber follows the log.
 * Throughput is committed events over the time until the last writer's last append resolved. Lag is, per
 * event, when the subscriber received it minus when its append() resolved (clamped at 0: the subscriber
 * may read a commit before the writer has heard back from it).
 */
export async function measureAppends(
	dialect: Dialect,
	options: BenchOptions,
	writers: number,
	batch: number
): Promise<RunResult> {
	return withDatabase(dialect, options.pgUrl, writers + 2, async (bench) => {
		const plans: BenchPlan[] = [];
		for (let i = 0; i < writers; i++) plans.push(await createPlan(bench, i));
		const follower = await follow(bench);
		try {
			await write(bench, plans, batch, options.warmupSeconds, null);
			await sql`analyze`.execute(bench.database.db);
			await follower.subscription.catchUp();
			const committed = new Map<string, number>();
			const { events, elapsed } = await write(bench, plans, batch, options.seconds, committed);
			const lags = await drain(follower, committed);
			return {
				dialect,
				writers,
				batch,
				eventsPerSec: Math.round(events / elapsed),
				lagP50Ms: round(quantile(lags, 0.5), 1),
				lagP99Ms: round(quantile(lags, 0.99), 1)
			};
		} finally {
			await follower.subscription.stop();
		}
	});
}
