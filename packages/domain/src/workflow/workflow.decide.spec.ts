import { describe, expect, it } from 'vitest';
import { dateDeadline } from '../plan/deadline.ts';
import {
	decideWorkflow,
	type WorkflowCommand,
	type WorkflowContext,
	type WorkflowTask
} from './workflow.decide.ts';
import type { WorkflowEvent } from './workflow.events.ts';
import { foldWorkflow, unitsOwingOpinions } from './workflow.state.ts';
import { notificationsFor, type NotifyLookup } from './notification-rules.ts';

const AT = '2026-12-07T03:00:00.000Z';
const plan = { status: 'draft' as const, ownerUnitId: 'owner', coDrafterUnitIds: ['codraft'] };
const task: WorkflowTask = {
	leadUnitId: 'lead',
	coordinatorUnitIds: ['coord'],
	content: 'Tuyên truyền Kết luận 69',
	deadline: dateDeadline('2026-12-31'),
	output: 'Báo cáo'
};
const UNITS = new Set(['owner', 'codraft', 'lead', 'coord', 'asked1', 'asked2', 'viewer']);

/** given(events) / when(command) / then(outcome) */
function given(events: WorkflowEvent[], status: 'draft' | 'issued' = 'draft') {
	const state = foldWorkflow(
		events.map((e) => ({
			type: e.type,
			taskId: e.taskId,
			data: e.data,
			userId: e.actor.userId,
			unitId: e.actor.unitId,
			occurredAt: e.at
		}))
	);
	const context: WorkflowContext = {
		plan: { ...plan, status },
		tasks: new Map([['t1', task]]),
		state,
		unitExists: (u) => UNITS.has(u),
		today: '2026-12-07'
	};
	return (command: Partial<WorkflowCommand> & Pick<WorkflowCommand, 'type'>, unitId = 'owner') =>
		decideWorkflow(
			{ planId: 'p', actor: { userId: `u-${unitId}`, unitId }, at: AT, ...command } as WorkflowCommand,
			context
		);
}
const events = (outcome: ReturnType<ReturnType<typeof given>>): WorkflowEvent[] => {
	if (!outcome.ok) throw new Error(JSON.stringify(outcome));
	return outcome.events;
};

const requestRound = given([])({
	type: 'RequestOpinions',
	roundId: 'r1',
	unitIds: ['asked1', 'asked2', 'owner'],
	dueOn: '2026-12-20',
	note: ''
});

describe('opinion rounds', () => {
	it('the owner asks two units (never itself); a past due date, no unit or another unit asking is refused', () => {
		expect(events(requestRound)[0]).toMatchObject({
			type: 'OpinionsRequested',
			data: { roundId: 'r1', unitIds: ['asked1', 'asked2'], dueOn: '2026-12-20', note: null }
		});
		const when = given([]);
		const base = { type: 'RequestOpinions' as const, roundId: 'r', note: '' };
		expect(when({ ...base, unitIds: ['asked1'], dueOn: '2026-12-01' })).toMatchObject({
			problem: 'bad_due_date'
		});
		expect(when({ ...base, unitIds: ['owner'], dueOn: '2026-12-20' })).toMatchObject({ problem: 'no_units' });
		expect(when({ ...base, unitIds: ['nope'], dueOn: '2026-12-20' })).toMatchObject({
			problem: 'unknown_unit'
		});
		expect(when({ ...base, unitIds: ['asked1'], dueOn: '2026-12-20' }, 'lead')).toMatchObject({
			reason: 'not_owner'
		});
		expect(given([], 'issued')({ ...base, unitIds: ['asked1'], dueOn: '2026-12-20' })).toMatchObject({
			reason: 'plan_frozen'
		});
	});

	it('asked units answer, others may not; reminders go to those who owe; the owner takes in or explains', () => {
		const round = events(requestRound);
		const agree = events(
			given(round)(
				{ type: 'GiveOpinion', roundId: 'r1', opinionId: 'o1', taskId: null, stance: 'agree', text: '' },
				'asked2'
			)
		);
		expect(
			given(round)(
				{ type: 'GiveOpinion', roundId: 'r1', opinionId: 'o2', taskId: 't1', stance: 'comment', text: 'x' },
				'lead'
			)
		).toMatchObject({ refused: 'rights', reason: 'not_asked' });
		expect(
			given(round)(
				{ type: 'GiveOpinion', roundId: 'r1', opinionId: 'o2', taskId: 't1', stance: 'propose', text: ' ' },
				'asked1'
			)
		).toMatchObject({ problem: 'empty_text' });
		const history = [...round, ...agree];
		expect(
			unitsOwingOpinions(
				foldWorkflow(
					history.map((e) => ({ ...e, userId: e.actor.userId, unitId: e.actor.unitId, occurredAt: e.at }))
				),
				'r1'
			)
		).toEqual(['asked1']);
		expect(events(given(history)({ type: 'RemindOpinions', roundId: 'r1' }))[0]?.data).toEqual({
			roundId: 'r1',
			unitIds: ['asked1']
		});
		const proposal = events(
			given(history)(
				{
					type: 'GiveOpinion',
					roundId: 'r1',
					opinionId: 'o2',
					taskId: 't1',
					stance: 'propose',
					text: 'Đề nghị lùi thời hạn'
				},
				'asked1'
			)
		);
		const all = [...history, ...proposal];
		expect(
			given(all)({ type: 'DecideOpinion', opinionId: 'o2', decision: 'explained', explanation: '' })
		).toMatchObject({ problem: 'empty_text' });
		expect(
			given(all)(
				{ type: 'DecideOpinion', opinionId: 'o2', decision: 'explained', explanation: 'Giữ hạn' },
				'asked1'
			)
		).toMatchObject({ reason: 'not_owner' });
		expect(
			events(
				given(all)({
					type: 'DecideOpinion',
					opinionId: 'o2',
					decision: 'explained',
					explanation: 'Giữ thời hạn vì Kết luận yêu cầu'
				})
			)[0]
		).toMatchObject({
			type: 'OpinionDecided',
			taskId: 't1',
			data: { unitId: 'asked1', decision: 'explained' }
		});
		expect(given(all)({ type: 'RemindOpinions', roundId: 'r1' })).toMatchObject({ problem: 'nothing_owed' });
	});
});

describe('comments and suggestions', () => {
	const round = events(requestRound);
	it('who may comment: owner, co-drafter, the task units, asked units; not a viewer', () => {
		const post = {
			type: 'PostComment' as const,
			commentId: 'c1',
			taskId: 't1',
			section: null,
			text: 'Cần rõ sản phẩm',
			mentionUnitIds: ['lead'],
			mentionUserIds: [],
			replyTo: null
		};
		for (const unit of ['owner', 'codraft', 'lead', 'coord', 'asked1'])
			expect(given(round)(post, unit).ok).toBe(true);
		expect(given(round)(post, 'viewer')).toMatchObject({ refused: 'rights', reason: 'viewer_read_only' });
		expect(given([])(post, 'asked1')).toMatchObject({ reason: 'viewer_read_only' });
		expect(given(round)({ ...post, mentionUnitIds: ['ghost'] })).toMatchObject({ problem: 'unknown_unit' });
	});

	it('a comment thread is resolved and reopened', () => {
		const posted = events(
			given(round)(
				{
					type: 'PostComment',
					commentId: 'c1',
					taskId: null,
					section: 'purpose',
					text: 'Mục đích chưa rõ',
					mentionUnitIds: [],
					mentionUserIds: [],
					replyTo: null
				},
				'asked1'
			)
		);
		const resolved = events(given([...round, ...posted])({ type: 'ResolveComment', commentId: 'c1' }));
		expect(resolved[0]?.type).toBe('CommentResolved');
		expect(given([...round, ...posted, ...resolved])({ type: 'ResolveComment', commentId: 'c1' })).toEqual({
			ok: true,
			events: []
		});
		expect(
			events(given([...round, ...posted, ...resolved])({ type: 'ReopenComment', commentId: 'c1' }))[0]?.type
		).toBe('CommentReopened');
		expect(given([...round, ...posted])({ type: 'ResolveComment', commentId: 'c1' }, 'viewer')).toMatchObject(
			{
				reason: 'viewer_read_only'
			}
		);
	});

	it('a unit that may not edit suggests; one that may edit is told to edit; a viewer cannot; nor when issued', () => {
		const suggest = {
			type: 'SuggestChange' as const,
			suggestionId: 's1',
			taskId: 't1',
			field: 'deadline' as const,
			to: dateDeadline('2027-03-31'),
			note: 'Cần thêm thời gian'
		};
		expect(events(given(round)(suggest, 'asked1'))[0]).toMatchObject({
			type: 'ChangeSuggested',
			data: { field: 'deadline', from: task.deadline, to: dateDeadline('2027-03-31') }
		});
		expect(given(round)(suggest, 'lead').ok).toBe(true); // the lead of a draft task that is no co-drafter
		expect(given(round)(suggest, 'owner')).toMatchObject({ reason: 'may_edit' });
		// a co-drafter that neither leads nor coordinates the task may not edit it: it suggests
		expect(given(round)(suggest, 'codraft').ok).toBe(true);
		expect(given(round)(suggest, 'viewer')).toMatchObject({ reason: 'viewer_read_only' });
		expect(given(round, 'issued')(suggest, 'asked1')).toMatchObject({ reason: 'plan_frozen' });
		expect(given(round)({ ...suggest, to: task.deadline }, 'asked1')).toMatchObject({ problem: 'unchanged' });
		expect(given(round)({ ...suggest, field: 'leadUnitId', to: 'ghost' }, 'asked1')).toMatchObject({
			problem: 'unknown_unit'
		});
	});

	it('only the owner accepts or rejects, once; the acceptance names the suggester', () => {
		const made = events(
			given(round)(
				{ type: 'SuggestChange', suggestionId: 's1', taskId: 't1', field: 'output', to: 'Đề án', note: '' },
				'asked1'
			)
		);
		const history = [...round, ...made];
		expect(given(history)({ type: 'AcceptSuggestion', suggestionId: 's1' }, 'viewer')).toMatchObject({
			reason: 'not_owner'
		});
		expect(given(history)({ type: 'AcceptSuggestion', suggestionId: 's1' }, 'asked1')).toMatchObject({
			reason: 'not_owner'
		});
		const accepted = events(given(history)({ type: 'AcceptSuggestion', suggestionId: 's1' }));
		expect(accepted[0]).toMatchObject({
			type: 'SuggestionAccepted',
			actor: { unitId: 'owner' },
			data: { suggestedBy: { userId: 'u-asked1', unitId: 'asked1' }, field: 'output', to: 'Đề án' }
		});
		expect(
			given([...history, ...accepted])({ type: 'RejectSuggestion', suggestionId: 's1', reason: 'x' })
		).toMatchObject({ refused: 'already_decided' });
		expect(given(history)({ type: 'RejectSuggestion', suggestionId: 's1', reason: '' })).toMatchObject({
			problem: 'empty_text'
		});
	});
});

describe('notification rules', () => {
	const lookup: NotifyLookup = {
		ownerUnitId: 'owner',
		task: (id) => (id === 't1' ? task : null),
		assignedUnitIds: () => ['lead', 'coord'],
		commentAuthor: (id) => (id === 'c1' ? { userId: 'u-lead', unitId: 'lead' } : null)
	};
	const record = (type: string, data: unknown, unitId = 'owner', taskId: string | null = 't1') => ({
		type,
		taskId,
		data,
		userId: `u-${unitId}`,
		unitId,
		occurredAt: AT
	});

	it('the office workflow: the signer, the drafting unit, the recipients and the assigned person hear of it', () => {
		expect(
			notificationsFor(
				record('PlanSubmittedForSignature', { signerUserId: 'u-signer' }, 'owner', null),
				lookup
			)
		).toEqual([{ key: 'signature_requested', recipients: { unitIds: [], userIds: ['u-signer'] } }]);
		expect(
			notificationsFor(record('PlanReturnedForRevision', { reason: 'x' }, 'signer', null), lookup)
		).toEqual([{ key: 'signature_returned', recipients: { unitIds: ['owner'], userIds: [] } }]);
		const issued = record(
			'PlanIssued',
			{ issue: { recipients: [{ unitId: 'r1' }, { unitId: 'r2' }] } },
			'owner',
			null
		);
		expect(notificationsFor(issued, lookup).find((n) => n.key === 'document_received')?.recipients).toEqual({
			unitIds: ['r1', 'r2'],
			userIds: []
		});
		expect(notificationsFor(record('PlanReceived', { unitId: 'r1' }, 'r1', null), lookup)[0]?.key).toBe(
			'receipt_confirmed'
		);
		expect(
			notificationsFor(record('PlanReceiptAssigned', { unitId: 'r1', userId: 'u-clerk' }, 'r1', null), lookup)
		).toEqual([{ key: 'receipt_assigned', recipients: { unitIds: [], userIds: ['u-clerk'] } }]);
	});

	it('a merge of units tells the successor, once per plan', () => {
		const merged = record(
			'UnitsMerged',
			{ dissolved: [{ unitId: 'old', name: 'Sở cũ' }], successor: { unitId: 'new', name: 'Sở mới' } },
			'admin',
			null
		);
		expect(notificationsFor(merged, lookup)).toEqual([
			{ key: 'units_merged', recipients: { unitIds: ['new'], userIds: [] } }
		]);
	});

	it('each workflow event reaches the right units and people, never the actor', () => {
		expect(notificationsFor(record('OpinionsRequested', { unitIds: ['asked1', 'asked2'] }), lookup)).toEqual([
			{ key: 'opinions_requested', recipients: { unitIds: ['asked1', 'asked2'], userIds: [] } }
		]);
		expect(notificationsFor(record('PlanIssued', {}), lookup)[0]?.recipients.unitIds).toEqual([
			'lead',
			'coord'
		]);
		expect(notificationsFor(record('TaskResultReported', {}, 'lead'), lookup)[0]?.recipients.unitIds).toEqual(
			['owner']
		);
		expect(notificationsFor(record('TaskResultReturned', {}), lookup)[0]).toMatchObject({
			key: 'result_returned',
			recipients: { unitIds: ['lead'] }
		});
		expect(
			notificationsFor(
				record('TaskFieldChanged', { field: 'coordinatorUnitIds', from: ['coord'], to: ['coord', 'asked1'] }),
				lookup
			)
		).toEqual([{ key: 'assigned_coordinator', recipients: { unitIds: ['asked1'], userIds: [] } }]);
		expect(
			notificationsFor(
				record(
					'CommentPosted',
					{ mentionUnitIds: ['lead', 'owner'], mentionUserIds: [], replyTo: 'c1' },
					'owner'
				),
				lookup
			)
		).toEqual([
			{ key: 'comment_mention', recipients: { unitIds: ['lead'], userIds: [] } },
			{ key: 'comment_reply', recipients: { unitIds: [], userIds: ['u-lead'] } }
		]);
		expect(
			notificationsFor(
				record('SuggestionAccepted', { suggestedBy: { userId: 'u-asked1', unitId: 'asked1' } }),
				lookup
			)[0]
		).toMatchObject({ key: 'suggestion_decided', recipients: { userIds: ['u-asked1'] } });
		expect(notificationsFor(record('TaskTextEdited', {}), lookup)).toEqual([]);
	});
});
