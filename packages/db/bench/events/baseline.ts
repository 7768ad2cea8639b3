// The plain-INSERT baseline (`postgres-raw`): what the same server does with bare INSERTs in the same run.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { Random } from '../../src/testing/random.ts';
import { dropSchema, newSchema } from './databases.ts';
import type { BenchOptions } from './options.ts';
import type { RunResult } from './report.ts';

/** A 200-byte JSON payload, as the baseline's rows carry. */
function payload(random: Random): string {
	const base = { type: 'TaskProgressUpdated', from: random.int(0, 99), to: random.int(0, 100), note: '' };
	const note = 'x'.repeat(Math.max(0, 200 - JSON.stringify(base).length));
	return JSON.stringify({ ...base, note });
}

/** Creates the bare table in the schema; the INSERT of `batch` rows into it. */
async function createTable(client: pg.Client, schema: string, batch: number): Promise<string> {
	await client.query(`create schema ${pg.escapeIdentifier(schema)}`);
	const table = `${pg.escapeIdentifier(schema)}.raw_events`;
	await client.query(
		`create table ${table} (id bigserial primary key, stream uuid, seq int, type text, data jsonb, ` +
			'at timestamptz default now())'
	);
	const values = Array.from(
		{ length: batch },
		(_, i) => `($1, $${2 * i + 2}, 'TaskProgressUpdated', $${2 * i + 3}::jsonb)`
	).join(', ');
	return `insert into ${table} (stream, seq, type, data) values ${values}`;
}

/** Every client inserts `batch` rows at a time into its own stream until the deadline. */
async function insertFor(clients: readonly pg.Client[], text: string, batch: number, forSeconds: number) {
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
}

/**
 * The baseline of one configuration: a bare table `(id bigserial primary key, stream uuid, seq int, type
 * text, data jsonb, at timestamptz default now())`, each writer on its own connection in autocommit,
 * single-row INSERTs (batch 1) or one multi-row INSERT per batch, for the same warm-up and seconds.
 */
export async function measureRawInserts(
	options: BenchOptions,
	writers: number,
	batch: number
): Promise<RunResult> {
	const schema = newSchema(options.pgUrl);
	const clients: pg.Client[] = [];
	try {
		for (let i = 0; i < writers; i++) {
			const client = new pg.Client({ connectionString: options.pgUrl });
			await client.connect();
			clients.push(client);
		}
		const text = await createTable(clients[0]!, schema, batch);
		await insertFor(clients, text, batch, options.warmupSeconds);
		const { rows, elapsed } = await insertFor(clients, text, batch, options.seconds);
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
