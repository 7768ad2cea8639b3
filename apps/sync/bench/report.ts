// The sync benchmark's table: per load, reference and ours side by side with ours/reference.
import os from 'node:os';
import process from 'node:process';
import { MIN_TASKS } from './fixtures.ts';
import type { Load } from './options.ts';
import { SAVED_WITHIN_MS, type RunDetail } from './measure.ts';

/** Pads cells to a right-aligned text table. */
function table(header: string[], rows: string[][]): string {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (cells: string[]) =>
		cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
	return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Formats a number, or a dash. */
export function cell(value: number | null | undefined, decimals: number): string {
	if (value === undefined || value === null) return '–';
	if (!Number.isFinite(value)) return '∞';
	return value.toLocaleString('en', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** ours / reference, or a dash. */
function ratio(ours: number | null | undefined, reference: number | null | undefined): string {
	if (ours === undefined || reference === undefined || ours === null || reference === null) return '–';
	const value = ours / reference;
	if (reference === 0 || !Number.isFinite(value)) return '–';
	return `${value.toFixed(2)}×`;
}

/** The side-by-side table of one load. */
export function loadTable(load: Load, reference: RunDetail | undefined, ours: RunDetail | undefined): string {
	const row = (
		name: string,
		pick: (d: RunDetail) => number | null,
		decimals: number,
		withRatio: boolean
	): string[] => {
		const r = reference ? pick(reference) : undefined;
		const o = ours ? pick(ours) : undefined;
		return [name, cell(r, decimals), cell(o, decimals), withRatio ? ratio(o, r) : ''];
	};
	const tasks = Math.max(MIN_TASKS, load.clientsPerPlan);
	return [
		`${load.plans} plan${load.plans > 1 ? 's' : ''} × ${load.clientsPerPlan} clients ` +
			`(${tasks} tasks per plan), ${load.rate} edits/s offered in total`,
		table(
			['', 'reference', 'trienkhai', 'ours/ref'],
			[
				row('latency p50 ms', (d) => d.result.p50Ms ?? Infinity, 1, true),
				row('latency p95 ms', (d) => d.result.p95Ms ?? Infinity, 1, true),
				row('latency p99 ms', (d) => d.result.p99Ms ?? Infinity, 1, true),
				row('updates/s', (d) => d.result.updatesPerSec, 1, true),
				row('deliveries/s (edit × peer)', (d) => d.deliveriesPerSec, 0, true),
				row('server CPU % of a core', (d) => d.result.cpuPercent, 1, true),
				row('server CPU ms per delivered update', (d) => d.result.cpuMsPerDelivery, 4, true),
				row('peak RSS MB', (d) => d.result.peakRssMb, 1, true),
				row('peak RSS per connection KB', (d) => d.result.rssKbPerConnection, 1, true),
				row('  RSS when listening, no client MB', (d) => d.startRssMb, 1, true),
				row('"saved" after the edit p99 ms', (d) => d.result.savedP99Ms, 1, false),
				row('"saved" after the edit max ms', (d) => d.result.savedMaxMs, 1, false),
				row(`  edits saved later than ${SAVED_WITHIN_MS} ms or never`, (d) => d.result.savedLate, 0, false),
				row('PostgreSQL CPU % (all backends)', (d) => d.dbCpuPercent, 1, false),
				row('missing deliveries', (d) => d.missing, 0, false),
				row('reconnects', (d) => d.reconnects, 0, false),
				row('permission denials', (d) => d.denials, 0, false),
				row('bench process CPU % of a core', (d) => d.benchCpuPercent, 0, false),
				row('  bench event-loop delay p99 ms', (d) => d.benchLoopP99Ms, 1, false),
				row('  bench event-loop delay max ms', (d) => d.benchLoopMaxMs, 1, false),
				row('  edits skipped (bench behind)', (d) => d.behind, 0, false),
				row('connect + sync s', (d) => d.connectSeconds, 1, false),
				row('other processes CPU % (noise)', (d) => d.othersCpuPercent, 0, false),
				row('  runs made (kept the quietest)', (d) => d.attempts, 0, false)
			]
		)
	].join('\n');
}

/** What the table's header says about the run and the machine. */
export function header(run: {
	warmupSeconds: number;
	seconds: number;
	loadAverage: number[];
	database: { version: string; url: string } | null;
}): string[] {
	const cpus = os.cpus();
	const avg = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
	return [
		`Sync benchmark: ${run.warmupSeconds} s warm-up + ${run.seconds} s measured per run; ` +
			'each server in its own process, all clients (y-websocket WebsocketProvider + ws) in this one',
		`Machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ` +
			`${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}; ` +
			`load average at start ${avg(run.loadAverage)}, at end ${avg(os.loadavg())}`,
		'reference: @y/websocket-server setupWSConnection, in memory, no auth, documents seeded by a client',
		run.database
			? `trienkhai: apps/sync/src/main.ts on PostgreSQL ${run.database.version} at ${run.database.url} ` +
				'(fresh schema, draft plans owned by ubnd-quang-binh, every client a signed-in user of it with a ' +
				'single-use ticket per connection)'
			: 'trienkhai: not run',
		'Edits: each client in turn replaces a ⟨marker⟩ at the end of its task text, or sets its task output; ' +
			'presence announced once per client, spread over 15 s.',
		'Latency: a peer observed the edit − the author made it, over every (edit, peer) pair; ' +
			'an edit that never arrived counts as ∞. CPU per delivered update: server CPU over the window ÷ ' +
			'(edit, peer) deliveries of the window’s edits. "Saved": our acknowledgement reached the author.',
		''
	];
}
