// Command-line options and configurations of the event store benchmark (events.bench.ts explains the flags).
import process from 'node:process';
import { parseArgs } from 'node:util';
import type { DatabaseConfig } from '../../src/config.ts';

export type Dialect = DatabaseConfig['kind'];

export const DIALECTS: readonly Dialect[] = ['postgres', 'pglite'];
/** 1 and 8 as the issue asks; 50 as in the commanded/eventstore figure the issue compares with. */
const WRITERS = [1, 8, 50] as const;
const BATCHES = [1, 50] as const;

/** What a run measures, from the command line. */
export interface BenchOptions {
	json: boolean;
	/** Measured seconds per configuration, after `warmupSeconds`. */
	seconds: number;
	warmupSeconds: number;
	/** Events to replay (0: no replay). */
	replayEvents: number;
	writerCounts: readonly number[];
	batchSizes: readonly number[];
	dialects: readonly Dialect[];
	/** The PostgreSQL server: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local default. */
	pgUrl: string;
}

/** Stops with a usage message. */
export function usage(message: string): never {
	process.stderr.write(
		`${message}\nusage: node packages/db/bench/events.bench.ts [--json] [--quick] [--seconds N] ` +
			'[--only postgres|pglite] [--writers 1,8,50] [--batches 1,50] [--replay N]\n'
	);
	process.exit(2);
}

const numbers = (list: string | undefined, fallback: readonly number[]) =>
	list === undefined ? fallback : list.split(',').map(Number);

/** Parses the command line (see events.bench.ts); stops with a usage message on a bad flag. */
export function parseOptions(args: readonly string[]): BenchOptions {
	const { values: flags } = parseArgs({
		args: [...args],
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
	const options: BenchOptions = {
		json: flags.json,
		seconds: flags.seconds !== undefined ? Number(flags.seconds) : quick ? 1 : 4,
		warmupSeconds: quick ? 0.3 : 1,
		replayEvents: flags.replay !== undefined ? Number(flags.replay) : quick ? 10_000 : 100_000,
		writerCounts: numbers(flags.writers, WRITERS),
		batchSizes: numbers(flags.batches, BATCHES),
		dialects: flags.only !== undefined ? [flags.only as Dialect] : [...DIALECTS],
		pgUrl:
			process.env['BENCH_DATABASE_URL'] ||
			process.env['TEST_DATABASE_URL'] ||
			'postgres://postgres@127.0.0.1:5432/test'
	};
	if (![...options.writerCounts, ...options.batchSizes].every((n) => Number.isInteger(n) && n > 0)) {
		usage('--writers and --batches take positive whole numbers, comma-separated');
	}
	if (!(options.replayEvents >= 0)) usage(`--replay must be a number of events, not ${flags.replay}`);
	if (!(options.seconds > 0)) usage(`--seconds must be a positive number, not ${flags.seconds}`);
	if (flags.only !== undefined && !DIALECTS.includes(flags.only as Dialect)) {
		usage(`--only must be postgres or pglite, not ${flags.only}`);
	}
	return options;
}

/** Progress and notes: always stderr, so stdout holds only the table or the JSON. */
export function progress(message: string): void {
	process.stderr.write(`${message}\n`);
}
