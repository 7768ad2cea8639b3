import { planHistory, prepareDatabase, type PreparedDatabase } from '@trienkhai/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	CONTRIBUTION_NOTE_DEFAULTS,
	noteContribution,
	planContributions,
	type ContributionNoteCommand
} from './contribution-note.ts';

const QB_PLAN = 'plan-ubnd-qb-kl69';
const AT = '2026-11-20T09:00:00+07:00';

describe('contribution notes on the embedded database', () => {
	let database: PreparedDatabase;
	/** Two tasks of the issued Quảng Bình plan, each with its lead and first coordinating unit. */
	let tasks: Array<{ id: string; lead: string; coordinator: string }>;

	beforeAll(async () => {
		database = await prepareDatabase({ kind: 'pglite', dataDir: null }, { demo: true });
		const rows = await database.db
			.selectFrom('tasks')
			.innerJoin('task_coordinators', 'task_coordinators.task_id', 'tasks.id')
			.select(['tasks.id', 'tasks.lead_unit_id', 'task_coordinators.unit_id'])
			.where('tasks.plan_id', '=', QB_PLAN)
			.where('task_coordinators.position', '=', 0)
			.orderBy('tasks.position')
			.limit(2)
			.execute();
		tasks = rows.map((r) => ({ id: r.id, lead: r.lead_unit_id ?? '', coordinator: r.unit_id }));
		expect(tasks).toHaveLength(2);
	});

	afterAll(async () => {
		await database?.close();
	});

	const command = (over: Partial<ContributionNoteCommand> & { unitId: string }): ContributionNoteCommand => ({
		planId: QB_PLAN,
		taskId: tasks[0]!.id,
		actor: { userId: `u-${over.unitId}`, unitId: over.unitId },
		at: AT,
		note: 'Đã cử cán bộ tham gia tổ biên tập',
		...over
	});
	const head = async () => (await database.events.head(QB_PLAN)).eventSeq;

	it('a coordinating unit writes its note: one event with its person and unit, and the read model has it', async () => {
		const { coordinator, id } = tasks[0]!;
		expect(await noteContribution(database, command({ unitId: coordinator }))).toEqual({
			ok: true,
			saved: true
		});
		expect((await planContributions(database.db, QB_PLAN))[id]).toEqual({
			[coordinator]: 'Đã cử cán bộ tham gia tổ biên tập'
		});
		const [latest] = await planHistory(database.db, QB_PLAN, { taskId: id, limit: 1 });
		expect(latest).toMatchObject({
			type: 'TaskContributionNoted',
			userId: `u-${coordinator}`,
			unitId: coordinator,
			data: { unitId: coordinator, from: null, to: 'Đã cử cán bộ tham gia tổ biên tập' }
		});
		// the same note again changes nothing and writes nothing
		const before = await head();
		expect(await noteContribution(database, command({ unitId: coordinator }))).toEqual({
			ok: true,
			saved: false
		});
		expect(await head()).toBe(before);
	});

	it('refuses the lead unit, a viewer and an overlong note, and writes nothing', async () => {
		const { lead } = tasks[0]!;
		const before = await head();
		expect(await noteContribution(database, command({ unitId: lead }))).toEqual({
			ok: false,
			refused: 'rights',
			reason: 'not_coordinator'
		});
		expect(await noteContribution(database, command({ unitId: 'bct' }))).toEqual({
			ok: false,
			refused: 'rights',
			reason: 'viewer_read_only'
		});
		const long = 'x'.repeat(CONTRIBUTION_NOTE_DEFAULTS.maxLength + 1);
		expect(await noteContribution(database, command({ unitId: tasks[0]!.coordinator, note: long }))).toEqual({
			ok: false,
			refused: 'too_long'
		});
		expect(
			await noteContribution(database, command({ unitId: tasks[0]!.coordinator, taskId: 'nope' }))
		).toEqual({ ok: false, refused: 'not_found' });
		expect(await head()).toBe(before);
	});

	it('two units noting at once both land (the one that loses the race decides again)', async () => {
		const [first, second] = tasks as [(typeof tasks)[0], (typeof tasks)[0]];
		const results = await Promise.all([
			noteContribution(
				database,
				command({ unitId: second.coordinator, taskId: second.id, note: 'Ý kiến 1' })
			),
			noteContribution(database, command({ unitId: first.coordinator, taskId: first.id, note: 'Ý kiến 2' }))
		]);
		expect(results).toEqual([
			{ ok: true, saved: true },
			{ ok: true, saved: true }
		]);
		const notes = await planContributions(database.db, QB_PLAN);
		expect(notes[second.id]?.[second.coordinator]).toBe('Ý kiến 1');
		expect(notes[first.id]?.[first.coordinator]).toBe('Ý kiến 2');
	});

	it('an empty note clears it', async () => {
		const { coordinator, id } = tasks[0]!;
		expect(await noteContribution(database, command({ unitId: coordinator, note: '  ' }))).toEqual({
			ok: true,
			saved: true
		});
		expect((await planContributions(database.db, QB_PLAN))[id]?.[coordinator]).toBeUndefined();
	});
});
