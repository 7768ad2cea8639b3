// Dashboard benchmark (`npm run bench:dashboard`): every dashboard query (packages/db/src/repositories/
// dashboard.ts) on PostgreSQL with 100,000 tasks in 200 plans of 200 units, under one directive cascade,
// and 1,000,000 events with their activity-feed rows. Not a test: it prints a table (or, with --json, one
// JSON object) and never fails on a number.
//
//   --json          print only the JSON object on stdout (progress goes to stderr)
//   --runs <n>      measured runs per query after 5 warm-up runs (default 50)
//   --tasks <n>     tasks to generate (default 100000); --events <n> (default 1000000)
//   --plans <n>     plans under the directive (default 200); --units <n> (default 200)
//   --national      1,000,000 tasks in 5,000 plans with 10,000,000 events (a directive followed by every
//                   province and commune)
//   --deadlines spread|real   spread (default): due dates spread evenly over 18 months; real: as in the
//                   published plans of the importer's corpus, half with no due date, most others month ends,
//                   the rest on dates the cascade shares
//   --keep          keep the schema afterwards (to EXPLAIN a query); its name is printed
//   --reuse <name>  measure a schema kept by an earlier run with the same flags (no generation; kept after)
//
// PostgreSQL comes from BENCH_DATABASE_URL, else TEST_DATABASE_URL, else DATABASE_URL, else
// postgres://postgres@127.0.0.1:5432/test. The run works in a fresh schema bench_dash_<random>, dropped after.
//
// The data is generated set-based (INSERT … SELECT generate_series) straight into the log and read-model
// tables: it bypasses the append path, so the events carry placeholder hashes, not a valid hash chain
// (`trienkhai verify` would reject them). Dashboards read only the read models and the feed, which is
// what is measured here; append throughput is bench:events' job.

import { randomBytes } from 'node:crypto';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { sql, type Kysely } from 'kysely';
import { openDatabase, type Database } from '../src/connect.ts';
import { migrateToLatest } from '../src/migrate.ts';
import {
	compactRollups,
	dashboardActivity,
	dashboardDueSoon,
	dashboardOverdue,
	dashboardProgressOverTime,
	dashboardSegments,
	dashboardStatistics,
	dashboardUnitTasks,
	loadDashboard,
	type DashboardScope
} from '../src/repositories/dashboard.ts';
import type { Schema } from '../src/schema.ts';
import { dropSchema } from '../src/testing/test-databases.ts';

/** One measured query. */
interface QueryResult {
	name: string;
	p50Ms: number;
	p95Ms: number;
}

/** The benchmark's JSON output. */
interface BenchReport {
	tasks: number;
	events: number;
	plans: number;
	units: number;
	deadlines: string;
	queries: QueryResult[];
}

const CHILD_DIRECTIVES = 20;
const GROUPS_PER_PLAN = 6;
const WARM_UP = 5;
// a fixed "now", inside the generated deadlines (2025-01-01 … 2026-06-30)
const NOW = new Date('2025-09-15T03:00:00Z');

const { values } = parseArgs({
	options: {
		json: { type: 'boolean', default: false },
		runs: { type: 'string', default: '50' },
		tasks: { type: 'string' },
		events: { type: 'string' },
		plans: { type: 'string' },
		units: { type: 'string', default: '200' },
		national: { type: 'boolean', default: false },
		deadlines: { type: 'string', default: 'spread' },
		keep: { type: 'boolean', default: false },
		reuse: { type: 'string' }
	}
});
const json = values.json;
const runs = Number(values.runs);
const national = values.national;
const taskCount = Number(values.tasks ?? (national ? 1_000_000 : 100_000));
const eventCount = Number(values.events ?? (national ? 10_000_000 : 1_000_000));
const PLANS = Number(values.plans ?? (national ? 5000 : 200));
const UNITS = Number(values.units);
const deadlines = values.deadlines as 'spread' | 'real';
if (deadlines !== 'spread' && deadlines !== 'real') {
	process.stderr.write('--deadlines must be spread or real\n');
	process.exit(2);
}
for (const [name, n] of [
	['runs', runs],
	['tasks', taskCount],
	['events', eventCount],
	['plans', PLANS],
	['units', UNITS]
] as const) {
	if (!Number.isInteger(n) || n < 1) {
		process.stderr.write(`--${name} must be a positive integer\n`);
		process.exit(2);
	}
}

function progress(message: string): void {
	(json ? process.stderr : process.stdout).write(`${message}\n`);
}

const url =
	process.env['BENCH_DATABASE_URL'] ??
	process.env['TEST_DATABASE_URL'] ??
	process.env['DATABASE_URL'] ??
	'postgres://postgres@127.0.0.1:5432/test';

async function timed(label: string, work: () => Promise<unknown>): Promise<void> {
	const started = performance.now();
	await work();
	progress(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const TASK_CHUNK = 100_000;

/**
 * A task's due date by its index g. spread: every day of 18 months alike. real: as the corpus of published
 * plans has them (packages/domain/src/import/corpus: 54% of 1,246 tasks name no date, most others the end of
 * a month, quarter or year, a few a day the higher level set): half none, 35% month ends, 15% one of 30 days
 * the cascade shares.
 */
function dueDate(mode: 'spread' | 'real') {
	if (mode === 'spread') return sql`date '2025-01-01' + (g * 37 % 546)::int4`;
	return sql`case
		when g * 53 % 100 < 50 then null
		when g * 53 % 100 < 85 then (date '2025-01-01' + make_interval(months => (g * 11 % 18)::int4 + 1) - interval '1 day')::date
		else date '2025-01-15' + ((g * 29 % 30) * 17)::int4 end`;
}

/** Units, directives (a root and CHILD_DIRECTIVES implementing it), plans, groups, tasks, events, feed. */
async function generate(db: Kysely<Schema>): Promise<void> {
	await timed('units, directives, plans', async () => {
		await sql`
			insert into units (id, name, short_name, kind, search_text)
			select 'u' || g, 'Đơn vị thử ' || g, 'ĐV ' || g, 'state', 'don vi thu ' || g
			from generate_series(0, ${UNITS - 1}) g`.execute(db);
		await sql`
			insert into users (id, username, display_name, unit_id)
			select 'user' || g, 'user' || g, 'Cán bộ ' || g, 'u' || g from generate_series(0, ${UNITS - 1}) g`.execute(
			db
		);
		await sql`
			insert into directives (id, type, issuer_unit_id, issued_on, place, subject, recipients, search_text)
			select case when g = 0 then 'root' else 'd' || g end, 'KH', 'u0', date '2025-01-02', 'Hà Nội',
				'Văn bản thử ' || g, '[]'::jsonb, 'van ban thu ' || g
			from generate_series(0, ${CHILD_DIRECTIVES}) g`.execute(db);
		await sql`
			insert into directive_relations (from_id, to_id, kind)
			select 'd' || g, 'root', 'implements' from generate_series(1, ${CHILD_DIRECTIVES}) g`.execute(db);
		await sql`
			insert into plans (id, title, owner_unit_id, directive_id, status, purpose, organisation, search_text)
			select 'p' || g, 'Kế hoạch thử ' || g, 'u' || (g % ${UNITS}), 'd' || (1 + g % ${CHILD_DIRECTIVES}),
				'issued', '', '', 'ke hoach thu ' || g
			from generate_series(0, ${PLANS - 1}) g`.execute(db);
		await sql`
			insert into task_groups (id, plan_id, code, title, position)
			select 'p' || p || '-g' || k, 'p' || p, k::text, 'Nhóm nhiệm vụ ' || k, k
			from generate_series(0, ${PLANS - 1}) p, generate_series(0, ${GROUPS_PER_PLAN - 1}) k`.execute(db);
	});
	// status by a hash of the index: ~30% done (80% of them on time), the rest spread over the others; in
	// chunks, as imports and appends write them (the roll-up triggers see one chunk at a time)
	await timed(`${taskCount} tasks (${deadlines} due dates)`, async () => {
		for (let first = 0; first < taskCount; first += TASK_CHUNK) {
			const last = Math.min(taskCount, first + TASK_CHUNK) - 1;
			await sql`
				insert into tasks (id, plan_id, group_id, code, position, content, lead_unit_id, deadline_text,
					deadline_due, deadline, status, progress, completed_on, search_text)
				select 't' || g, 'p' || (g % ${PLANS}), 'p' || (g % ${PLANS}) || '-g' || (g / ${PLANS}) % ${GROUPS_PER_PLAN},
					'I.' || g, g / ${PLANS}, 'Nhiệm vụ thử số ' || g, 'u' || ((g * 7) % ${UNITS}),
					to_char(due, 'DD/MM/YYYY'), due,
					case when due is not null then jsonb_build_object('kind', 'date', 'text', to_char(due, 'DD/MM/YYYY'),
						'due', due::text, 'latest', false) end,
					status, case when status = 'done' then 100 when status = 'assigned' then 0 else (g * 13) % 100 end,
					case when status = 'done' then coalesce(due, date '2025-01-01' + (g * 37 % 546)::int4) + ((g % 10) - 7)::int4 end,
					'nhiem vu thu so ' || g
				from (
					select g, ${dueDate(deadlines)} as due,
						(array['done', 'done', 'done', 'assigned', 'accepted', 'in_progress', 'in_progress', 'reported',
							'returned', 'paused'])[1 + (g * 31 % 10)] as status
					from generate_series(${first}::int8, ${last}::int8) g
				) x`.execute(db);
		}
	});
	await timed(`${eventCount} events (placeholder hashes)`, () =>
		sql`
			insert into events (plan_id, seq, task_id, type, data, user_id, unit_id, occurred_at, prev_hash, hash)
			select 'p' || (g % ${PLANS}), g / ${PLANS} + 1, 't' || (g % ${taskCount}), 'TaskProgressUpdated',
				jsonb_build_object('from', 0, 'to', g % 100), 'user' || (g % ${UNITS}), 'u' || (g % ${UNITS}),
				timestamptz '2025-01-01' + make_interval(secs => g * 22), md5((g - 1)::text), md5(g::text)
			from generate_series(1, ${eventCount}) g`.execute(db)
	);
	await timed('activity feed', () =>
		sql`
			insert into activity_feed (position, plan_id, task_id, task_code, type, summary, user_id, unit_id, occurred_at)
			select e.position, e.plan_id, e.task_id, 'I.' || substr(e.task_id, 2), e.type,
				'Nhiệm vụ I.' || substr(e.task_id, 2) || ': tiến độ → ' || (e.data ->> 'to') || '%', e.user_id,
				e.unit_id, e.occurred_at
			from events e`.execute(db)
	);
	// the triggers wrote the directives' roll-ups as deltas; a dashboard's first read would fold them in
	await timed('roll-up compaction', () => compactRollups(db));
	await timed('analyze', async () => {
		await sql`vacuum analyze`.execute(db);
	});
}

function percentile(sorted: number[], p: number): number {
	const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
	return sorted[index]!;
}

async function measure(name: string, query: () => Promise<unknown>): Promise<QueryResult> {
	for (let i = 0; i < WARM_UP; i++) await query();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const started = performance.now();
		await query();
		times.push(performance.now() - started);
	}
	times.sort((a, b) => a - b);
	const round = (ms: number) => Math.round(ms * 100) / 100;
	return { name, p50Ms: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)) };
}

async function run(database: Database): Promise<QueryResult[]> {
	const { db } = database;
	const plan: DashboardScope = { kind: 'plan', planId: 'p17' };
	const directive: DashboardScope = { kind: 'directive', directiveId: 'root' };
	const now = NOW;
	const results: QueryResult[] = [];
	for (const [label, scope] of [
		['plan', plan],
		['directive', directive]
	] as const) {
		const queries: Array<[string, () => Promise<unknown>]> = [
			['statistics per unit', () => dashboardStatistics(db, scope, { now })],
			['overdue list', () => dashboardOverdue(db, scope, { now, limit: 30 })],
			['due within 7 days', () => dashboardDueSoon(db, scope, { now, limit: 30 })],
			[
				label === 'plan' ? 'progress per group' : 'progress per plan',
				() => dashboardSegments(db, scope, { now })
			],
			['activity feed', () => dashboardActivity(db, scope, { limit: 15 })],
			['progress over time', () => dashboardProgressOverTime(db, scope, { now, weeks: 12 })],
			['unit tasks (meeting focus)', () => dashboardUnitTasks(db, scope, { now, unitId: 'u14', limit: 200 })],
			['whole dashboard', () => loadDashboard(db, scope, { now })]
		];
		for (const [name, query] of queries) {
			const result = await measure(`${label}: ${name}`, query);
			progress(`  ${result.name}: p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms`);
			results.push(result);
		}
	}
	return results;
}

async function main(): Promise<void> {
	const reused = values.reuse;
	const schema = reused ?? `bench_dash_${randomBytes(5).toString('hex')}`;
	progress(`PostgreSQL ${url.replace(/\/\/[^@/]*@/, '//…@')}, schema ${schema}`);
	let database: Database | null = null;
	try {
		database = await openDatabase({ kind: 'postgres', url, schema, maxConnections: 6 });
		if (reused === undefined) {
			await migrateToLatest(database.db, schema);
			progress('generating:');
			await generate(database.db);
		}
		progress(`measuring (${WARM_UP} warm-up + ${runs} runs each):`);
		const queries = await run(database);
		const report: BenchReport = {
			tasks: taskCount,
			events: eventCount,
			plans: PLANS,
			units: UNITS,
			deadlines,
			queries
		};
		if (json) {
			process.stdout.write(`${JSON.stringify(report)}\n`);
		} else {
			const width = Math.max(...queries.map((q) => q.name.length));
			console.log(`\n${'query'.padEnd(width)}  ${'p50 ms'.padStart(8)}  ${'p95 ms'.padStart(8)}`);
			for (const q of queries) {
				console.log(
					`${q.name.padEnd(width)}  ${q.p50Ms.toFixed(2).padStart(8)}  ${q.p95Ms.toFixed(2).padStart(8)}`
				);
			}
			console.log(
				`\n${taskCount} tasks, ${eventCount} events, ${PLANS} plans, ${UNITS} units, ${deadlines} due dates`
			);
		}
	} finally {
		await database?.close();
		if (values.keep || reused !== undefined) progress(`kept schema ${schema}`);
		else await dropSchema(url, schema);
	}
}

await main();
