import { describe, it, expect } from 'vitest';
import {
	TASK_CONTENT_FIELDS,
	TASK_EXECUTION_FIELDS,
	can,
	isTaskContentField,
	isTaskExecutionField,
	rolesOnPlan,
	type DenyReason,
	type PlanAction,
	type TaskField
} from './rights.ts';
import type { PlanStatus } from '../plan/plan.ts';

// The Quảng Bình plan: UBND tỉnh owns it and invited Sở KH&CN and Sở Nội vụ to co-draft.
const OWNER = 'ubnd-tinh';
const CO_LEAD = 'so-khcn'; // co-drafter, leads task II.2.b
const CO_COORD = 'so-noi-vu'; // co-drafter, coordinates task II.2.b
const CO_OTHER = 'so-tai-chinh'; // co-drafter, not on task II.2.b
const LEAD = 'so-tttt'; // leads task II.1.b, not a co-drafter
const COORD = 'so-ngoai-vu'; // coordinates task II.1.b, not a co-drafter
const VIEWER = 'thanh-tra-tinh';

const plan = (status: PlanStatus) => ({
	status,
	ownerUnitId: OWNER,
	coDrafterUnitIds: [CO_LEAD, CO_COORD, CO_OTHER]
});
const taskII2b = { leadUnitId: CO_LEAD, coordinatorUnitIds: [CO_COORD] };
const taskII1b = { leadUnitId: LEAD, coordinatorUnitIds: [COORD] };
const field = (f: TaskField): PlanAction => ({ kind: 'editTaskField', field: f });

type Row = [
	who: string,
	status: PlanStatus,
	task: typeof taskII2b | undefined,
	action: PlanAction,
	expected: 'allow' | DenyReason,
	contributionUnitId?: string
];

const table: Record<string, Row[]> = {
	'owner: everything while draft or amending, issue, amend, review': [
		[OWNER, 'draft', undefined, { kind: 'editPlanContent' }, 'allow'],
		[OWNER, 'draft', undefined, { kind: 'createTask' }, 'allow'],
		[OWNER, 'draft', taskII2b, { kind: 'deleteTask' }, 'allow'],
		[OWNER, 'draft', taskII2b, field('content'), 'allow'],
		[OWNER, 'draft', taskII2b, field('leadUnitId'), 'allow'],
		[OWNER, 'draft', taskII2b, field('deadline'), 'allow'],
		[OWNER, 'amending', undefined, { kind: 'editPlanContent' }, 'allow'],
		[OWNER, 'amending', taskII2b, field('coordinatorUnitIds'), 'allow'],
		[OWNER, 'amending', undefined, { kind: 'createTask' }, 'allow'],
		[OWNER, 'draft', undefined, { kind: 'issuePlan' }, 'allow'],
		[OWNER, 'amending', undefined, { kind: 'issuePlan' }, 'allow'],
		[OWNER, 'issued', undefined, { kind: 'startAmendment' }, 'allow'],
		[OWNER, 'issued', taskII2b, { kind: 'confirmResult' }, 'allow'],
		[OWNER, 'issued', taskII2b, { kind: 'returnResult' }, 'allow'],
		[OWNER, 'issued', undefined, { kind: 'comment' }, 'allow']
	],
	'owner: limits': [
		[OWNER, 'issued', undefined, { kind: 'editPlanContent' }, 'plan_frozen'],
		[OWNER, 'issued', taskII2b, field('content'), 'plan_frozen'],
		[OWNER, 'issued', undefined, { kind: 'createTask' }, 'plan_frozen'],
		[OWNER, 'issued', taskII2b, { kind: 'deleteTask' }, 'plan_frozen'],
		[OWNER, 'issued', undefined, { kind: 'issuePlan' }, 'already_issued'],
		[OWNER, 'draft', undefined, { kind: 'startAmendment' }, 'not_issued'],
		[OWNER, 'amending', undefined, { kind: 'startAmendment' }, 'already_amending'],
		[OWNER, 'draft', taskII2b, { kind: 'confirmResult' }, 'not_issued'],
		[OWNER, 'issued', taskII2b, field('progress'), 'not_lead'],
		[OWNER, 'issued', taskII2b, field('status'), 'not_lead'],
		[OWNER, 'issued', taskII2b, field('contributionNote'), 'not_coordinator', CO_COORD]
	],
	'lead unit: its task execution fields after issue': [
		[CO_LEAD, 'issued', taskII2b, field('status'), 'allow'],
		[CO_LEAD, 'issued', taskII2b, field('progress'), 'allow'],
		[CO_LEAD, 'issued', taskII2b, field('resultReport'), 'allow'],
		[CO_LEAD, 'issued', taskII2b, field('difficulties'), 'allow'],
		[CO_LEAD, 'issued', taskII2b, field('extensionRequest'), 'allow'],
		[CO_LEAD, 'amending', taskII2b, field('progress'), 'allow'],
		[LEAD, 'issued', taskII1b, field('progress'), 'allow'],
		[LEAD, 'issued', taskII1b, { kind: 'comment' }, 'allow']
	],
	'lead unit: limits': [
		[LEAD, 'draft', taskII1b, field('progress'), 'not_issued'],
		[LEAD, 'issued', taskII1b, field('content'), 'plan_frozen'],
		[LEAD, 'issued', taskII1b, field('deadline'), 'plan_frozen'],
		[LEAD, 'draft', taskII1b, field('content'), 'not_owner'],
		[LEAD, 'issued', taskII2b, field('progress'), 'viewer_read_only'],
		[CO_LEAD, 'issued', taskII1b, field('progress'), 'not_lead'],
		[LEAD, 'issued', taskII1b, { kind: 'confirmResult' }, 'not_owner'],
		[LEAD, 'issued', taskII1b, { kind: 'returnResult' }, 'not_owner'],
		[LEAD, 'issued', taskII1b, field('contributionNote'), 'not_coordinator', LEAD]
	],
	'coordinating unit: its own contribution note': [
		[COORD, 'issued', taskII1b, field('contributionNote'), 'allow', COORD],
		[CO_COORD, 'issued', taskII2b, field('contributionNote'), 'allow', CO_COORD],
		[COORD, 'issued', taskII1b, field('contributionNote'), 'not_coordinator', 'so-khac'],
		[COORD, 'issued', taskII1b, field('contributionNote'), 'not_coordinator'],
		[COORD, 'draft', taskII1b, field('contributionNote'), 'not_issued', COORD],
		[COORD, 'issued', taskII1b, field('progress'), 'not_lead'],
		[COORD, 'issued', taskII1b, field('resultReport'), 'not_lead'],
		[COORD, 'issued', taskII1b, field('content'), 'plan_frozen']
	],
	'co-drafter: tasks it leads or coordinates while draft, comments anywhere': [
		[CO_LEAD, 'draft', taskII2b, field('content'), 'allow'],
		[CO_LEAD, 'draft', taskII2b, field('output'), 'allow'],
		[CO_LEAD, 'draft', taskII2b, field('deadline'), 'allow'],
		[CO_COORD, 'draft', taskII2b, field('content'), 'allow'],
		[CO_COORD, 'draft', taskII2b, field('code'), 'allow'],
		[CO_OTHER, 'draft', undefined, { kind: 'comment' }, 'allow'],
		[CO_OTHER, 'draft', taskII1b, { kind: 'comment' }, 'allow'],
		[CO_OTHER, 'issued', taskII1b, { kind: 'comment' }, 'allow']
	],
	'co-drafter: limits': [
		[CO_OTHER, 'draft', taskII2b, field('content'), 'not_on_task'],
		[CO_OTHER, 'draft', taskII1b, field('deadline'), 'not_on_task'],
		[CO_LEAD, 'draft', undefined, { kind: 'editPlanContent' }, 'not_owner'],
		[CO_LEAD, 'draft', undefined, { kind: 'createTask' }, 'not_owner'],
		[CO_LEAD, 'draft', taskII2b, { kind: 'deleteTask' }, 'not_owner'],
		[CO_LEAD, 'draft', undefined, { kind: 'issuePlan' }, 'not_owner'],
		[CO_LEAD, 'issued', undefined, { kind: 'startAmendment' }, 'not_owner'],
		[CO_LEAD, 'issued', taskII2b, field('content'), 'plan_frozen'],
		[CO_LEAD, 'amending', taskII2b, field('content'), 'not_draft'],
		[CO_LEAD, 'draft', undefined, field('content'), 'not_owner']
	],
	'viewer: read only': [
		[VIEWER, 'draft', undefined, { kind: 'comment' }, 'viewer_read_only'],
		[VIEWER, 'draft', undefined, { kind: 'editPlanContent' }, 'viewer_read_only'],
		[VIEWER, 'issued', taskII1b, field('progress'), 'viewer_read_only'],
		[VIEWER, 'issued', taskII1b, field('contributionNote'), 'viewer_read_only', VIEWER],
		[VIEWER, 'issued', undefined, { kind: 'confirmResult' }, 'viewer_read_only'],
		[VIEWER, 'draft', undefined, { kind: 'issuePlan' }, 'viewer_read_only'],
		[VIEWER, 'issued', undefined, { kind: 'startAmendment' }, 'viewer_read_only']
	]
};

describe('can (docs/rights.md)', () => {
	for (const [group, rows] of Object.entries(table)) {
		describe(group, () => {
			it.each(rows)(
				'%s on a %s plan, task %j, %j → %s',
				(unitId, status, task, action, expected, contributionUnitId) => {
					const decision = can({
						unitId,
						plan: plan(status),
						action,
						...(task === undefined ? {} : { task }),
						...(contributionUnitId === undefined ? {} : { contributionUnitId })
					});
					expect(decision).toEqual(
						expected === 'allow' ? { allowed: true } : { allowed: false, reason: expected }
					);
				}
			);
		});
	}

	it('freezes every content field for everyone once issued', () => {
		for (const unitId of [OWNER, CO_LEAD, CO_COORD, LEAD]) {
			for (const f of TASK_CONTENT_FIELDS) {
				const task = unitId === LEAD ? taskII1b : taskII2b;
				expect(can({ unitId, plan: plan('issued'), task, action: field(f) })).toEqual({
					allowed: false,
					reason: 'plan_frozen'
				});
			}
		}
	});

	it('gives every execution field to the lead unit only', () => {
		for (const f of TASK_EXECUTION_FIELDS) {
			for (const unitId of [OWNER, CO_COORD, CO_OTHER, LEAD, COORD]) {
				const decision = can({ unitId, plan: plan('issued'), task: taskII2b, action: field(f) });
				expect(decision.allowed).toBe(false);
			}
			expect(can({ unitId: CO_LEAD, plan: plan('issued'), task: taskII2b, action: field(f) })).toEqual({
				allowed: true
			});
		}
	});
});

describe('rolesOnPlan', () => {
	it('lists every role a unit holds', () => {
		expect(rolesOnPlan(OWNER, plan('draft'))).toEqual(['owner']);
		expect(rolesOnPlan(CO_LEAD, plan('draft'), taskII2b)).toEqual(['lead', 'co_drafter']);
		expect(rolesOnPlan(CO_COORD, plan('draft'), taskII2b)).toEqual(['coordinator', 'co_drafter']);
		expect(rolesOnPlan(LEAD, plan('draft'), taskII1b)).toEqual(['lead']);
		expect(rolesOnPlan(OWNER, plan('draft'), { leadUnitId: OWNER, coordinatorUnitIds: [] })).toEqual([
			'owner',
			'lead'
		]);
	});

	it('is viewer for everyone else', () => {
		expect(rolesOnPlan(VIEWER, plan('issued'), taskII1b)).toEqual(['viewer']);
		expect(rolesOnPlan(LEAD, plan('issued'))).toEqual(['viewer']);
	});
});

describe('field groups', () => {
	it('splits the task fields into content, execution and the contribution note', () => {
		const all: TaskField[] = [...TASK_CONTENT_FIELDS, ...TASK_EXECUTION_FIELDS, 'contributionNote'];
		expect(new Set(all).size).toBe(12);
		expect(all.filter(isTaskContentField)).toEqual([...TASK_CONTENT_FIELDS]);
		expect(all.filter(isTaskExecutionField)).toEqual([...TASK_EXECUTION_FIELDS]);
	});
});
