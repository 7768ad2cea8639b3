import process from 'node:process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { openDatabase, type Database } from '../../connect.ts';
import { migrateToLatest } from '../../migrate.ts';
import type { Schema, TaskTable } from '../../schema.ts';
import { Random } from '../../testing/random.ts';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../../testing/test-databases.ts';
import { compactRollups, rollupRows } from './rollups.ts';

// The roll-ups are kept by triggers; this spec holds them, after every one of many random changes to tasks,
// plans, implements and relations (cycles and a chain deeper than the cascade's 12 levels included), to the
// same counts computed from the tasks of each directive's cascade as the dashboards walked it before, and
// each plan's progress row to its tasks.

const DIRECTIVES = Array.from({ length: 15 }, (_, i) => `d${i}`);
const UNITS = ['u1', 'u2', 'u3'];
const STATUSES: TaskTable['status'][] = [
	'assigned',
	'accepted',
	'in_progress',
	'reported',
	'returned',
	'done',
	'paused'
];
const DAYS = ['2025-03-31', '2025-06-20', '2025-06-30', null];
const SEEDS = (process.env['ROLLUP_PROPERTY_SEEDS'] ?? '1,2,3').split(',').map(Number);

/** The cascade of a directive, as the dashboards walked it before the roll-ups (not drafts, 12 levels). */
async function cascadeTasks(db: Kysely<Schema>, directiveId: string) {
	const { rows } = await sql<{
		lead_unit_id: string | null;
		status: string;
		progress: number;
		deadline_due: string | null;
		completed_on: string | null;
	}>`
		with recursive docs(id, path) as (
			select ${directiveId}::text, array[${directiveId}::text]
			union all
			select r.from_id, d.path || r.from_id from directive_relations r join docs d on r.to_id = d.id
			where r.from_id <> all(d.path) and cardinality(d.path) < 12
		),
		scope_plans(plan_id) as (
			select p.id from plans p where p.directive_id in (select id from docs) and p.status <> 'draft'
			union
			select pi.plan_id from plan_implements pi join plans p on p.id = pi.plan_id
			where pi.directive_id in (select id from docs) and p.status <> 'draft'
		)
		select t.lead_unit_id, t.status, t.progress, t.deadline_due::text, t.completed_on::text
		from tasks t where t.plan_id in (select plan_id from scope_plans)`.execute(db);
	return rows;
}

/** The roll-up rows those tasks give, key → [n, progress], computed here in TypeScript. */
function expectedRollup(tasks: Awaited<ReturnType<typeof cascadeTasks>>): Map<string, [number, number]> {
	const out = new Map<string, [number, number]>();
	const add = (unit: string | null, kind: number, day: string | null, progress: number) => {
		const key = `${unit ?? ''}|${kind}|${day ?? 'infinity'}`;
		const [n, p] = out.get(key) ?? [0, 0];
		out.set(key, [n + 1, p + progress]);
	};
	for (const t of tasks) {
		const done = t.status === 'done';
		let kind: number;
		if (done) {
			if (t.deadline_due === null || (t.completed_on !== null && t.completed_on <= t.deadline_due)) kind = 1;
			else kind = t.completed_on !== null ? 2 : 3;
		} else kind = t.status === 'assigned' && t.progress === 0 ? 4 : 5;
		add(t.lead_unit_id, kind, t.deadline_due, done ? 100 : t.progress);
		if (done && t.completed_on !== null) add(t.lead_unit_id, 0, t.completed_on, 0);
	}
	return out;
}

/** plan_progress against the plans' tasks, both as `plan: total/done/progress` lines. */
async function planProgress(db: Kysely<Schema>): Promise<{ stored: string[]; expected: string[] }> {
	const stored = await sql<{ line: string }>`
		select plan_id || ': ' || total || '/' || done || '/' || progress_sum as line from plan_progress
		where total <> 0 or done <> 0 or progress_sum <> 0 order by plan_id`.execute(db);
	const expected = await sql<{ line: string }>`
		select plan_id || ': ' || count(*) || '/' || count(*) filter (where status = 'done') || '/'
			|| sum(case when status = 'done' then 100 else progress end) as line
		from tasks group by plan_id order by plan_id`.execute(db);
	return { stored: stored.rows.map((r) => r.line), expected: expected.rows.map((r) => r.line) };
}

async function storedRollup(db: Kysely<Schema>, directiveId: string): Promise<Map<string, [number, number]>> {
	const { rows } = await sql<{ unit_id: string; kind: number; day: string; n: string; progress: string }>`
		select r.unit_id, r.kind, r.day::text as day, sum(r.n)::text as n, sum(r.progress_sum)::text as progress
		from ${rollupRows(directiveId)} as r
		group by 1, 2, 3
		having sum(r.n) <> 0 or sum(r.progress_sum) <> 0`.execute(db);
	return new Map(rows.map((r) => [`${r.unit_id}|${r.kind}|${r.day}`, [Number(r.n), Number(r.progress)]]));
}

/** One random change of the kinds that move a roll-up. */
async function randomChange(db: Kysely<Schema>, random: Random, step: number): Promise<string> {
	const plans = (await db.selectFrom('plans').select('id').orderBy('id').execute()).map((p) => p.id);
	const tasks = (await db.selectFrom('tasks').select('id').orderBy('id').execute()).map((t) => t.id);
	const choice = random.int(0, 9);
	if (choice <= 3 && tasks.length > 0) {
		const status = random.pick(STATUSES);
		await db
			.updateTable('tasks')
			.set({
				status,
				progress: status === 'done' ? 100 : random.pick([0, 0, 30, 70]),
				lead_unit_id: random.chance(0.2) ? random.pick([...UNITS, null]) : undefined,
				deadline_due: random.chance(0.3) ? random.pick(DAYS) : undefined,
				completed_on: status === 'done' ? random.pick(DAYS) : null
			})
			.where('id', 'in', [random.pick(tasks), random.pick(tasks)])
			.execute();
		return 'tasks updated';
	}
	if (choice === 4) {
		await insertTask(db, random, random.pick(plans), `t-${step}`);
		return 'task inserted';
	}
	if (choice === 5 && tasks.length > 0) {
		await db.deleteFrom('tasks').where('id', '=', random.pick(tasks)).execute();
		return 'task deleted';
	}
	if (choice === 6) {
		await db
			.updateTable('plans')
			.set({ status: random.pick(['draft', 'issued', 'amending'] as const) })
			.where('id', '=', random.pick(plans))
			.execute();
		return 'plan status';
	}
	if (choice === 7) {
		await db
			.updateTable('plans')
			.set({ directive_id: random.chance(0.2) ? null : random.pick(DIRECTIVES) })
			.where('id', '=', random.pick(plans))
			.execute();
		return 'plan directive';
	}
	if (choice === 8) {
		const [plan, directive] = [random.pick(plans), random.pick(DIRECTIVES)];
		const had = await db
			.deleteFrom('plan_implements')
			.where('plan_id', '=', plan)
			.where('directive_id', '=', directive)
			.executeTakeFirst();
		if (Number(had.numDeletedRows) === 0) {
			await db.insertInto('plan_implements').values({ plan_id: plan, directive_id: directive }).execute();
		}
		return 'implements';
	}
	const [from, to] = [random.pick(DIRECTIVES), random.pick(DIRECTIVES)];
	const had = await db
		.deleteFrom('directive_relations')
		.where('from_id', '=', from)
		.where('to_id', '=', to)
		.executeTakeFirst();
	if (Number(had.numDeletedRows) === 0 && from !== to) {
		await db
			.insertInto('directive_relations')
			.values({ from_id: from, to_id: to, kind: 'guides', note: null })
			.execute();
	}
	return 'relation';
}

async function insertTask(db: Kysely<Schema>, random: Random, planId: string, id: string): Promise<void> {
	const status = random.pick(STATUSES);
	await db
		.insertInto('tasks')
		.values({
			id,
			plan_id: planId,
			code: id,
			position: 0,
			content: id,
			lead_unit_id: random.pick([...UNITS, null]),
			deadline_due: random.pick(DAYS),
			status,
			progress: status === 'done' ? 100 : random.pick([0, 40]),
			completed_on: status === 'done' ? random.pick(DAYS) : null,
			search_text: id
		})
		.execute();
}

async function seedCascade(db: Kysely<Schema>, random: Random): Promise<void> {
	await db
		.insertInto('units')
		.values(
			['ubnd', ...UNITS].map((id) => ({ id, name: id, short_name: id, kind: 'state', search_text: id }))
		)
		.execute();
	await db
		.insertInto('directives')
		.values(
			DIRECTIVES.map((id) => ({
				id,
				type: 'KH',
				issuer_unit_id: 'ubnd',
				issued_on: '2025-01-02',
				place: 'Huế',
				subject: id,
				recipients: '[]',
				search_text: id
			}))
		)
		.execute();
	// a chain d14 → d13 → … → d0, deeper than the cascade is followed
	await db
		.insertInto('directive_relations')
		.values(
			DIRECTIVES.slice(1).map((id, i) => ({
				from_id: id,
				to_id: `d${i}`,
				kind: 'implements' as const,
				note: null
			}))
		)
		.execute();
	for (let i = 0; i < 6; i++) {
		await db
			.insertInto('plans')
			.values({
				id: `p${i}`,
				title: `p${i}`,
				owner_unit_id: 'ubnd',
				directive_id: random.pick(DIRECTIVES),
				status: random.pick(['draft', 'issued'] as const),
				purpose: '',
				organisation: '',
				search_text: `p${i}`
			})
			.execute();
		for (let k = 0; k < 6; k++) await insertTask(db, random, `p${i}`, `t${i}-${k}`);
	}
}

describe.each(testDatabaseKinds())('directive roll-ups on %s', (kind) => {
	let testDb: TestDatabase;
	let database: Database;

	beforeAll(async () => {
		testDb = createTestDatabase(kind);
		database = await openDatabase(testDb.config);
	});

	afterAll(async () => {
		await database?.close();
		await testDb?.dispose();
	});

	it.each(SEEDS)(
		'equal the cascade counted from the tasks after each random change (seed %i)',
		async (seed) => {
			const schema = database.schema ?? undefined;
			await migrateToLatest(database.db, schema);
			const db = database.db;
			await sql`truncate plans, tasks, plan_implements, directive_relations, directives, units cascade`.execute(
				db
			);
			const random = new Random(seed);
			await seedCascade(db, random);
			for (let step = 0; step < 40; step++) {
				const change = await randomChange(db, random, step);
				if (random.chance(0.15)) await compactRollups(db);
				const progress = await planProgress(db);
				expect(progress.stored, `seed ${seed}, step ${step} (${change}): plan progress`).toEqual(
					progress.expected
				);
				for (const directive of DIRECTIVES) {
					const expected = expectedRollup(await cascadeTasks(db, directive));
					expect(
						await storedRollup(db, directive),
						`seed ${seed}, step ${step} (${change}), ${directive}`
					).toEqual(expected);
				}
			}
		}
	);
});
