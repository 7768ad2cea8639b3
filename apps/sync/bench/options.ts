// Command-line options and loads of the sync benchmark (sync.bench.ts explains the flags).
import process from 'node:process';
import { parseArgs } from 'node:util';

export type ServerKind = 'reference' | 'trienkhai';

/** One configuration: how many plans, clients on each, and the total edits per second over all clients. */
export interface Load {
	plans: number;
	clientsPerPlan: number;
	rate: number;
}

/**
 * The loads of a full run. Every client applies every edit of its plan, so the bench process (all clients
 * on one core) does clientsPerPlan − 1 deliveries per edit, each dearer the more clients a plan has (Yjs
 * state vectors, awareness relays): the rates keep it near half a core on a 2-core machine. Measured: 1 × 100
 * at 100 edits/s and 1 × 300 at 20 edits/s saturate it (80–90% CPU, event-loop stalls of 200–500 ms). The
 * hot plan, 1 × 20 at 1,000 edits/s (a meeting typing into one plan), is the load where a server's cost per
 * update shows most: 19,000 deliveries a second.
 */
export const LOADS: readonly Load[] = [
	{ plans: 1, clientsPerPlan: 20, rate: 200 },
	{ plans: 1, clientsPerPlan: 20, rate: 1000 },
	{ plans: 1, clientsPerPlan: 100, rate: 50 },
	{ plans: 1, clientsPerPlan: 300, rate: 10 },
	{ plans: 50, clientsPerPlan: 10, rate: 200 }
];
const QUICK_LOADS: readonly Load[] = [
	{ plans: 1, clientsPerPlan: 20, rate: 100 },
	{ plans: 50, clientsPerPlan: 2, rate: 100 }
];
export const SERVERS: readonly ServerKind[] = ['reference', 'trienkhai'];

/** Stops with a usage message. */
export function usage(message: string): never {
	process.stderr.write(
		`${message}\nusage: node apps/sync/bench/sync.bench.ts [--json] [--quick] [--seconds N] [--warmup N] ` +
			'[--rate N] [--loads 1x20,50x10@100] [--only reference|trienkhai] [--retries N] [--quiet-wait S] [--cpu-prof]\n'
	);
	process.exit(2);
}

/** Loads from `--loads`, e.g. "1x20,50x10@100": plans × clients per plan, optionally @ total edits/s. */
function parseLoads(text: string): Load[] {
	return text.split(',').map((part) => {
		const match = /^(\d+)x(\d+)(?:@(\d+(?:\.\d+)?))?$/.exec(part.trim());
		if (!match) usage(`--loads takes a list like 1x20,50x10@100, not ${text}`);
		const plans = Number(match[1]);
		const clientsPerPlan = Number(match[2]);
		if (plans < 1 || clientsPerPlan < 2) usage(`a load needs a plan and two clients: ${part}`);
		return { plans, clientsPerPlan, rate: match[3] !== undefined ? Number(match[3]) : 100 };
	});
}

/** A load's name, e.g. "1 × 300". */
export function loadName(load: Load): string {
	return `${load.plans} × ${load.clientsPerPlan}`;
}

/** What a run was asked for. */
export interface BenchOptions {
	json: boolean;
	quick: boolean;
	seconds: number;
	warmupSeconds: number;
	retries: number;
	/** seconds to wait for a quiet machine before each run */
	quietWaitSeconds: number;
	cpuProfile: boolean;
	servers: ServerKind[];
	loads: Load[];
	pgUrl: string;
}

/** Reads the command line (and BENCH_DATABASE_URL / TEST_DATABASE_URL); a bad flag stops with usage. */
export function readOptions(): BenchOptions {
	const { values: flags } = parseArgs({
		options: {
			json: { type: 'boolean', default: false },
			quick: { type: 'boolean', default: false },
			seconds: { type: 'string' },
			warmup: { type: 'string' },
			rate: { type: 'string' },
			loads: { type: 'string' },
			only: { type: 'string' },
			retries: { type: 'string' },
			'quiet-wait': { type: 'string' },
			'cpu-prof': { type: 'boolean', default: false }
		},
		strict: true
	});
	const quick = flags.quick;
	const seconds = flags.seconds !== undefined ? Number(flags.seconds) : quick ? 3 : 10;
	const warmupSeconds = flags.warmup !== undefined ? Number(flags.warmup) : quick ? 1 : 3;
	const retries = flags.retries !== undefined ? Number(flags.retries) : quick ? 0 : 2;
	const quietWaitSeconds = flags['quiet-wait'] !== undefined ? Number(flags['quiet-wait']) : 60;
	const rateOverride = flags.rate !== undefined ? Number(flags.rate) : null;
	if (!(seconds > 0)) usage(`--seconds must be a positive number, not ${flags.seconds}`);
	if (!(warmupSeconds >= 0)) usage(`--warmup must be a number ≥ 0, not ${flags.warmup}`);
	if (!Number.isInteger(retries) || retries < 0)
		usage(`--retries must be a whole number, not ${flags.retries}`);
	if (!(quietWaitSeconds >= 0)) usage(`--quiet-wait must be a number ≥ 0, not ${flags['quiet-wait']}`);
	if (rateOverride !== null && !(rateOverride > 0))
		usage(`--rate must be a positive number, not ${flags.rate}`);
	if (flags.only !== undefined && !SERVERS.includes(flags.only as ServerKind)) {
		usage(`--only must be reference or trienkhai, not ${flags.only}`);
	}
	const chosen = flags.loads !== undefined ? parseLoads(flags.loads) : quick ? QUICK_LOADS : LOADS;
	return {
		json: flags.json,
		quick,
		seconds,
		warmupSeconds,
		retries,
		quietWaitSeconds,
		cpuProfile: flags['cpu-prof'],
		servers: flags.only !== undefined ? [flags.only as ServerKind] : [...SERVERS],
		loads: chosen.map((l) => ({ ...l, rate: rateOverride ?? l.rate })),
		pgUrl:
			process.env['BENCH_DATABASE_URL'] ||
			process.env['TEST_DATABASE_URL'] ||
			'postgres://postgres@127.0.0.1:5432/test'
	};
}
