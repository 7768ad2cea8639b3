// Sync server benchmark (`npm run bench:sync`): the same clients and load against the reference
// @y/websocket-server (in memory, no auth) and ours (single-use tickets of live sessions, rights check,
// durable log on PostgreSQL, events), each server in a child process of its own. Loads (options.ts): 1 plan
// × 20 clients at 200 and at 1,000 edits/s (the hot plan), × 100 and × 300 clients, and 50 plans × 10
// clients, every client editing its own task of the plan (its text and its `output` field, in turn) at a
// steady total rate. Reports edit-to-peer latency, updates/s, server CPU (also per delivered update), peak
// RSS (also per connection), how soon our server acknowledged each edit as saved, and the ratio
// ours/reference. Each client also announces its presence (awareness) once, at a random moment of the first
// 15 s, so that awareness renewals are spread as for people who joined at different times. The bench
// process's own CPU and event-loop delay, and the CPU other processes took, are in the table: a run where
// either is high says more about the machine than about the server. Not a test: it prints a table (or, with
// --json, one JSON object) and never fails on a number.
//
//   --json                        print only the JSON object on stdout (progress goes to stderr)
//   --quick                       smoke run: 1 × 20 and 50 × 2, 3 s each after 1 s of warm-up
//   --seconds <n>                 measured seconds per run (default 10)
//   --warmup <n>                  warm-up seconds per run (default 3)
//   --rate <n>                    total edits per second of every run (default: per load, see LOADS)
//   --loads <list>                other loads, e.g. 1x20,50x10@100 (plans x clients per plan @ edits/s)
//   --only reference|trienkhai    one server only
//   --retries <n>                 runs again (up to n times) when other processes used more than 25% of a core
//                                 during the window, keeping the quietest (default 2; 0 with --quick)
//   --quiet-wait <s>              waits up to s seconds before each run for the machine to calm down (default 60)
//   --cpu-prof                    profile the server processes (V8 .cpuprofile files in /tmp/bench-sync-prof)
//
// BENCH_SERVER_LOG=<file> appends the servers' standard output (our server's log lines) to that file.
//
// PostgreSQL comes from BENCH_DATABASE_URL, else TEST_DATABASE_URL, else
// postgres://postgres@127.0.0.1:5432/test: a fresh schema bench_sync_<random> with the demo data, the draft
// plans and one signed-in user per client, dropped at the end.

import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { planSpecs, prepareDatabase, safeUrl, type BenchDatabase } from './fixtures.ts';
import { measure, type RunDetail } from './measure.ts';
import { loadName, readOptions, type Load, type ServerKind } from './options.ts';
import { machineBusyMs } from './process-stats.ts';
import { cell, header, loadTable } from './report.ts';
import { PROFILE_DIR, running } from './servers.ts';

const SECRET = randomBytes(24).toString('base64url');
/** Other processes' CPU (% of a core) above which a run counts as disturbed. */
const MAX_NOISE_PERCENT = 25;

const options = readOptions();
/** The bench schema's drop, for an interrupt. */
let dropSchema: (() => Promise<void>) | null = null;

/** Progress and notes: always stderr, so stdout holds only the table or the JSON. */
function progress(message: string): void {
	process.stderr.write(`${message}\n`);
}

/** Waits (up to --quiet-wait) until the machine is nearly idle: less than MAX_NOISE_PERCENT busy over 1 s. */
async function quiet(): Promise<void> {
	const deadline = Date.now() + options.quietWaitSeconds * 1000;
	for (;;) {
		const before = machineBusyMs();
		await sleep(1000);
		const busy = (machineBusyMs() - before) / 10;
		if (busy <= MAX_NOISE_PERCENT) return;
		if (Date.now() > deadline) {
			progress(`  the machine stays busy (${busy.toFixed(0)}% of a core): measuring anyway`);
			return;
		}
	}
}

/** Runs one server under one load, again while other processes disturbed it (keeping the quietest run). */
async function runLoad(kind: ServerKind, load: Load, database: BenchDatabase | null): Promise<RunDetail> {
	progress(
		`${kind}: ${loadName(load)} clients, ${load.rate} edits/s, ` +
			`${options.warmupSeconds} s warm-up + ${options.seconds} s …`
	);
	let detail: RunDetail | null = null;
	for (let attempt = 1; ; attempt++) {
		await quiet();
		const plans = planSpecs(load, `${kind[0]}${attempt}`);
		if (kind === 'trienkhai' && database) await database.createPlans(plans);
		const run = await measure({
			kind,
			load,
			plans,
			warmupSeconds: options.warmupSeconds,
			seconds: options.seconds,
			cpuProfile: options.cpuProfile,
			secret: SECRET,
			database:
				kind === 'trienkhai' && database
					? { url: options.pgUrl, schema: database.schema, sessionIds: database.sessionIds }
					: null,
			progress
		});
		const r = run.result;
		progress(
			`  p50 ${cell(r.p50Ms, 1)} ms, p99 ${cell(r.p99Ms, 1)} ms, ${r.updatesPerSec} updates/s, ` +
				`CPU ${r.cpuPercent}% (${cell(r.cpuMsPerDelivery, 4)} ms per delivery), peak RSS ${r.peakRssMb} MB, ` +
				(r.savedP99Ms !== null ? `saved p99 ${cell(r.savedP99Ms, 1)} ms (${r.savedLate} late), ` : '') +
				`${run.reconnects} reconnects, ${run.denials} denials, ` +
				`bench CPU ${run.benchCpuPercent.toFixed(0)}%, other processes ${run.othersCpuPercent.toFixed(0)}%`
		);
		if (!detail || run.othersCpuPercent < detail.othersCpuPercent) detail = run;
		detail.attempts = attempt;
		if (run.othersCpuPercent <= MAX_NOISE_PERCENT || attempt > options.retries) return detail;
		progress(`  other processes used ${run.othersCpuPercent.toFixed(0)}% of a core: measuring again`);
	}
}

/** Runs every load on every server and prints the table or the JSON. */
async function main(): Promise<void> {
	// every WebsocketProvider listens to the process' exit
	process.setMaxListeners(0);
	if (options.cpuProfile) mkdirSync(PROFILE_DIR, { recursive: true });
	const loadAverage = os.loadavg();
	let database: BenchDatabase | null = null;
	if (options.servers.includes('trienkhai')) {
		progress(`PostgreSQL ${safeUrl(options.pgUrl)}: preparing a bench schema …`);
		const users = Math.max(...options.loads.map((l) => l.plans * l.clientsPerPlan));
		database = await prepareDatabase(options.pgUrl, users, (drop) => (dropSchema = drop));
	}
	const details = new Map<string, RunDetail>();
	try {
		for (const [i, load] of options.loads.entries()) {
			for (const kind of options.servers) details.set(`${kind}/${i}`, await runLoad(kind, load, database));
		}
	} finally {
		dropSchema = null;
		await database?.drop();
	}
	if (options.json) {
		const runs = options.loads.flatMap((_, i) =>
			options.servers.flatMap((kind) => {
				const d = details.get(`${kind}/${i}`);
				return d ? [d.result] : [];
			})
		);
		process.stdout.write(`${JSON.stringify({ runs })}\n`);
		return;
	}
	const out = header({
		warmupSeconds: options.warmupSeconds,
		seconds: options.seconds,
		loadAverage,
		database: database ? { version: database.version, url: safeUrl(options.pgUrl) } : null
	});
	for (const [i, load] of options.loads.entries()) {
		out.push(loadTable(load, details.get(`reference/${i}`), details.get(`trienkhai/${i}`)), '');
	}
	process.stdout.write(`${out.join('\n')}\n`);
}

/** Stops the server and drops the schema of an interrupted run before leaving. */
function onInterrupt(): void {
	progress('interrupted: stopping the server, dropping the bench schema …');
	running.child?.kill('SIGKILL');
	void Promise.allSettled([dropSchema?.()]).finally(() => process.exit(130));
}

process.once('SIGINT', onInterrupt);
process.once('SIGTERM', onInterrupt);
try {
	await main();
} catch (error) {
	process.stderr.write(
		`bench:sync failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
	);
	const cause: unknown = error instanceof Error ? error.cause : undefined;
	if (cause !== undefined)
		process.stderr.write(`cause: ${cause instanceof Error ? cause.message : 'unknown'}\n`);
	process.exitCode = 1;
}
// the providers' timers and the pool may linger: leave once done
process.exit();
