import { listNotifications, readWorkflowState, startNotifier } from '@trienkhai/db';
import { testDatabaseKinds } from '@trienkhai/db/testing';
import { useDemoDatabase } from '@trienkhai/db/testing/suite';
import { dateDeadline, type WorkflowCommand } from '@trienkhai/domain';
import { describe, expect, it } from 'vitest';
import { runWorkflow } from './run-workflow.ts';

const OWNER = 'ubnd-quang-binh';
const PLAN = 'p-workflow';
const T1 = `${PLAN}/1`;
const FINANCE = 'qb-so-tai-chinh';
const FRONT = 'qb-mttq';
const VIEWER = 'tu-quang-binh';
const base = { userId: `u-${OWNER}`, unitId: OWNER, occurredAt: '2026-12-01T01:00:00.000Z' };

const task = (code: string, lead: string, coordinators: string[]) => ({
	...base,
	taskId: `${PLAN}/${code}`,
	type: 'TaskCreated' as const,
	data: {
		groupId: null,
		index: Number(code) - 1,
		code,
		content: `Nhiệm vụ ${code}`,
		leadUnitId: lead,
		coordinatorUnitIds: coordinators,
		deadline: dateDeadline('2026-12-31'),
		output: 'Báo cáo'
	}
});

describe.each(testDatabaseKinds())('comments, suggestions and opinion rounds on %s', (kind) => {
	const demo = useDemoDatabase(kind, async ({ store }) => {
		await store.append({
			planId: PLAN,
			events: [
				{
					...base,
					taskId: null,
					type: 'PlanCreated',
					data: {
						title: 'Dự thảo xin ý kiến',
						ownerUnitId: OWNER,
						implementsDirectiveIds: [],
						documentId: null
					}
				},
				task('1', 'qb-so-khcn', ['qb-so-tttt']),
				task('2', 'qb-so-noi-vu', [])
			]
		});
	});
	const database = () => ({ db: demo.db, events: demo.store });
	const run = (unitId: string, command: Record<string, unknown> & { type: WorkflowCommand['type'] }) =>
		runWorkflow(database(), {
			planId: PLAN,
			actor: { userId: `u-${unitId}`, unitId },
			at: new Date().toISOString(),
			...command
		} as WorkflowCommand);

	it('a round, a comment, a suggestion accepted by the owner as its edit, opinions explained; each notified', async () => {
		const notifier = await startNotifier(demo.db, demo.store);
		try {
			expect(
				await run(FINANCE, {
					type: 'PostComment',
					commentId: 'c0',
					taskId: T1,
					section: null,
					text: 'x',
					mentionUnitIds: [],
					mentionUserIds: [],
					replyTo: null
				})
			).toMatchObject({ refused: 'rights' });
			expect(
				await run(OWNER, {
					type: 'RequestOpinions',
					roundId: 'r1',
					unitIds: [FINANCE, FRONT],
					dueOn: '2099-01-15',
					note: 'Đề nghị góp ý trước hạn'
				})
			).toEqual({ ok: true, written: 1 });
			expect(
				await run(VIEWER, {
					type: 'PostComment',
					commentId: 'c0',
					taskId: T1,
					section: null,
					text: 'x',
					mentionUnitIds: [],
					mentionUserIds: [],
					replyTo: null
				})
			).toEqual({ ok: false, refused: 'rights', reason: 'viewer_read_only' });
			expect(
				await run(FINANCE, {
					type: 'PostComment',
					commentId: 'c1',
					taskId: T1,
					section: null,
					text: 'Đề nghị Sở KH&CN làm rõ sản phẩm',
					mentionUnitIds: ['qb-so-khcn'],
					mentionUserIds: [],
					replyTo: null
				})
			).toEqual({ ok: true, written: 1 });
			const suggestion = {
				type: 'SuggestChange' as const,
				suggestionId: 's1',
				taskId: T1,
				field: 'deadline',
				to: dateDeadline('2027-03-31'),
				note: 'Cần thêm một quý'
			};
			expect(await run(FINANCE, suggestion)).toEqual({ ok: true, written: 1 });
			expect(await run(OWNER, { ...suggestion, suggestionId: 's2' })).toMatchObject({ reason: 'may_edit' });
			// a viewer cannot accept, nor the suggester
			expect(await run(VIEWER, { type: 'AcceptSuggestion', suggestionId: 's1' })).toMatchObject({
				refused: 'rights',
				reason: 'not_owner'
			});
			expect(await run(FINANCE, { type: 'AcceptSuggestion', suggestionId: 's1' })).toMatchObject({
				reason: 'not_owner'
			});
			expect(await run(OWNER, { type: 'AcceptSuggestion', suggestionId: 's1' })).toEqual({
				ok: true,
				written: 2
			});
			expect(await run(OWNER, { type: 'AcceptSuggestion', suggestionId: 's1' })).toEqual({
				ok: false,
				refused: 'already_decided'
			});
			const row = await demo.db
				.selectFrom('tasks')
				.select('deadline_due')
				.where('id', '=', T1)
				.executeTakeFirstOrThrow();
			expect(row.deadline_due).toBe('2027-03-31');
			const events = await demo.store.readPlanEvents(PLAN);
			const tail = events.slice(-2);
			expect(tail.map((e) => [e.type, e.unitId, e.updateSeq !== null])).toEqual([
				['SuggestionAccepted', OWNER, false],
				['TaskFieldChanged', OWNER, true]
			]);
			expect(tail[0]!.data).toMatchObject({ suggestedBy: { userId: `u-${FINANCE}`, unitId: FINANCE } });

			expect(
				await run(FRONT, {
					type: 'GiveOpinion',
					roundId: 'r1',
					opinionId: 'o1',
					taskId: null,
					stance: 'agree',
					text: ''
				})
			).toEqual({ ok: true, written: 1 });
			expect(
				await run(FINANCE, {
					type: 'GiveOpinion',
					roundId: 'r1',
					opinionId: 'o2',
					taskId: `${PLAN}/2`,
					stance: 'propose',
					text: 'Bỏ nhiệm vụ 2'
				})
			).toEqual({ ok: true, written: 1 });
			expect(
				await run(OWNER, {
					type: 'DecideOpinion',
					opinionId: 'o2',
					decision: 'explained',
					explanation: 'Nhiệm vụ 2 do Kết luận 69 yêu cầu'
				})
			).toEqual({ ok: true, written: 1 });
			const state = await readWorkflowState(demo.db, PLAN);
			expect(state.opinions.map((o) => [o.unitId, o.stance, o.decision?.kind ?? null])).toEqual([
				[FRONT, 'agree', null],
				[FINANCE, 'propose', 'explained']
			]);
			expect(state.suggestions[0]?.status).toBe('accepted');

			await notifier.catchUp();
			const kinds = async (unitId: string) =>
				(await listNotifications(demo.db, { userId: `u-${unitId}`, unitId })).map((n) => n.kind).sort();
			expect(await kinds(FINANCE)).toEqual(['opinion_decided', 'opinions_requested', 'suggestion_decided']);
			expect(await kinds(FRONT)).toEqual(['opinions_requested']);
			expect(await kinds('qb-so-khcn')).toEqual(['comment_mention']);
			expect(await kinds(OWNER)).toEqual(['opinion_given', 'opinion_given', 'suggestion_made']);
			// the person-addressed one is the suggester's alone
			expect(await listNotifications(demo.db, { userId: 'someone-else', unitId: FINANCE })).toHaveLength(2);
		} finally {
			await notifier.stop();
		}
	});
});
