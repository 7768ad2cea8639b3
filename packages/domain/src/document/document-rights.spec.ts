import { describe, expect, it } from 'vitest';
import type { PlanStatus } from '../plan/plan.ts';
import { parseDeadline } from '../plan/deadline.ts';
import {
	checkDocumentChange,
	permissionDeniedEvents,
	type DocumentRightsContext
} from './document-rights.ts';
import {
	addGroup,
	addTask,
	deleteTask,
	moveTask,
	setGroupField,
	setPlanSection,
	setTaskContent,
	setTaskField
} from './edit-plan-document.ts';
import { createPlanDocument, type PlanDocumentSnapshot } from './plan-document.ts';
import { randomEdit, randomSnapshot, seededRandom } from './random-plan.ts';
import { readPlanDocument } from './read-plan-document.ts';
import type * as Y from 'yjs';

// The Quảng Bình plan: UBND tỉnh owns it and invited Sở KH&CN and Sở Nội vụ to co-draft.
const OWNER = 'ubnd-tinh';
const CO_LEAD = 'so-khcn'; // co-drafter, leads t1
const CO_COORD = 'so-noi-vu'; // co-drafter, coordinates t1
const CO_OTHER = 'so-tai-chinh'; // co-drafter, on no task
const LEAD = 'so-tttt'; // leads t2, not a co-drafter
const COORD = 'so-ngoai-vu'; // coordinates t2, not a co-drafter
const VIEWER = 'thanh-tra-tinh';

const empty = { difficulties: null, extensionRequest: null, output: null, deadline: null };
const start: PlanDocumentSnapshot = readPlanDocument(
	createPlanDocument({
		title: 'Kế hoạch triển khai Nghị quyết 57',
		purpose: 'Mục đích',
		organisation: 'Tổ chức thực hiện',
		groups: [{ id: 'g1', code: '1', title: 'Nhận thức' }],
		tasks: [
			{
				...empty,
				id: 't1',
				groupId: 'g1',
				index: 0,
				code: 'a',
				content: 'Xây dựng đề án',
				leadUnitId: CO_LEAD,
				coordinatorUnitIds: [CO_COORD]
			},
			{
				...empty,
				id: 't2',
				groupId: 'g1',
				index: 1,
				code: 'b',
				content: 'Tuyên truyền',
				leadUnitId: LEAD,
				coordinatorUnitIds: [COORD]
			}
		]
	})
);

const context = (unitId: string, status: PlanStatus): DocumentRightsContext => ({
	unitId,
	plan: { status, ownerUnitId: OWNER, coDrafterUnitIds: [CO_LEAD, CO_COORD, CO_OTHER] }
});

/** The rights answer for one unit making `change` to the plan in `status`. */
function check(unitId: string, status: PlanStatus, change: (doc: Y.Doc) => void) {
	const doc = createPlanDocument(start);
	change(doc);
	return checkDocumentChange(start, readPlanDocument(doc), context(unitId, status));
}

const editContent = (doc: Y.Doc) => setTaskContent(doc, 't1', 'Xây dựng và trình đề án');
const editSection = (doc: Y.Doc) => setPlanSection(doc, 'purpose', 'Mục đích, yêu cầu');
const addNewTask = (doc: Y.Doc) => addTask(doc, { id: 't3', groupId: 'g1', code: 'c', content: 'Mới' });
const reportDifficulty = (doc: Y.Doc) => setTaskField(doc, 't2', 'difficulties', 'Thiếu kinh phí');

describe('checkDocumentChange', () => {
	it('allows a change that changes nothing, even to a viewer of an issued plan', () => {
		expect(check(VIEWER, 'issued', () => undefined)).toEqual({ allowed: true });
	});

	describe('owner unit', () => {
		it('edits everything while draft', () => {
			for (const change of [editContent, editSection, addNewTask]) {
				expect(check(OWNER, 'draft', change)).toEqual({ allowed: true });
			}
			expect(check(OWNER, 'draft', (d) => deleteTask(d, 't2'))).toEqual({ allowed: true });
			expect(check(OWNER, 'draft', (d) => moveTask(d, 't2', null, 0))).toEqual({ allowed: true });
			expect(check(OWNER, 'draft', (d) => addGroup(d, { id: 'g2', code: '2', title: 'Thể chế' }))).toEqual({
				allowed: true
			});
			expect(
				check(OWNER, 'amending', (d) => setTaskField(d, 't1', 'deadline', parseDeadline('Năm 2026')))
			).toEqual({
				allowed: true
			});
		});

		it('edits nothing once issued, and is told each thing refused', () => {
			expect(
				check(OWNER, 'issued', (d) => {
					editSection(d);
					setGroupField(d, 'g1', 'title', 'Nâng cao nhận thức');
					editContent(d);
					addNewTask(d);
				})
			).toEqual({
				allowed: false,
				violations: [
					{ action: 'editPlanContent', taskId: null, field: 'purpose', reason: 'plan_frozen' },
					{ action: 'editPlanContent', taskId: null, field: null, reason: 'plan_frozen' },
					{ action: 'createTask', taskId: 't3', field: null, reason: 'plan_frozen' },
					{ action: 'editTaskField', taskId: 't1', field: 'content', reason: 'plan_frozen' }
				]
			});
		});

		it('does not fill in a lead unit’s difficulties', () => {
			expect(check(OWNER, 'issued', reportDifficulty)).toEqual({
				allowed: false,
				violations: [{ action: 'editTaskField', taskId: 't2', field: 'difficulties', reason: 'not_lead' }]
			});
		});
	});

	describe('lead unit', () => {
		it('fills in difficulties and an extension request after issue', () => {
			const change = (d: Y.Doc) => {
				reportDifficulty(d);
				setTaskField(d, 't2', 'extensionRequest', 'Xin gia hạn đến Quý IV/2025');
			};
			expect(check(LEAD, 'issued', change)).toEqual({ allowed: true });
		});

		it('does not report difficulties before the plan is issued', () => {
			expect(check(LEAD, 'draft', reportDifficulty)).toMatchObject({
				allowed: false,
				violations: [{ field: 'difficulties', reason: 'not_issued' }]
			});
		});

		it('does not touch the content of its own task, nor another task', () => {
			expect(check(LEAD, 'issued', (d) => setTaskContent(d, 't2', 'Khác'))).toMatchObject({
				violations: [{ action: 'editTaskField', taskId: 't2', field: 'content', reason: 'plan_frozen' }]
			});
			expect(
				check(LEAD, 'draft', (d) => setTaskField(d, 't2', 'deadline', parseDeadline('Năm 2025')))
			).toMatchObject({
				violations: [{ field: 'deadline', reason: 'not_owner' }]
			});
			// on another unit's task it holds no role at all
			expect(check(LEAD, 'issued', (d) => setTaskField(d, 't1', 'difficulties', 'x'))).toMatchObject({
				violations: [{ taskId: 't1', field: 'difficulties', reason: 'viewer_read_only' }]
			});
		});
	});

	describe('coordinating unit', () => {
		it('does not fill in the lead unit’s fields', () => {
			expect(check(COORD, 'issued', reportDifficulty)).toMatchObject({
				violations: [{ taskId: 't2', field: 'difficulties', reason: 'not_lead' }]
			});
		});
	});

	describe('co-drafting unit', () => {
		it('edits, while draft, the tasks it leads or coordinates', () => {
			expect(check(CO_LEAD, 'draft', editContent)).toEqual({ allowed: true });
			expect(check(CO_COORD, 'draft', editContent)).toEqual({ allowed: true });
			expect(check(CO_LEAD, 'draft', (d) => setTaskField(d, 't1', 'output', 'Đề án'))).toEqual({
				allowed: true
			});
		});

		it('does not edit tasks it is not on, the plan texts, or anything in an amendment', () => {
			expect(check(CO_OTHER, 'draft', editContent)).toMatchObject({
				violations: [{ reason: 'not_on_task' }]
			});
			expect(check(CO_LEAD, 'draft', (d) => setTaskContent(d, 't2', 'x'))).toMatchObject({
				violations: [{ taskId: 't2', reason: 'not_on_task' }]
			});
			expect(check(CO_LEAD, 'draft', editSection)).toMatchObject({ violations: [{ reason: 'not_owner' }] });
			expect(check(CO_LEAD, 'amending', editContent)).toMatchObject({
				violations: [{ reason: 'not_draft' }]
			});
		});

		it('does not create, delete or move tasks', () => {
			expect(check(CO_LEAD, 'draft', addNewTask)).toMatchObject({
				violations: [{ action: 'createTask', taskId: 't3', reason: 'not_owner' }]
			});
			expect(check(CO_LEAD, 'draft', (d) => deleteTask(d, 't1'))).toMatchObject({
				violations: [{ action: 'deleteTask', taskId: 't1', reason: 'not_owner' }]
			});
			expect(check(CO_LEAD, 'draft', (d) => moveTask(d, 't1', null, 0))).toMatchObject({
				violations: [{ action: 'moveTask', taskId: 't1', reason: 'not_owner' }]
			});
		});

		it('is judged on the task as it was: handing its task away is allowed, taking one over is not', () => {
			expect(check(CO_LEAD, 'draft', (d) => setTaskField(d, 't1', 'leadUnitId', CO_OTHER))).toEqual({
				allowed: true
			});
			expect(
				check(CO_OTHER, 'draft', (d) => {
					setTaskField(d, 't2', 'leadUnitId', CO_OTHER);
					setTaskContent(d, 't2', 'Chiếm');
				})
			).toEqual({
				allowed: false,
				violations: [
					{ action: 'editTaskField', taskId: 't2', field: 'content', reason: 'not_on_task' },
					{ action: 'editTaskField', taskId: 't2', field: 'leadUnitId', reason: 'not_on_task' }
				]
			});
		});
	});

	describe('viewer', () => {
		it('changes nothing in any state', () => {
			for (const status of ['draft', 'issued', 'amending'] as const) {
				for (const change of [editContent, editSection, addNewTask, reportDifficulty]) {
					expect(check(VIEWER, status, change)).toMatchObject({
						allowed: false,
						violations: [{ reason: 'viewer_read_only' }]
					});
				}
			}
		});
	});

	it('on random edits: the owner of a draft may make any change a viewer may make none of', () => {
		const r = seededRandom(5);
		for (let i = 0; i < 100; i++) {
			const doc = createPlanDocument(randomSnapshot(r));
			const before = readPlanDocument(doc);
			for (let k = 0; k < 3; k++) randomEdit(r, doc);
			const after = readPlanDocument(doc);
			// random tasks may carry difficulties; only a lead unit after issue may set those
			const plain = (s: PlanDocumentSnapshot) => ({
				...s,
				tasks: s.tasks.map((t) => ({ ...t, difficulties: null, extensionRequest: null }))
			});
			expect(checkDocumentChange(plain(before), plain(after), context(OWNER, 'draft'))).toEqual({
				allowed: true
			});
			const viewer = checkDocumentChange(before, after, context(VIEWER, 'draft'));
			expect(viewer.allowed).toBe(JSON.stringify(before) === JSON.stringify(after));
		}
	});

	it('turns violations into PermissionDenied events for the log', () => {
		const decision = check(CO_OTHER, 'draft', editContent);
		const actor = { userId: 'u-tc', unitId: CO_OTHER };
		expect(decision.allowed).toBe(false);
		if (decision.allowed) return;
		expect(permissionDeniedEvents(decision.violations, actor, '2026-01-05T01:00:00.000Z')).toEqual([
			{
				type: 'PermissionDenied',
				taskId: 't1',
				actor,
				at: '2026-01-05T01:00:00.000Z',
				data: { action: 'editTaskField', field: 'content', reason: 'not_on_task' }
			}
		]);
	});
});
