import { describe, expect, it } from 'vitest';
import { toEventInput } from '../log/event-record.ts';
import { PlanProjection } from '../log/plan-projection.ts';
import type { Actor } from '../plan/actor.ts';
import type { ContentEvent, PlanSectionEdited, TaskTextEdited } from '../plan/content.events.ts';
import { coalesceTextEdits } from './coalesce-text-edits.ts';
import { deriveContentEvents } from './derive-events.ts';
import { createPlanDocument, emptyPlanSnapshot } from './plan-document.ts';
import { randomEdit, randomSnapshot, seededRandom } from './random-plan.ts';
import { readPlanDocument } from './read-plan-document.ts';

const lan: Actor = { userId: 'lan', unitId: 'so-tttt' };
const minh: Actor = { userId: 'minh', unitId: 'so-khcn' };
const T0 = Date.parse('2026-01-05T01:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();

const typed = (actor: Actor, taskId: string, from: string, to: string, seconds: number): TaskTextEdited => ({
	type: 'TaskTextEdited',
	taskId,
	actor,
	at: at(seconds),
	data: { field: 'content', from, to }
});
const section = (actor: Actor, from: string, to: string, seconds: number): PlanSectionEdited => ({
	type: 'PlanSectionEdited',
	taskId: null,
	actor,
	at: at(seconds),
	data: { section: 'purpose', from, to }
});
const moved: ContentEvent = {
	type: 'TaskMoved',
	taskId: 't2',
	actor: minh,
	at: at(2),
	data: { fromGroupId: null, fromIndex: 0, toGroupId: null, toIndex: 1 }
};

describe('coalesceTextEdits', () => {
	it('merges one user typing in one task into one edit: first from, last to and at', () => {
		const events = [
			typed(lan, 't1', 'B', 'Bá', 1),
			typed(lan, 't1', 'Bá', 'Báo', 2),
			typed(lan, 't1', 'Báo', 'Báo cáo', 4)
		];
		expect(coalesceTextEdits(events, 5_000)).toEqual([typed(lan, 't1', 'B', 'Báo cáo', 4)]);
	});

	it('starts a new edit once the window from the first keystroke has passed', () => {
		const events = [
			typed(lan, 't1', '', 'a', 0),
			typed(lan, 't1', 'a', 'ab', 4),
			typed(lan, 't1', 'ab', 'abc', 6)
		];
		expect(coalesceTextEdits(events, 5_000)).toEqual([
			typed(lan, 't1', '', 'ab', 4),
			typed(lan, 't1', 'ab', 'abc', 6)
		]);
	});

	it('keeps users, tasks and sections apart, and other events in place', () => {
		const events = [
			typed(lan, 't1', '', 'a', 0),
			section(lan, '', 'M', 1),
			typed(minh, 't2', '', 'x', 1),
			moved,
			typed(lan, 't1', 'a', 'ab', 3),
			section(lan, 'M', 'Mục', 3)
		];
		expect(coalesceTextEdits(events, 5_000)).toEqual([
			typed(minh, 't2', '', 'x', 1),
			moved,
			typed(lan, 't1', '', 'ab', 3),
			section(lan, '', 'Mục', 3)
		]);
	});

	it('does not merge across another user editing the same text', () => {
		const events = [
			typed(lan, 't1', '', 'a', 0),
			typed(minh, 't1', 'a', 'ab', 1),
			typed(lan, 't1', 'ab', 'abc', 2)
		];
		expect(coalesceTextEdits(events, 5_000)).toEqual(events);
	});

	it('does not merge across the task being deleted and created again', () => {
		const deleted: ContentEvent = {
			type: 'TaskDeleted',
			taskId: 't1',
			actor: lan,
			at: at(1),
			data: { code: 'a' }
		};
		const events = [typed(lan, 't1', '', 'a', 0), deleted, typed(lan, 't1', 'a', 'ab', 2)];
		expect(coalesceTextEdits(events, 5_000)).toEqual(events);
	});

	it('drops a run that ends where it started', () => {
		const events = [typed(lan, 't1', 'a', 'ab', 0), typed(lan, 't1', 'ab', 'a', 1)];
		expect(coalesceTextEdits(events, 5_000)).toEqual([]);
	});

	it('gives the same projection as the events it merged, on random editing sessions', () => {
		const r = seededRandom(31);
		const users = [lan, minh];
		for (let round = 0; round < 60; round++) {
			const doc = createPlanDocument(randomSnapshot(r));
			const start = readPlanDocument(doc);
			let before = start;
			const events: ContentEvent[] = [];
			for (let step = 0; step < 12; step++) {
				randomEdit(r, doc);
				const after = readPlanDocument(doc);
				events.push(...deriveContentEvents(before, after, r.pick(users), at(step)));
				before = after;
			}
			const merged = coalesceTextEdits(events, r.pick([0, 3_000, 60_000]));
			expect(merged.length).toBeLessThanOrEqual(events.length);
			expect(project([...deriveContentEvents(emptyPlanSnapshot(), start, lan, at(0)), ...merged])).toEqual(
				project([...deriveContentEvents(emptyPlanSnapshot(), start, lan, at(0)), ...events])
			);
		}
	});
});

/** The groups and tasks a plan stream of these content events projects to (versions and times left out). */
function project(events: ContentEvent[]): unknown {
	const projection = new PlanProjection();
	const data = { title: 'Dự thảo', ownerUnitId: 'ubnd-tinh', implementsDirectiveIds: [] };
	projection.apply({
		...toEventInput({ type: 'PlanCreated', planId: 'p1', actor: lan, at: at(0), data }),
		planId: 'p1',
		seq: 0,
		updateSeq: null
	});
	events.forEach((e, seq) =>
		projection.apply({ ...toEventInput(e), planId: 'p1', seq: seq + 1, updateSeq: null })
	);
	const { plan, groups, tasks } = projection.state();
	return {
		texts: [plan?.title, plan?.purpose, plan?.organisation],
		groups,
		tasks: tasks.map(({ version: _v, updatedAt: _u, ...task }) => task)
	};
}
