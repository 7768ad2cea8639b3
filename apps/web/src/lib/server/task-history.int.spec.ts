import { executeTaskCommand, prepareDatabase, type PreparedDatabase } from '@trienkhai/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taskHistory } from './task-history.ts';

const QB_PLAN = 'plan-ubnd-qb-kl69';

describe('a task history on the embedded database', () => {
	let database: PreparedDatabase;

	beforeAll(async () => {
		database = await prepareDatabase({ kind: 'pglite', dataDir: null }, { demo: true });
	});

	afterAll(async () => {
		await database?.close();
	});

	it("holds the task's own events and the plan's issue, newest first, each with its person and unit", async () => {
		const task = await database.db
			.selectFrom('tasks')
			.select(['id', 'lead_unit_id'])
			.where('plan_id', '=', QB_PLAN)
			.where('lead_unit_id', 'is not', null)
			.orderBy('position')
			.executeTakeFirstOrThrow();
		const lead = task.lead_unit_id!;
		await executeTaskCommand(database.events, QB_PLAN, {
			type: 'AcceptTask',
			taskId: task.id,
			actor: { userId: `u-${lead}`, unitId: lead },
			at: '2026-11-20T09:00:00+07:00'
		});
		const entries = await taskHistory(database.db, QB_PLAN, task.id, false);
		const types = entries.map((e) => e.type);
		expect(types[0]).toBe('TaskAccepted');
		expect(types).toContain('PlanIssued');
		expect(types.indexOf('PlanIssued')).toBeLessThan(types.indexOf('TaskCreated'));
		expect(entries.every((e, i) => i === 0 || entries[i - 1]!.seq > e.seq)).toBe(true);
		// another task's events stay out
		expect(entries.every((e) => e.taskId === task.id || e.taskId === null)).toBe(true);
		expect(entries.find((e) => e.type === 'TaskAccepted')).toMatchObject({
			unitId: lead,
			userId: `u-${lead}`
		});
		expect(entries.find((e) => e.type === 'PlanIssued')).toMatchObject({
			unitId: 'ubnd-quang-binh',
			summary: 'Ban hành kế hoạch (đã ban hành)'
		});
	});
});
