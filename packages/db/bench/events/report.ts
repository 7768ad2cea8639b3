// The event store benchmark's results: its JSON shape and the printed table.
import os from 'node:os';
import process from 'node:process';
import { safeUrl } from './databases.ts';
import type { BenchOptions, Dialect } from './options.ts';
import type { ReplayMeasure } from './replay.ts';
import { WORKLOAD_LINE } from './workload.ts';

/** One measured configuration; null metrics when its dialect could not be reached. */
export interface RunResult {
	/** `postgres-raw`: the plain-INSERT baseline on the same server, measured in the same run. */
	dialect: Dialect | 'postgres-raw';
	writers: number;
	batch: number;
	eventsPerSec: number | null;
	lagP50Ms: number | null;
	lagP99Ms: number | null;
}

/** The benchmark's JSON output. */
export interface BenchReport {
	runs: RunResult[];
	replay100kSeconds: Record<Dialect, number | null>;
}

/** What the printed report says besides the numbers. */
export interface ReportContext {
	options: BenchOptions;
	versions: ReadonlyMap<Dialect, string>;
	replays: ReadonlyMap<Dialect, ReplayMeasure>;
	notes: readonly string[];
}

/** The q-quantile (nearest rank) of ascending values. */
export function quantile(sorted: readonly number[], q: number): number {
	if (sorted.length === 0) return Number.NaN;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Rounds to a number of decimals. */
export function round(value: number, decimals: number): number {
	const f = 10 ** decimals;
	return Math.round(value * f) / f;
}

/** ours / baseline of a configuration, or null. */
export function ratioOf(report: BenchReport, run: RunResult): number | null {
	const raw = report.runs.find(
		(r) => r.dialect === 'postgres-raw' && r.writers === run.writers && r.batch === run.batch
	);
	if (!raw?.eventsPerSec || run.eventsPerSec === null) return null;
	return round(run.eventsPerSec / raw.eventsPerSec, 2);
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

/** The lines above the table: the run's settings, the machine and the servers. */
function header(context: ReportContext): string[] {
	const { options, versions } = context;
	const cpus = os.cpus();
	return [
		`Event store benchmark: one plan per writer, ${options.seconds} s per configuration ` +
			`after ${options.warmupSeconds} s warm-up`,
		`Machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ` +
			`${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`,
		...[...versions].map(([d, v]) =>
			d === 'postgres'
				? `PostgreSQL ${v} at ${safeUrl(options.pgUrl)} (fresh schema per run)`
				: `PGlite (PostgreSQL ${v}) in memory`
		),
		WORKLOAD_LINE,
		'Lag: subscriber received − append() resolved, per event',
		'postgres-raw: plain INSERT into a bare table (200-byte jsonb), one connection per writer, autocommit,',
		'  multi-row INSERT for batches, in the same run; ours/raw = postgres events/s ÷ postgres-raw rows/s'
	];
}

/** The table of the configurations. */
function runsTable(report: BenchReport): string {
	return table(
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
	);
}

/** The replay lines. */
function replayLines(context: ReportContext): string[] {
	return [
		`Replay of ${context.options.replayEvents.toLocaleString('en')} generated events (50 plans, batches of 1–50):`,
		...context.options.dialects.map((d) => {
			const r = context.replays.get(d);
			return r
				? `  ${d.padEnd(8)}  ${r.replaySeconds.toFixed(2)} s ` +
						`(${r.events.toLocaleString('en')} events in the log, ` +
						`loaded by appends in ${r.loadSeconds.toFixed(1)} s)`
				: `  ${d.padEnd(8)}  skipped`;
		})
	];
}

/** The printed report. */
export function formatReport(report: BenchReport, context: ReportContext): string {
	const lines = [...header(context), '', runsTable(report), '', ...replayLines(context)];
	return `${[...lines, ...context.notes.map((n) => `\nNote: ${n}`)].join('\n')}\n`;
}
