import { describe, expect, it } from 'vitest';
import { normaliseEventData, toEventInput, type PlanStreamEvent } from '../log/event-record.ts';
import { PlanProjection, type PlanProjectionState } from '../log/plan-projection.ts';
import type { ContentEvent } from '../plan/content.events.ts';
import { parseDeadline } from '../plan/deadline.ts';
import { deriveContentEvents, sameJson } from './derive-events.ts';
import { createPlanDocument, emptyPlanSnapshot, type PlanDocumentSnapshot } from './plan-document.ts';
import { randomEdit, randomSnapshot, randomTaskFields, seededRandom } from './random-plan.ts';
import { readPlanDocument } from './read-plan-document.ts';

const actor = { userId: 'user-1', unitId: 'so-tttt' };
const AT = '2026-01-05T01:00:00.000Z';

/** A projection of a plan stream that has been created and holds `before`, ready to take more events. */
function projectionOf(before: PlanDocumentSnapshot): {
	projection: PlanProjection;
	apply: (e: ContentEvent[]) => void;
} {
	const projection = new PlanProjection();
	let seq = 0;
	const apply = (events: PlanStreamEvent[]): void => {
		for (const event of events) {
			const input = toEventInput(event);
			// as the log stores it: plain JSON
			projection.apply({
				...input,
				data: normaliseEventData(input.data),
				planId: 'p1',
				seq: ++seq,
				updateSeq: null
			});
		}
	};
	const data = { title: 'Dự thảo', ownerUnitId: 'ubnd-tinh', implementsDirectiveIds: [] };
	apply([{ type: 'PlanCreated', planId: 'p1', actor, at: AT, data }]);
	apply(deriveContentEvents(emptyPlanSnapshot('Dự thảo'), before, actor, AT));
	return { projection, apply };
}

/** What the projection says the document is, in the snapshot's shape. */
function asSnapshot(state: PlanProjectionState): PlanDocumentSnapshot {
	return {
		title: state.plan?.title ?? '',
		purpose: state.plan?.purpose ?? '',
		organisation: state.plan?.organisation ?? '',
		groups: state.groups.map(({ id, code, title }) => ({ id, code, title })),
		tasks: state.tasks.map((t) => ({
			id: t.id,
			groupId: t.groupId,
			index: t.position,
			code: t.code,
			content: t.content,
			leadUnitId: t.leadUnitId,
			coordinatorUnitIds: t.coordinatorUnitIds,
			deadline: t.deadline,
			output: t.output,
			difficulties: t.difficulties,
			extensionRequest: t.extensionRequest
		}))
	};
}

/** Asserts the round trip: events derived from before → after, projected onto before, give after. */
function expectRoundTrip(before: PlanDocumentSnapshot, after: PlanDocumentSnapshot): ContentEvent[] {
	const { projection, apply } = projectionOf(before);
	expect(asSnapshot(projection.state())).toEqual(before);
	const events = deriveContentEvents(before, after, actor, AT);
	apply(events);
	expect(asSnapshot(projection.state())).toEqual(after);
	return events;
}

const base: PlanDocumentSnapshot = readPlanDocument(
	createPlanDocument({
		title: 'Kế hoạch chuyển đổi số',
		purpose: 'Mục đích',
		organisation: 'Tổ chức thực hiện',
		groups: [
			{ id: 'g1', code: '1', title: 'Nhận thức' },
			{ id: 'g2', code: '2', title: 'Thể chế' },
			{ id: 'g3', code: '3', title: 'Hạ tầng' }
		],
		tasks: ['a', 'b', 'c', 'd', 'e'].map((id, index) => ({
			id,
			groupId: 'g1',
			index,
			code: id,
			content: `Nhiệm vụ ${id}`,
			leadUnitId: 'so-tttt',
			coordinatorUnitIds: [],
			deadline: null,
			output: null,
			difficulties: null,
			extensionRequest: null
		}))
	})
);

const edit = (
	snapshot: PlanDocumentSnapshot,
	change: (s: PlanDocumentSnapshot) => void
): PlanDocumentSnapshot => {
	const copy = structuredClone(snapshot);
	change(copy);
	// re-index as the reader would
	const counts = new Map<string | null, number>();
	const order = [...copy.groups.map((g) => g.id), null];
	copy.tasks.sort((x, y) => order.indexOf(x.groupId) - order.indexOf(y.groupId));
	for (const t of copy.tasks) {
		t.index = counts.get(t.groupId) ?? 0;
		counts.set(t.groupId, t.index + 1);
	}
	return copy;
};

describe('deriveContentEvents', () => {
	it('finds nothing between equal documents', () => {
		expect(deriveContentEvents(base, structuredClone(base), actor, AT)).toEqual([]);
	});

	it('reports a field change old → new, with who and when', () => {
		const deadline = parseDeadline('Quý II/2025');
		const after = edit(base, (s) => {
			s.tasks[1]!.deadline = deadline;
			s.tasks[1]!.coordinatorUnitIds = ['so-khcn'];
		});
		expect(expectRoundTrip(base, after)).toEqual([
			{
				type: 'TaskFieldChanged',
				taskId: 'b',
				actor,
				at: AT,
				data: { field: 'coordinatorUnitIds', from: [], to: ['so-khcn'] }
			},
			{
				type: 'TaskFieldChanged',
				taskId: 'b',
				actor,
				at: AT,
				data: { field: 'deadline', from: null, to: deadline }
			}
		]);
	});

	it('does not report a deadline whose keys are merely in another order', () => {
		const deadline = parseDeadline('Quý II/2025');
		const before = edit(base, (s) => (s.tasks[0]!.deadline = deadline));
		const reordered = Object.fromEntries(Object.entries(deadline).reverse()) as typeof deadline;
		expect(
			deriveContentEvents(
				before,
				edit(before, (s) => (s.tasks[0]!.deadline = reordered)),
				actor,
				AT
			)
		).toEqual([]);
	});

	it('reports text edits with the whole old and new text', () => {
		const after = edit(base, (s) => {
			s.tasks[0]!.content = 'Nhiệm vụ a, sửa';
			s.purpose = 'Mục đích, yêu cầu';
		});
		expect(expectRoundTrip(base, after).map((e) => [e.type, e.taskId, e.data])).toEqual([
			['PlanSectionEdited', null, { section: 'purpose', from: 'Mục đích', to: 'Mục đích, yêu cầu' }],
			['TaskTextEdited', 'a', { field: 'content', from: 'Nhiệm vụ a', to: 'Nhiệm vụ a, sửa' }]
		]);
	});

	it('moving one task to the front is one move, not one per task it passes', () => {
		const after = edit(base, (s) => s.tasks.unshift(s.tasks.pop()!));
		expect(expectRoundTrip(base, after).map((e) => [e.type, e.taskId, e.data])).toEqual([
			['TaskMoved', 'e', { fromGroupId: 'g1', fromIndex: 4, toGroupId: 'g1', toIndex: 0 }]
		]);
	});

	it('moving the first task to the end is one move too', () => {
		const after = edit(base, (s) => s.tasks.push(s.tasks.shift()!));
		expect(expectRoundTrip(base, after).map((e) => [e.type, e.taskId, e.data])).toEqual([
			['TaskMoved', 'a', { fromGroupId: 'g1', fromIndex: 0, toGroupId: 'g1', toIndex: 4 }]
		]);
	});

	it('reordering groups moves as few as it can', () => {
		const after = edit(base, (s) => s.groups.push(s.groups.shift()!));
		expect(expectRoundTrip(base, after).map((e) => [e.type, e.data])).toEqual([
			['TaskGroupMoved', { groupId: 'g1', from: 0, to: 2 }]
		]);
	});

	it('a task created among others carries its index within the group', () => {
		const after = edit(base, (s) =>
			s.tasks.splice(2, 0, { ...s.tasks[0]!, id: 'new', code: 'x', content: 'Mới', difficulties: 'Chưa có' })
		);
		const events = expectRoundTrip(base, after);
		expect(events.map((e) => [e.type, e.taskId])).toEqual([
			['TaskCreated', 'new'],
			['TaskFieldChanged', 'new']
		]);
		expect(events[0]?.data).toMatchObject({ groupId: 'g1', index: 2, content: 'Mới' });
	});

	it('creates a group before the tasks in it, and deletes one after its tasks have left', () => {
		const after = edit(base, (s) => {
			s.groups.splice(1, 1);
			s.groups.unshift({ id: 'g0', code: '0', title: 'Chung' });
			s.tasks[0]!.groupId = 'g0';
			s.tasks[1]!.groupId = null;
			s.tasks.splice(2, 1);
		});
		const before = edit(base, (s) => (s.tasks[4]!.groupId = 'g2'));
		const events = expectRoundTrip(before, after);
		const types = events.map((e) => `${e.type}:${e.taskId ?? (e.data as { groupId: string }).groupId}`);
		expect(types.indexOf('TaskGroupCreated:g0')).toBeLessThan(types.indexOf('TaskMoved:a'));
		expect(types.indexOf('TaskMoved:e')).toBeLessThan(types.indexOf('TaskGroupDeleted:g2'));
		expect(types).toContain('TaskDeleted:c');
		expect(types.at(-1)).toBe('TaskGroupDeleted:g2');
	});

	it('round-trips random pairs of plans through the projection', () => {
		const r = seededRandom(20260105);
		for (let i = 0; i < 500; i++) expectRoundTrip(randomSnapshot(r), randomSnapshot(r));
	});

	it('round-trips random plans against themselves lightly edited', () => {
		const r = seededRandom(99);
		for (let i = 0; i < 300; i++) {
			const before = randomSnapshot(r);
			const after = structuredClone(before);
			for (const task of after.tasks) if (r.chance(0.2)) Object.assign(task, randomTaskFields(r));
			if (r.chance(0.5)) after.groups.reverse();
			// tasks follow their groups: normalise through a document
			expectRoundTrip(before, readPlanDocument(createPlanDocument(after)));
		}
	});

	it('round-trips random sequences of client edits on a Y.Doc', () => {
		const r = seededRandom(7);
		for (let i = 0; i < 150; i++) {
			const doc = createPlanDocument(randomSnapshot(r));
			let before = readPlanDocument(doc);
			for (let step = 0; step < 6; step++) {
				for (let k = r.int(4); k >= 0; k--) randomEdit(r, doc);
				const after = readPlanDocument(doc);
				const events = expectRoundTrip(before, after);
				expect(events.length === 0).toBe(sameJson(before, after));
				before = after;
			}
		}
	});
});
