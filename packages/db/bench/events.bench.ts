// Event store benchmark (`npm run bench:events`): append throughput with 1, 8 and 50 concurrent writers and
// batches of 1 and 50 events (on PostgreSQL each beside the plain-INSERT baseline, `postgres-raw`, measured
// in the same run), projection lag as a subscriber sees it, and the time to replay 100,000 events,
// on PostgreSQL and on PGlite. Not a test: it prints a table (or, with --json, one JSON object) and never
// fails on a number.
//
//   --json                  print only the JSON object on stdout (progress goes to stderr)
//   --quick                 smoke run: 1 s per configuration, 10,000 events to replay (still reported
//                           as replay100kSeconds in the JSON)
//   --seconds <n>           measured seconds per configuration (default 4)
//   --only postgres|pglite  one dialect only
//   --writers 1,8           only these writer counts (default 1,8,50)
//   --batches 50            only these batch sizes (default 1,50)
//   --replay <n>            events to replay (default 100,000; 0 skips the replay)
//
// PostgreSQL comes from BENCH_DATABASE_URL, else TEST_DATABASE_URL, else
// postgres://postgres@127.0.0.1:5432/test; when it does not answer, its runs are skipped (null in the JSON).
// Every run works in a fresh schema bench_<random> that is dropped afterwards. PGlite runs in memory.

import { randomBytes, randomUUID } from 'node:crypto';
import os from 'node:os';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { parseDeadline, type EventInput, type EventRecord } from '@trienkhai/domain';
import { sql } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../src/config.ts';
import { openDatabase, type Database } from '../src/connect.ts';
import type { AppendBatch } from '../src/events/append.ts';
import type { EventStore } from '../src/events/event-store.ts';
import { createEventStore } from '../src/store.ts';
import { migrateToLatest } from '../src/migrate.ts';
import { demoData } from '../src/seed/demo-data.ts';
import { loadDemoData } from '../src/seed/load-demo-data.ts';
import { generateHistory, type HistoryBatch } from '../src/testing/history.ts';
import { Random } from '../src/testing/random.ts';

type Dialect = DatabaseConfig['kind'];

/** One measured configuration; null metrics when its dialect could not be reached. */
interface RunResult {
	/** `postgres-raw`: the plain-INSERT baseline on the same server, measured in the same run. */
	dialect: Dialect | 'postgres-raw';
	writers: number;
	batch: number;
	eventsPerSec: number | null;
	lagP50Ms: number | null;
	lagP99Ms: number | null;
}

/** The benchmark's JSON output. */
interface BenchReport {
	runs: RunResult[];
	replay100kSeconds: Record<Dialect, number | null>;
}

/** What a replay measurement did. */
interface ReplayMeasure {
	events: number;
	loadSeconds: number;
	replaySeconds: number;
}

/** A fresh, migrated database with the demo data, and its event store. */
interface BenchDatabase {
	database: Database;
	store: EventStore;
	unitIds: string[];
	directiveIds: string[];
}

/** A writer's plan: its tasks and the state the next events are made from. */
interface BenchPlan {
	planId: string;
	tasks: Array<{ id: string; leadUnitId: string; progress: number }>;
	random: Random;
}

const DIALECTS: readonly Dialect[] = ['postgres', 'pglite'];
/** 1 and 8 as the issue asks; 50 as in the commanded/eventstore figure the issue compares with. */
const WRITERS = [1, 8, 50] as const;
const BATCHES = [1, 50] as const;
const TASKS_PER_PLAN = 20;
const DRAIN_TIMEOUT_MS = 60_000;
const WORDS = [
	'triển khai',
	'báo cáo',
	'chuyển đổi số',
	'nghị quyết',
	'đánh giá',
	'hạ tầng',
	'dữ liệu',
	'sơ kết'
];

const { values: flags } = parseArgs({
	options: {
		json: { type: 'boolean', default: false },
		quick: { type: 'boolean', default: false },
		seconds: { type: 'string' },
		only: { type: 'string' },
		writers: { type: 'string' },
		batches: { type: 'string' },
		replay: { type: 'string' }
	},
	strict: true
});

const quick = flags.quick;
const seconds = flags.seconds !== undefined ? Number(flags.seconds) : quick ? 1 : 4;
const warmupSeconds = quick ? 0.3 : 1;
const replayEvents = flags.replay !== undefined ? Number(flags.replay) : quick ? 10_000 : 100_000;
const numbers = (list: string | undefined, fallback: readonly number[]) =>
	list === undefined ? fallback : list.split(',').map(Number);
const writerCounts = numbers(flags.writers, WRITERS);
const batchSizes = numbers(flags.batches, BATCHES);
const pgUrl =
	process.env['BENCH_DATABASE_URL'] ||
	process.env['TEST_DATABASE_URL'] ||
	'postgres://postgres@127.0.0.1:5432/test';
/** Schemas made and not yet dropped, so an interrupted run can still drop them. */
const liveSchemas = new Set<string>();

if (![...writerCounts, ...batchSizes].every((n) => Number.isInteger(n) && n > 0)) {
	usage('--writers and --batches take positive whole numbers, comma-separated');
}
if (!(replayEvents >= 0)) usage(`--replay must be a number of events, not ${flags.replay}`);
if (!(seconds > 0)) usage(`--seconds must be a positive number, not ${flags.seconds}`);
if (flags.only !== undefined && !DIALECTS.includes(flags.only as Dialect)) {
	usage(`--only must be postgres or pglite, not ${flags.only}`);
}
const dialects = flags.only !== undefined ? [flags.only as Dialect] : [...DIALECTS];

/** Stops with a usage message. */
function usage(message: string): never {
	process.stderr.write(
		`${message}\nusage: node packages/db/bench/events.bench.ts [--json] [--quick] [--seconds N] ` +
			'[--only postgres|pglite] [--writers 1,8,50] [--batches 1,50] [--replay N]\n'
	);
	process.exit(2);
}

/** Progress and notes: always stderr, so stdout holds only the table or the JSON. */
function progress(message: string): void {
	process.stderr.write(`${message}\n`);
}

/** The URL without its password, for printing. */
function safeUrl(url: string): string {
	try {
		const parsed = new URL(url);
		parsed.password = '';
		return parsed.toString();
	} catch {
		return '(unparsable URL)';
	}
}

/** Drops a bench schema on the PostgreSQL server, over a connection of its own. */
async function dropSchema(schema: string): Promise<void> {
	const client = new pg.Client({ connectionString: pgUrl });
	await client.connect();
	try {
		await client.query(`drop schema if exists ${pg.escapeIdentifier(schema)} cascade`);
		liveSchemas.delete(schema);
	} finally {
		await client.end();
	}
}

/** The server's version when PostgreSQL answers, or the reason it does not. */
async function probePostgres(): Promise<{ version: string } | { error: string }> {
	const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
	try {
		await client.connect();
		const result = await client.query<{ server_version: string }>('show server_version');
		return { version: result.rows[0]?.server_version ?? '?' };
	} catch (error) {
		return { error: error instanceof Error ? error.message : String(error) };
	} finally {
		await client.end().catch(() => {});
	}
}

/**
 * Runs `body` on a fresh database of the dialect (a new schema, or PGlite in memory), migrated and loaded
 * with the demo data, and throws the database away afterwards, also when `body` fails.
 */
async function withDatabase<T>(
	dialect: Dialect,
	maxConnections: number,
	body: (bench: BenchDatabase) => Promise<T>
): Promise<T> {
	let config: DatabaseConfig = { kind: 'pglite', dataDir: null };
	let schema: string | null = null;
	if (dialect === 'postgres') {
		schema = `bench_${randomBytes(6).toString('hex')}`;
		liveSchemas.add(schema);
		config = { kind: 'postgres', url: pgUrl, schema, maxConnections };
	}
	try {
		const database = await openDatabase(config);
		try {
			await migrateToLatest(database.db, database.schema ?? undefined);
			const store = createEventStore(database);
			await loadDemoData(database.db, store, demoData);
			return await body({
				database,
				store,
				unitIds: demoData.units.map((u) => u.key),
				directiveIds: demoData.directives.map((d) => d.key)
			});
		} finally {
			await database.close();
		}
	} finally {
		if (schema !== null) await dropSchema(schema);
	}
}

/** A plan for one writer: created with a task group and TASKS_PER_PLAN tasks led by demo units. */
async function createPlan(bench: BenchDatabase, index: number): Promise<BenchPlan> {
	const random = new Random(1000 + index);
	const planId = `bench-plan-${index + 1}`;
	const owner = random.pick(bench.unitIds);
	const groupId = `${planId}/g1`;
	const at = new Date().toISOString();
	const base = { userId: `u-${owner}`, unitId: owner, occurredAt: at };
	const tasks = Array.from({ length: TASKS_PER_PLAN }, (_, i) => ({
		id: `${planId}/t${i + 1}`,
		leadUnitId: random.pick(bench.unitIds),
		progress: 0
	}));
	const events: EventInput[] = [
		{
			...base,
			taskId: null,
			type: 'PlanCreated',
			data: {
				title: `Kế hoạch đo hiệu năng ${index + 1}`,
				ownerUnitId: owner,
				implementsDirectiveIds: [random.pick(bench.directiveIds)],
				documentId: null
			}
		},
		{
			...base,
			taskId: null,
			type: 'TaskGroupCreated',
			data: { groupId, code: '1', title: 'Nhiệm vụ trọng tâm', index: 0 }
		},
		...tasks.map((task, i): EventInput => ({
			...base,
			taskId: task.id,
			type: 'TaskCreated',
			data: {
				groupId,
				index: i,
				code: `II.1.${i + 1}`,
				content: `Nhiệm vụ ${i + 1}: ${text(random, 4, 12)}`,
				leadUnitId: task.leadUnitId,
				coordinatorUnitIds: [random.pick(bench.unitIds)],
				deadline: parseDeadline('Quý IV/2026'),
				output: 'Báo cáo'
			}
		}))
	];
	await bench.store.append({ planId, events });
	return { planId, tasks, random };
}

/** A few Vietnamese words. */
function text(random: Random, min: number, max: number): string {
	return Array.from({ length: random.int(min, max) }, () => random.pick(WORDS)).join(' ');
}

/**
 * The next event of a writer, as a lead unit would write it: 80% progress updates, 10% field changes
 * (a few of them deadline or lead unit, which refresh the per-unit counts) and 10% text edits.
 */
function nextEvent(plan: BenchPlan, unitIds: readonly string[]): EventInput {
	const { random } = plan;
	const task = random.pick(plan.tasks);
	const actor = {
		userId: `u-${task.leadUnitId}`,
		unitId: task.leadUnitId,
		occurredAt: new Date().toISOString()
	};
	const roll = random.int(0, 99);
	if (roll < 80) {
		const from = task.progress;
		task.progress = from >= 100 ? 0 : Math.min(100, from + random.int(1, 10));
		return {
			...actor,
			taskId: task.id,
			type: 'TaskProgressUpdated',
			data: { from, to: task.progress, note: null }
		};
	}
	if (roll < 90) {
		const kind = random.int(0, 9);
		const data =
			kind === 0
				? { field: 'deadline', from: null, to: parseDeadline(random.pick(['Quý III/2026', 'Năm 2027'])) }
				: kind === 1
					? { field: 'leadUnitId', from: task.leadUnitId, to: random.pick(unitIds) }
					: kind < 6
						? { field: 'output', from: null, to: text(random, 1, 4) }
						: { field: 'difficulties', from: null, to: text(random, 3, 10) };
		return { ...actor, taskId: task.id, type: 'TaskFieldChanged', data };
	}
	return {
		...actor,
		taskId: task.id,
		type: 'TaskTextEdited',
		data: { field: 'content', from: '', to: text(random, 5, 20) }
	};
}

/** Key of an event in the lag maps. */
function eventKey(planId: string, seq: number): string {
	return `${planId}#${seq}`;
}

/** The q-quantile (nearest rank) of ascending values. */
function quantile(sorted: readonly number[], q: number): number {
	if (sorted.length === 0) return Number.NaN;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Rounds to a number of decimals. */
function round(value: number, decimals: number): number {
	const f = 10 ** decimals;
	return Math.round(value * f) / f;
}

/**
 * Measures one configuration on a fresh database: `writers` concurrent writers, each appending batches of
 * `batch` events to its own plan for `seconds` (after a warm-up), while a subscriber follows the log.
 * Throughput is committed events over the time until the last writer's last append resolved. Lag is, per
 * event, when the subscriber received it minus when its append() resolved (clamped at 0: the subscriber
 * may read a commit before the writer has heard back from it).
 */
async function measureAppends(dialect: Dialect, writers: number, batch: number): Promise<RunResult> {
	return withDatabase(dialect, writers + 2, async (bench) => {
		const plans: BenchPlan[] = [];
		for (let i = 0; i < writers; i++) plans.push(await createPlan(bench, i));

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
		try {
			await subscription.catchUp();
			/** Runs all writers until the deadline; records commit times when `committed` is given. */
			const write = async (forSeconds: number, committed: Map<string, number> | null) => {
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
							if (committed && result.eventSeqs) {
								for (let seq = result.eventSeqs[0]; seq <= result.eventSeqs[1]; seq++) {
									committed.set(eventKey(plan.planId, seq), at);
								}
							}
						}
					})
				);
				return { events, elapsed: (performance.now() - started) / 1000 };
			};

			await write(warmupSeconds, null);
			await subscription.catchUp();
			const committed = new Map<string, number>();
			const { events, elapsed } = await write(seconds, committed);

			const waitUntil = performance.now() + DRAIN_TIMEOUT_MS;
			for (;;) {
				await subscription.catchUp();
				if ([...committed.keys()].every((key) => received.has(key))) break;
				if (performance.now() > waitUntil) {
					throw new Error(`the subscriber missed events after ${DRAIN_TIMEOUT_MS} ms`, { cause: errors[0] });
				}
				await sleep(10);
			}
			const lags = [...committed]
				.map(([key, at]) => Math.max(0, received.get(key)! - at))
				.sort((a, b) => a - b);
			return {
				dialect,
				writers,
				batch,
				eventsPerSec: Math.round(events / elapsed),
				lagP50Ms: round(quantile(lags, 0.5), 1),
				lagP99Ms: round(quantile(lags, 0.99), 1)
			};
		} finally {
			await subscription.stop();
		}
	});
}

/**
 * Loads a generated history of `count` events into a fresh database (several plans at once on
 * PostgreSQL, each plan's batches in order) and times `store.replay()` over the whole log.
 */
async function measureReplay(dialect: Dialect, count: number): Promise<ReplayMeasure> {
	const lanes = dialect === 'postgres' ? 4 : 1;
	return withDatabase(dialect, lanes + 2, async (bench) => {
		const batches = [
			...generateHistory({
				seed: 1,
				plans: 50,
				events: count,
				unitIds: bench.unitIds,
				directiveIds: bench.directiveIds,
				maxBatch: 50
			})
		];
		const queues: HistoryBatch[][] = Array.from({ length: lanes }, () => []);
		const laneOf = new Map<string, number>();
		for (const b of batches) {
			if (!laneOf.has(b.planId)) laneOf.set(b.planId, laneOf.size % lanes);
			queues[laneOf.get(b.planId)!]!.push(b);
		}
		const total = batches.reduce((n, b) => n + b.events.length, 0);
		let loaded = 0;
		let reported = 0;
		const loadStarted = performance.now();
		await Promise.all(
			queues.map(async (queue) => {
				for (const b of queue) {
					await bench.store.append(b);
					loaded += b.events.length;
					if (loaded - reported >= 10_000) {
						reported = loaded - (loaded % 10_000);
						progress(`  ${dialect}: loaded ${reported.toLocaleString('en')} / ${total.toLocaleString('en')}`);
					}
				}
			})
		);
		const loadSeconds = (performance.now() - loadStarted) / 1000;
		progress(
			`  ${dialect}: loaded ${total.toLocaleString('en')} events in ${loadSeconds.toFixed(1)} s ` +
				`(${Math.round(total / loadSeconds).toLocaleString('en')} events/s, ` +
				`${lanes} writer${lanes > 1 ? 's' : ''})`
		);
		const replayStarted = performance.now();
		const result = await bench.store.replay();
		const replaySeconds = (performance.now() - replayStarted) / 1000;
		progress(
			`  ${dialect}: replayed ${result.events.toLocaleString('en')} events (${result.plans} plans, ` +
				`${result.tasks.toLocaleString('en')} tasks) in ${replaySeconds.toFixed(2)} s`
		);
		return { events: result.events, loadSeconds, replaySeconds };
	});
}

/** A 200-byte JSON payload, as the baseline's rows carry. */
function payload(random: Random): string {
	const base = { type: 'TaskProgressUpdated', from: random.int(0, 99), to: random.int(0, 100), note: '' };
	const note = 'x'.repeat(Math.max(0, 200 - JSON.stringify(base).length));
	return JSON.stringify({ ...base, note });
}

/**
 * The baseline of one configuration: a bare table `(id bigserial primary key, stream uuid, seq int, type
 * text, data jsonb, at timestamptz default now())`, each writer on its own connection in autocommit,
 * single-row INSERTs (batch 1) or one multi-row INSERT per batch, for the same warm-up and seconds.
 */
async function measureRawInserts(writers: number, batch: number): Promise<RunResult> {
	const schema = `bench_${randomBytes(6).toString('hex')}`;
	liveSchemas.add(schema);
	const clients: pg.Client[] = [];
	try {
		for (let i = 0; i < writers; i++) {
			const client = new pg.Client({ connectionString: pgUrl });
			await client.connect();
			clients.push(client);
		}
		const first = clients[0]!;
		await first.query(`create schema ${pg.escapeIdentifier(schema)}`);
		const table = `${pg.escapeIdentifier(schema)}.raw_events`;
		await first.query(
			`create table ${table} (id bigserial primary key, stream uuid, seq int, type text, data jsonb, ` +
				'at timestamptz default now())'
		);
		const values = Array.from(
			{ length: batch },
			(_, i) => `($1, $${2 * i + 2}, 'TaskProgressUpdated', $${2 * i + 3}::jsonb)`
		).join(', ');
		const text = `insert into ${table} (stream, seq, type, data) values ${values}`;
		const write = async (forSeconds: number) => {
			const started = performance.now();
			const deadline = started + forSeconds * 1000;
			let rows = 0;
			await Promise.all(
				clients.map(async (client, w) => {
					const random = new Random(7000 + w);
					const stream = randomUUID();
					let seq = 0;
					while (performance.now() < deadline) {
						const params: unknown[] = [stream];
						for (let i = 0; i < batch; i++) params.push(++seq, payload(random));
						await client.query(text, params);
						rows += batch;
					}
				})
			);
			return { rows, elapsed: (performance.now() - started) / 1000 };
		};
		await write(warmupSeconds);
		const { rows, elapsed } = await write(seconds);
		return {
			dialect: 'postgres-raw',
			writers,
			batch,
			eventsPerSec: Math.round(rows / elapsed),
			lagP50Ms: null,
			lagP99Ms: null
		};
	} finally {
		await Promise.allSettled(clients.map((c) => c.end()));
		await dropSchema(schema);
	}
}

/** ours / baseline of a configuration, or null. */
function ratioOf(report: BenchReport, run: RunResult): number | null {
	const raw = report.runs.find(
		(r) => r.dialect === 'postgres-raw' && r.writers === run.writers && r.batch === run.batch
	);
	if (!raw?.eventsPerSec || run.eventsPerSec === null) return null;
	return round(run.eventsPerSec / raw.eventsPerSec, 2);
}

/** The PostgreSQL version inside PGlite, from a throwaway in-memory instance. */
async function pgliteVersion(): Promise<string> {
	const database = await openDatabase({ kind: 'pglite', dataDir: null });
	try {
		const result = await sql<{ server_version: string }>`show server_version`.execute(database.db);
		return result.rows[0]?.server_version ?? '?';
	} finally {
		await database.close();
	}
}

/** Pads cells to a right-aligned text table. */
function table(header: string[], rows: string[][]): string {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (cells: string[]) =>
		cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
	return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Formats a nullable number. */
function cell(value: number | null, decimals: number): string {
	return value === null
		? 'skipped'
		: value.toLocaleString('en', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** Runs every configuration and prints the table or the JSON. */
async function main(): Promise<void> {
	const notes: string[] = [];
	const versions = new Map<Dialect, string>();
	const reachable = new Set<Dialect>();
	for (const dialect of dialects) {
		if (dialect === 'pglite') {
			versions.set(dialect, await pgliteVersion());
			reachable.add(dialect);
			continue;
		}
		const probe = await probePostgres();
		if ('error' in probe) {
			notes.push(`PostgreSQL at ${safeUrl(pgUrl)} is unreachable (${probe.error}): its runs are skipped.`);
			progress(notes[notes.length - 1]!);
			continue;
		}
		versions.set(dialect, probe.version);
		reachable.add(dialect);
	}

	const report: BenchReport = { runs: [], replay100kSeconds: { postgres: null, pglite: null } };
	const replays = new Map<Dialect, ReplayMeasure>();
	for (const dialect of dialects) {
		for (const writers of writerCounts) {
			for (const batch of batchSizes) {
				if (!reachable.has(dialect)) {
					report.runs.push({ dialect, writers, batch, eventsPerSec: null, lagP50Ms: null, lagP99Ms: null });
					if (dialect === 'postgres') {
						report.runs.push({
							dialect: 'postgres-raw',
							writers,
							batch,
							eventsPerSec: null,
							lagP50Ms: null,
							lagP99Ms: null
						});
					}
					continue;
				}
				progress(`${dialect}: ${writers} writer(s), batch ${batch}, ${seconds} s …`);
				const run = await measureAppends(dialect, writers, batch);
				progress(`  ${run.eventsPerSec} events/s, lag p50 ${run.lagP50Ms} ms, p99 ${run.lagP99Ms} ms`);
				report.runs.push(run);
				if (dialect === 'postgres') {
					progress(`postgres-raw: plain INSERT, ${writers} connection(s), ${batch} row(s) per INSERT …`);
					const raw = await measureRawInserts(writers, batch);
					report.runs.push(raw);
					progress(`  ${raw.eventsPerSec} rows/s; ours/baseline ${ratioOf(report, run)}`);
				}
			}
		}
		if (reachable.has(dialect) && replayEvents > 0) {
			progress(`${dialect}: replay of ${replayEvents.toLocaleString('en')} events …`);
			const replay = await measureReplay(dialect, replayEvents);
			replays.set(dialect, replay);
			report.replay100kSeconds[dialect] = round(replay.replaySeconds, 2);
		}
	}

	if (flags.json) {
		process.stdout.write(`${JSON.stringify(report)}\n`);
		return;
	}
	const cpus = os.cpus();
	const out: string[] = [
		`Event store benchmark: one plan per writer, ${seconds} s per configuration ` +
			`after ${warmupSeconds} s warm-up`,
		`Machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ` +
			`${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`,
		...[...versions].map(([d, v]) =>
			d === 'postgres'
				? `PostgreSQL ${v} at ${safeUrl(pgUrl)} (fresh schema per run)`
				: `PGlite (PostgreSQL ${v}) in memory`
		),
		'Events: 80% TaskProgressUpdated, 10% TaskFieldChanged, 10% TaskTextEdited on 20 tasks per plan',
		'Lag: subscriber received − append() resolved, per event',
		'postgres-raw: plain INSERT into a bare table (200-byte jsonb), one connection per writer, autocommit,',
		'  multi-row INSERT for batches, in the same run; ours/raw = postgres events/s ÷ postgres-raw rows/s',
		'',
		table(
			['dialect', 'writers', 'batch', 'events/s', 'ours/raw', 'lag p50 ms', 'lag p99 ms'],
			report.runs.map((r) => [
				r.dialect,
				String(r.writers),
				String(r.batch),
				cell(r.eventsPerSec, 0),
				r.dialect === 'postgres' ? cell(ratioOf(report, r), 2) : '',
				r.dialect === 'postgres-raw' ? '' : cell(r.lagP50Ms, 1),
				r.dialect === 'postgres-raw' ? '' : cell(r.lagP99Ms, 1)
			])
		),
		'',
		`Replay of ${replayEvents.toLocaleString('en')} generated events (50 plans, batches of 1–50):`,
		...dialects.map((d) => {
			const r = replays.get(d);
			return r
				? `  ${d.padEnd(8)}  ${r.replaySeconds.toFixed(2)} s ` +
						`(${r.events.toLocaleString('en')} events in the log, ` +
						`loaded by appends in ${r.loadSeconds.toFixed(1)} s)`
				: `  ${d.padEnd(8)}  skipped`;
		}),
		...notes.map((n) => `\nNote: ${n}`)
	];
	process.stdout.write(`${out.join('\n')}\n`);
}

/** Drops the schemas of an interrupted run before leaving. */
function onInterrupt(): void {
	progress('interrupted: dropping bench schemas …');
	void Promise.allSettled([...liveSchemas].map(dropSchema)).finally(() => process.exit(130));
}

process.once('SIGINT', onInterrupt);
process.once('SIGTERM', onInterrupt);
try {
	await main();
} catch (error) {
	process.stderr.write(
		`bench:events failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
	);
	process.exitCode = 1;
}
