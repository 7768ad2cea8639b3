import { isDomainError } from '@trienkhai/domain';
import { describe, expect, it } from 'vitest';
import { planHistory } from '../repositories/history.ts';
import { demoData } from '../seed/demo-data.ts';
import { testDatabaseKinds } from '../testing/test-databases.ts';
import { useDemoDatabase } from '../testing/demo-suite.ts';
import { executePlanCommand, executeTaskCommand } from './commands.ts';

const PLAN = 'plan-ubnd-qb-kl69';
const TASK = `${PLAN}/II.1.b`;

describe.each(testDatabaseKinds())('commands on %s', (kind) => {
	let lead: string;

	const demo = useDemoDatabase(kind, async ({ database }) => {
		const row = await database.db
			.selectFrom('tasks')
			.select('lead_unit_id')
			.where('id', '=', TASK)
			.executeTakeFirstOrThrow();
		lead = row.lead_unit_id!;
	});

	const at = () => new Date().toISOString();
	const actor = (unitId: string) => ({ userId: `u-${unitId}`, unitId });

	it('runs the task workflow: the lead accepts, reports progress and a result, the owner confirms', async () => {
		await executeTaskCommand(demo.store, PLAN, {
			type: 'AcceptTask',
			taskId: TASK,
			actor: actor(lead),
			at: at()
		});
		await executeTaskCommand(demo.store, PLAN, {
			type: 'UpdateTaskProgress',
			taskId: TASK,
			actor: actor(lead),
			at: at(),
			progress: 60,
			note: 'Đã hoàn thành dự thảo'
		});
		await executeTaskCommand(demo.store, PLAN, {
			type: 'ReportTaskResult',
			taskId: TASK,
			actor: actor(lead),
			at: at(),
			summary: 'Đã ban hành kế hoạch của sở'
		});
		await executeTaskCommand(demo.store, PLAN, {
			type: 'ConfirmTaskResult',
			taskId: TASK,
			actor: actor('ubnd-quang-binh'),
			at: at()
		});
		const row = await demo.db
			.selectFrom('tasks')
			.select(['status', 'progress', 'result_report'])
			.where('id', '=', TASK)
			.executeTakeFirstOrThrow();
		expect(row).toEqual({ status: 'done', progress: 100, result_report: 'Đã ban hành kế hoạch của sở' });
		const history = await planHistory(demo.db, PLAN, { taskId: TASK });
		expect(history.map((h) => [h.type, h.unitId])).toEqual([
			['TaskResultConfirmed', 'ubnd-quang-binh'],
			['TaskResultReported', lead],
			['TaskProgressUpdated', lead],
			['TaskStarted', lead],
			['TaskAccepted', lead],
			['TaskCreated', 'ubnd-quang-binh']
		]);
		expect(history[2]!.summary).toBe('Nhiệm vụ II.1.b: tiến độ 0% → 60%');
		expect(history[2]!.userName).toBe(demoData.units.find((u) => u.key === lead)!.displayName);
	});

	it('refuses a command from the wrong unit or in the wrong state, and writes nothing', async () => {
		const before = (await demo.store.head(PLAN)).eventSeq;
		const refused = async (promise: Promise<unknown>) => {
			const error = await promise.then(
				() => null,
				(e: unknown) => e
			);
			expect(isDomainError(error)).toBe(true);
			return (error as { code: string }).code;
		};
		const other = `${PLAN}/II.1.a.1`;
		expect(
			await refused(
				executeTaskCommand(demo.store, PLAN, {
					type: 'AcceptTask',
					taskId: other,
					actor: actor('bct'),
					at: at()
				})
			)
		).toBe('not_allowed');
		expect(
			await refused(
				executeTaskCommand(demo.store, PLAN, {
					type: 'AcceptTask',
					taskId: TASK,
					actor: actor(lead),
					at: at()
				})
			)
		).toBe('invalid_transition');
		expect(
			await refused(
				executePlanCommand(demo.store, {
					type: 'IssuePlan',
					planId: PLAN,
					actor: actor('ubnd-quang-binh'),
					at: at()
				})
			)
		).toBe('invalid_transition');
		expect((await demo.store.head(PLAN)).eventSeq).toBe(before);
	});

	it('amends an issued plan and issues the amendment', async () => {
		const owner = actor('ubnd-quang-binh');
		await executePlanCommand(demo.store, {
			type: 'StartAmendment',
			planId: PLAN,
			actor: owner,
			at: at(),
			reason: 'Bổ sung nhiệm vụ'
		});
		expect(
			(await demo.db.selectFrom('plans').select('status').where('id', '=', PLAN).executeTakeFirstOrThrow())
				.status
		).toBe('amending');
		await executePlanCommand(demo.store, {
			type: 'IssueAmendment',
			planId: PLAN,
			actor: owner,
			at: at()
		});
		const plan = await demo.db
			.selectFrom('plans')
			.select(['status', 'revision'])
			.where('id', '=', PLAN)
			.executeTakeFirstOrThrow();
		expect(plan).toEqual({ status: 'issued', revision: 2 });
		await expect(demo.store.verify(PLAN)).resolves.toMatchObject({ ok: true });
	});
	it('decides each command on the stream as stored: of ten raced amendments exactly one starts', async () => {
		const owner = actor('ubnd-quang-binh');
		const before = (await demo.store.head(PLAN)).eventSeq;
		const outcomes = await Promise.allSettled(
			Array.from({ length: 10 }, (_, i) =>
				executePlanCommand(demo.store, {
					type: 'StartAmendment',
					planId: PLAN,
					actor: owner,
					at: at(),
					reason: `Sửa lần ${i}`
				})
			)
		);
		expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
		for (const o of outcomes) {
			if (o.status === 'rejected') expect((o.reason as { code: string }).code).toBe('invalid_transition');
		}
		const events = await demo.store.readPlanEvents(PLAN, { fromSeq: before + 1 });
		expect(events.map((e) => e.type)).toEqual(['PlanAmendmentStarted']);
		await executePlanCommand(demo.store, { type: 'IssueAmendment', planId: PLAN, actor: owner, at: at() });
	});
});
