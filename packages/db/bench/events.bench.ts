// Event store benchmark (`npm run bench:events`): append throughput with 1, 8 and 50 concurrent writers and
// batches of 1 and 50 events (on PostgreSQL each beside the plain-INSERT baseline, `postgres-raw`, measured
// in the same run), projection lag as a subscriber sees it, and the time to replay 100,000 events,
// on PostgreSQL and on PGlite. Not a test: it prints a table (or, with --json, one JSON object) and never
// fails on a number. docs/performance.md has the figures and how they were taken.
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
//
// The parts: events/options.ts (flags), events/databases.ts (fresh databases), events/workload.ts (what
// is appended), events/appends.ts, events/baseline.ts and events/replay.ts (the runners), events/report.ts.

import process from 'node:process';
import { measureAppends } from './events/appends.ts';
import { measureRawInserts } from './events/baseline.ts';
import { dropLiveSchemas, pgliteVersion, probePostgres, safeUrl } from './events/databases.ts';
import { parseOptions, progress, type BenchOptions, type Dialect } from './events/options.ts';
import { measureReplay, type ReplayMeasure } from './events/replay.ts';
import { formatReport, ratioOf, round, type BenchReport, type RunResult } from './events/report.ts';

/** The dialects that answer, with their versions; a note for each that does not. */
async function reachableDialects(options: BenchOptions, notes: string[]): Promise<Map<Dialect, string>> {
	const versions = new Map<Dialect, string>();
	for (const dialect of options.dialects) {
		if (dialect === 'pglite') {
			versions.set(dialect, await pgliteVersion());
			continue;
		}
		const probe = await probePostgres(options.pgUrl);
		if ('error' in probe) {
			notes.push(
				`PostgreSQL at ${safeUrl(options.pgUrl)} is unreachable (${probe.error}): its runs are skipped.`
			);
			progress(notes[notes.length - 1]!);
			continue;
		}
		versions.set(dialect, probe.version);
	}
	return versions;
}

/** A configuration that was not measured. */
const skipped = (dialect: RunResult['dialect'], writers: number, batch: number): RunResult => ({
	dialect,
	writers,
	batch,
	eventsPerSec: null,
	lagP50Ms: null,
	lagP99Ms: null
});

/** Measures one configuration (and on PostgreSQL its baseline) into the report. */
async function runConfiguration(
	report: BenchReport,
	options: BenchOptions,
	dialect: Dialect,
	writers: number,
	batch: number
): Promise<void> {
	progress(`${dialect}: ${writers} writer(s), batch ${batch}, ${options.seconds} s …`);
	const run = await measureAppends(dialect, options, writers, batch);
	progress(`  ${run.eventsPerSec} events/s, lag p50 ${run.lagP50Ms} ms, p99 ${run.lagP99Ms} ms`);
	report.runs.push(run);
	if (dialect !== 'postgres') return;
	progress(`postgres-raw: plain INSERT, ${writers} connection(s), ${batch} row(s) per INSERT …`);
	const raw = await measureRawInserts(options, writers, batch);
	report.runs.push(raw);
	progress(`  ${raw.eventsPerSec} rows/s; ours/baseline ${ratioOf(report, run)}`);
}

/** Runs every configuration and prints the table or the JSON. */
async function main(): Promise<void> {
	const options = parseOptions(process.argv.slice(2));
	const notes: string[] = [];
	const versions = await reachableDialects(options, notes);
	const report: BenchReport = { runs: [], replay100kSeconds: { postgres: null, pglite: null } };
	const replays = new Map<Dialect, ReplayMeasure>();
	for (const dialect of options.dialects) {
		for (const writers of options.writerCounts) {
			for (const batch of options.batchSizes) {
				if (versions.has(dialect)) await runConfiguration(report, options, dialect, writers, batch);
				else report.runs.push(skipped(dialect, writers, batch));
				if (!versions.has(dialect) && dialect === 'postgres') {
					report.runs.push(skipped('postgres-raw', writers, batch));
				}
			}
		}
		if (versions.has(dialect) && options.replayEvents > 0) {
			progress(`${dialect}: replay of ${options.replayEvents.toLocaleString('en')} events …`);
			const replay = await measureReplay(dialect, options);
			replays.set(dialect, replay);
			report.replay100kSeconds[dialect] = round(replay.replaySeconds, 2);
		}
	}
	process.stdout.write(
		options.json ? `${JSON.stringify(report)}\n` : formatReport(report, { options, versions, replays, notes })
	);
}

/** Drops the schemas of an interrupted run before leaving. */
function onInterrupt(): void {
	progress('interrupted: dropping bench schemas …');
	void dropLiveSchemas().finally(() => process.exit(130));
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
