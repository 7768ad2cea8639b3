// One run of the sync benchmark: one server under one load, measured over a window.
import process from 'node:process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { writeSnapshot } from '@trienkhai/domain';
import {
	allSynced,
	connectClient,
	destroyClient,
	edit,
	type BenchClient,
	type ClientHooks
} from './bench-client.ts';
import type { BenchPlan } from './fixtures.ts';
import type { Load, ServerKind } from './options.ts';
import { cpuBetween, cpuByCommand, machineBusyMs, ProcessSampler } from './process-stats.ts';
import { freePort, startServer, stopServer, until } from './servers.ts';

const CONNECT_BATCH = 25;
const CONNECT_TIMEOUT_MS = 120_000;
const TICK_MS = 5;
/** y-protocols' Awareness renews a client's state every outdatedTimeout / 2. */
const AWARENESS_RENEWAL_MS = 15_000;
/** An update acknowledged later than this counts as late (the hot plan's target). */
export const SAVED_WITHIN_MS = 1000;

/** One row of the JSON output. */
export interface RunResult {
	server: ServerKind;
	plans: number;
	clientsPerPlan: number;
	rate: number;
	p50Ms: number | null;
	p95Ms: number | null;
	p99Ms: number | null;
	updatesPerSec: number;
	cpuPercent: number;
	peakRssMb: number;
	/** server CPU ms over the window ÷ deliveries (edit × peer) of the window's edits */
	cpuMsPerDelivery: number | null;
	/** peak RSS ÷ connections, KB */
	rssKbPerConnection: number | null;
	/** "saved" acknowledgement after the edit (ours only; an edit never acknowledged counts as ∞) */
	savedP99Ms: number | null;
	savedMaxMs: number | null;
	/** measured edits not acknowledged within SAVED_WITHIN_MS (or never) */
	savedLate: number | null;
}

/** What the table shows besides the JSON row. */
export interface RunDetail {
	result: RunResult;
	offeredPerSec: number;
	deliveriesPerSec: number;
	missing: number;
	expectedDeliveries: number;
	dbCpuPercent: number | null;
	/** CPU of everything else on the machine during the window (other work sharing the cores) */
	othersCpuPercent: number;
	benchCpuPercent: number;
	benchLoopP99Ms: number;
	benchLoopMaxMs: number;
	behind: number;
	reconnects: number;
	denials: number;
	connectSeconds: number;
	startRssMb: number;
	/** runs made to get one with little other work on the machine */
	attempts: number;
}

/** An edit in flight: when it was sent and how many peers have seen it. */
interface EditRecord {
	sentAt: number;
	measured: boolean;
	peers: number;
	seen: number;
}

/** How a run is made. */
export interface RunSpec {
	kind: ServerKind;
	load: Load;
	plans: BenchPlan[];
	warmupSeconds: number;
	seconds: number;
	cpuProfile: boolean;
	secret: string;
	/** ours: the database and each client's session */
	database: { url: string; schema: string; sessionIds: string[] } | null;
	progress(message: string): void;
}

/** The q-quantile (nearest rank) of ascending values. */
export function quantile(sorted: readonly number[], q: number): number {
	if (sorted.length === 0) return Number.NaN;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Rounds to a number of decimals; null for what is not finite. */
export function round(value: number, decimals: number): number | null {
	if (!Number.isFinite(value)) return null;
	const f = 10 ** decimals;
	return Math.round(value * f) / f;
}

/** What the clients observed during a run. */
class Observations implements ClientHooks {
	readonly edits = new Map<string, EditRecord>();
	readonly latencies: number[] = [];
	readonly savedLatencies: number[] = [];
	measuring = false;
	windowCloses = 0;

	arrive(id: string, now: number): void {
		const record = this.edits.get(id);
		if (!record) return;
		record.seen++;
		if (record.measured) this.latencies.push(now - record.sentAt);
	}

	saved(ms: number): void {
		this.savedLatencies.push(ms);
	}

	closed(): void {
		if (this.measuring) this.windowCloses++;
	}
}

/** Connects every client of the load (seeding the reference server's empty documents first). */
async function connectAll(spec: RunSpec, url: string, seen: Observations) {
	const { kind, load, plans } = spec;
	const target = (index: number) => ({
		url,
		secret: spec.secret,
		sessionId: spec.database?.sessionIds[index]
	});
	const clients: BenchClient[] = [];
	if (kind === 'reference') {
		// the reference server starts every document empty: one client writes the same plan first
		const seeds = plans.map((plan, p) =>
			connectClient(target(100_000 + p), plan, 100_000 + p, plan.taskIds[0]!, seen)
		);
		await until(() => seeds.every((s) => s.provider.synced), 'the seeding clients to sync', 30_000);
		for (const seed of seeds) writeSnapshot(seed.doc, seed.plan.snapshot);
		await until(() => allSynced(seeds), 'the seeds to hold the plans', 30_000);
		clients.push(...seeds);
	}
	const seedCount = clients.length;
	// connect in batches, one client slot of every plan after another, waiting for each batch to sync
	for (let i = 0; i < load.clientsPerPlan; i++) {
		for (const [p, plan] of plans.entries()) {
			const index = p * load.clientsPerPlan + i;
			clients.push(connectClient(target(index), plan, index, plan.taskIds[i]!, seen));
			if ((clients.length - seedCount) % CONNECT_BATCH === 0) {
				await until(() => allSynced(clients), 'clients to sync', CONNECT_TIMEOUT_MS);
			}
		}
	}
	await until(() => allSynced(clients), 'clients to sync', CONNECT_TIMEOUT_MS);
	for (const seed of clients.splice(0, seedCount)) destroyClient(seed);
	return clients;
}

/**
 * Measures one server under one load: starts it, connects the clients, edits for the warm-up and the
 * measured window at a steady total rate, waits for the last deliveries (and acknowledgements), and stops
 * everything.
 */
export async function measure(spec: RunSpec): Promise<RunDetail> {
	const { kind, load } = spec;
	const port = await freePort();
	const child = await startServer({
		kind,
		port,
		label: `${load.plans}x${load.clientsPerPlan}r${load.rate}`,
		cpuProfile: spec.cpuProfile,
		database: spec.database
			? { url: spec.database.url, schema: spec.database.schema, secret: spec.secret }
			: null
	});
	const sampler = new ProcessSampler(child.pid!);
	const startRssMb = (sampler.sample()?.rssBytes ?? 0) / 2 ** 20;
	const seen = new Observations();
	const presence: NodeJS.Timeout[] = [];
	let clients: BenchClient[] = [];
	const benchStarted = performance.now();
	try {
		const started = performance.now();
		clients = await connectAll(spec, `ws://127.0.0.1:${port}/sync`, seen);
		const connectSeconds = (performance.now() - started) / 1000;
		spec.progress(`  ${kind}: ${clients.length} clients synced in ${connectSeconds.toFixed(1)} s`);
		// each editor announces its user at a random moment of one awareness renewal period, as people who
		// joined at different times would: without it, all renew together 15 s after connecting, and the
		// relays of a plan's N clients (y-websocket echoes every awareness change it hears) come as one storm
		// of N² messages instead of a steady stream
		for (const client of clients) {
			const timer = setTimeout(
				() => client.provider.awareness.setLocalStateField('user', { name: `Bench ${client.index}` }),
				Math.random() * AWARENESS_RENEWAL_MS
			);
			presence.push(timer);
		}
		await sleep(500);
		const window = await editWindow(spec, clients, seen, sampler);
		// awaited here: the finally below destroys the clients and stops the server
		return await finish(spec, clients, seen, sampler, { ...window, connectSeconds, startRssMb });
	} finally {
		for (const timer of presence) clearTimeout(timer);
		for (const client of clients) destroyClient(client);
		sampler.stop();
		await stopServer(child);
		spec.progress(`  ${kind}: run took ${((performance.now() - benchStarted) / 1000).toFixed(1)} s`);
	}
}

/**
 * Edits at the offered rate through the warm-up and the measured window (open loop: edits go out whatever
 * the server does; a bench more than 200 ms behind its schedule skips edits, counted, rather than bursting).
 */
async function editWindow(
	spec: RunSpec,
	clients: BenchClient[],
	seen: Observations,
	sampler: ProcessSampler
) {
	const { load } = spec;
	const intervalMs = 1000 / load.rate;
	const track = spec.kind === 'trienkhai';
	let next = performance.now();
	let cursor = 0;
	let behind = 0;
	const ticker = setInterval(() => {
		const now = performance.now();
		if (now - next > 200) {
			const skipped = Math.floor((now - next) / intervalMs);
			if (seen.measuring) behind += skipped;
			next += skipped * intervalMs;
		}
		while (next <= now) {
			const client = clients[cursor++ % clients.length]!;
			const id = `${client.index}.${client.edits + 1}`;
			seen.edits.set(id, {
				sentAt: performance.now(),
				measured: seen.measuring,
				peers: load.clientsPerPlan - 1,
				seen: 0
			});
			edit(client, id, seen.measuring, track);
			next += intervalMs;
		}
	}, TICK_MS);
	try {
		await sleep(spec.warmupSeconds * 1000);
		const loop = monitorEventLoopDelay({ resolution: 10 });
		const dbBefore = cpuByCommand('postgres');
		const machineBefore = machineBusyMs();
		const serverBefore = sampler.sample();
		const benchBefore = process.cpuUsage();
		const windowStart = performance.now();
		loop.enable();
		seen.measuring = true;
		await sleep(spec.seconds * 1000);
		seen.measuring = false;
		const windowSeconds = (performance.now() - windowStart) / 1000;
		loop.disable();
		const serverAfter = sampler.sample();
		const benchUsage = process.cpuUsage(benchBefore);
		const dbCpuMs = cpuBetween(dbBefore, cpuByCommand('postgres'));
		const machineMs = machineBusyMs() - machineBefore;
		if (!serverBefore || !serverAfter) throw new Error(`the ${spec.kind} server died during the run`);
		const serverCpuMs = serverAfter.cpuMs - serverBefore.cpuMs;
		const benchCpuMs = (benchUsage.user + benchUsage.system) / 1000;
		return {
			windowSeconds,
			behind,
			serverCpuMs,
			benchCpuMs,
			dbCpuMs,
			othersCpuMs: machineMs - dbCpuMs - serverCpuMs - benchCpuMs,
			loopP99Ms: loop.percentile(99) / 1e6,
			loopMaxMs: loop.max / 1e6
		};
	} finally {
		clearInterval(ticker);
	}
}

type Window = Awaited<ReturnType<typeof editWindow>> & { connectSeconds: number; startRssMb: number };

/** Waits for the last deliveries and acknowledgements of the window's edits, and sums the run up. */
async function finish(
	spec: RunSpec,
	clients: BenchClient[],
	seen: Observations,
	sampler: ProcessSampler,
	w: Window
): Promise<RunDetail> {
	const { kind, load } = spec;
	const measured = [...seen.edits.values()].filter((e) => e.measured);
	const expectedDeliveries = measured.reduce((n, e) => n + e.peers, 0);
	const waitMs = Math.max(5000, spec.seconds * 1000);
	await until(() => measured.every((e) => e.seen >= e.peers), 'deliveries', waitMs).catch(() =>
		spec.progress(`  ${kind}: some deliveries never arrived`)
	);
	const track = kind === 'trienkhai';
	const unsaved = () => clients.reduce((n, c) => n + c.unsaved.filter((e) => e.measured).length, 0);
	if (track) {
		await until(() => unsaved() === 0, 'saved acknowledgements', waitMs).catch(() =>
			spec.progress(`  ${kind}: some edits were never acknowledged as saved`)
		);
	}
	const missing = measured.reduce((n, e) => n + Math.max(0, e.peers - e.seen), 0);
	sampler.sample();
	const ms = w.windowSeconds * 1000;
	const sorted = [...seen.latencies, ...Array.from({ length: missing }, () => Infinity)].sort(
		(a, b) => a - b
	);
	const savedSorted = [...seen.savedLatencies, ...Array.from({ length: unsaved() }, () => Infinity)].sort(
		(a, b) => a - b
	);
	const delivered = expectedDeliveries - missing;
	const connections = load.plans * load.clientsPerPlan;
	const result: RunResult = {
		server: kind,
		plans: load.plans,
		clientsPerPlan: load.clientsPerPlan,
		rate: load.rate,
		p50Ms: round(quantile(sorted, 0.5), 1),
		p95Ms: round(quantile(sorted, 0.95), 1),
		p99Ms: round(quantile(sorted, 0.99), 1),
		updatesPerSec: round(measured.filter((e) => e.seen > 0).length / w.windowSeconds, 1) ?? 0,
		cpuPercent: round((w.serverCpuMs / ms) * 100, 1) ?? 0,
		peakRssMb: round(sampler.peakRssBytes / 2 ** 20, 1) ?? 0,
		cpuMsPerDelivery: delivered > 0 ? round(w.serverCpuMs / delivered, 4) : null,
		rssKbPerConnection: round(sampler.peakRssBytes / 1024 / connections, 1),
		savedP99Ms: track ? round(quantile(savedSorted, 0.99), 1) : null,
		savedMaxMs: track ? round(savedSorted.at(-1) ?? Number.NaN, 1) : null,
		savedLate: track ? savedSorted.filter((v) => !(v <= SAVED_WITHIN_MS)).length : null
	};
	return {
		result,
		offeredPerSec: measured.length / w.windowSeconds,
		deliveriesPerSec: seen.latencies.length / w.windowSeconds,
		missing,
		expectedDeliveries,
		dbCpuPercent: kind === 'trienkhai' ? (w.dbCpuMs / ms) * 100 : null,
		othersCpuPercent: Math.max(0, (w.othersCpuMs / ms) * 100),
		benchCpuPercent: (w.benchCpuMs / ms) * 100,
		benchLoopP99Ms: w.loopP99Ms,
		benchLoopMaxMs: w.loopMaxMs,
		behind: w.behind,
		reconnects: seen.windowCloses,
		denials: clients.reduce((n, c) => n + c.denials, 0),
		connectSeconds: w.connectSeconds,
		startRssMb: w.startRssMb,
		attempts: 1
	};
}
