import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ContentEvent } from '../plan/content.events.ts';
import { parseDeadline } from '../plan/deadline.ts';
import { deriveContentEvents, sameJson } from './derive-events.ts';
import {
	addGroup,
	addTask,
	deleteGroup,
	deleteTask,
	moveGroup,
	moveTask,
	setGroupField,
	setPlanSection,
	setTaskContent,
	setTaskField,
	taskContentText
} from './edit-plan-document.ts';
import {
	createPlanDocument,
	planDocumentRoots,
	type PlanDocumentSnapshot,
	type PlanDocumentTask
} from './plan-document.ts';
import { randomEdit, randomSnapshot, seededRandom } from './random-plan.ts';
import { randomRawEdit } from './random-raw-edit.ts';
import { readPlanDocument } from './read-plan-document.ts';
import { applyContentEvents, hasPendingUpdates, restoreDocument } from './restore-document.ts';

const actor = { userId: 'u1', unitId: 'so-tttt' };
const AT = '2026-01-05T01:00:00.000Z';
const MARKER = 'ZZ-REFUSED-ZZ';

const task = (t: Pick<PlanDocumentTask, 'id' | 'groupId' | 'index'> & Partial<PlanDocumentTask>) => ({
	code: '',
	content: '',
	leadUnitId: null,
	coordinatorUnitIds: [],
	deadline: null,
	output: null,
	difficulties: null,
	extensionRequest: null,
	...t
});

const plan: PlanDocumentSnapshot = {
	title: 'Kế hoạch triển khai Nghị quyết số 57-NQ/TW',
	purpose: 'Quán triệt sâu sắc, đầy đủ nội dung Nghị quyết.',
	organisation: 'Sở Khoa học và Công nghệ chủ trì theo dõi, đôn đốc.',
	groups: [
		{ id: 'g1', code: '1', title: 'Nâng cao nhận thức' },
		{ id: 'g2', code: '2', title: 'Hoàn thiện thể chế' }
	],
	tasks: [
		task({
			id: 't1',
			groupId: 'g1',
			index: 0,
			code: 'a',
			content: 'Tổ chức quán triệt Nghị quyết',
			leadUnitId: 'so-tttt',
			coordinatorUnitIds: ['so-noi-vu'],
			deadline: parseDeadline('Quý II/2025'),
			output: 'Báo cáo'
		}),
		task({ id: 't2', groupId: 'g1', index: 1, code: 'b', content: 'Tuyên truyền', leadUnitId: 'so-khcn' }),
		task({ id: 't3', groupId: 'g2', index: 0, code: 'a', content: 'Rà soát văn bản', leadUnitId: 'so-tttt' }),
		task({ id: 't4', groupId: null, index: 0, code: '3', content: 'Kiểm tra, giám sát' })
	]
};

/** A new doc holding the whole state of another (as a peer that has synced). */
function copyOf(doc: Y.Doc, options?: ConstructorParameters<typeof Y.Doc>[0]): Y.Doc {
	const copy = new Y.Doc(options);
	Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
	return copy;
}

/** What `from` has that `to` lacks. */
const diffOf = (from: Y.Doc, to: Y.Doc): Uint8Array => Y.encodeStateAsUpdate(from, Y.encodeStateVector(to));

const holds = (bytes: Uint8Array, text: string): boolean => Buffer.from(bytes).includes(text);

/**
 * What the sync server does with an update it refuses: applies it to a shadow copy of its main doc,
 * restores the shadow to main's snapshot, and returns the diff to apply to main and send to every client.
 */
function refuse(main: Y.Doc, update: Uint8Array): Uint8Array {
	const shadow = copyOf(main);
	const before = readPlanDocument(shadow);
	Y.applyUpdate(shadow, update, 'client');
	expect(hasPendingUpdates(shadow)).toBe(false);
	restoreDocument(shadow, before, 'compensation');
	expect(readPlanDocument(shadow)).toEqual(before);
	return diffOf(shadow, main);
}

/** The update a peer's edit makes. */
function updateOf(doc: Y.Doc, edit: () => void): Uint8Array {
	const updates: Uint8Array[] = [];
	const listen = (update: Uint8Array): number => updates.push(update);
	doc.on('update', listen);
	edit();
	doc.off('update', listen);
	return Y.mergeUpdates(updates);
}

describe('applyContentEvents', () => {
	it('makes the edits that derived events describe, in one transaction', () => {
		const doc = createPlanDocument(plan);
		const before = readPlanDocument(doc);
		const edited = createPlanDocument(plan);
		addGroup(edited, { id: 'g0', code: '0', title: 'Chung' }, 0);
		moveTask(edited, 't4', 'g0', 0);
		addTask(edited, { id: 't5', groupId: 'g2', code: 'b', content: 'Mới', difficulties: 'Khó' }, 0);
		deleteTask(edited, 't2');
		setTaskField(edited, 't1', 'deadline', parseDeadline('Năm 2026'));
		setTaskContent(edited, 't3', 'Rà soát, sửa đổi văn bản');
		setPlanSection(edited, 'purpose', 'Mục đích mới');
		setGroupField(edited, 'g1', 'title', 'Nhận thức số');
		moveGroup(edited, 'g2', 0);
		const after = readPlanDocument(edited);

		const origins: unknown[] = [];
		doc.on('update', (_update: Uint8Array, origin: unknown) => origins.push(origin));
		applyContentEvents(doc, deriveContentEvents(before, after, actor, AT), 'replay');
		expect(readPlanDocument(doc)).toEqual(after);
		expect(origins).toEqual(['replay']);
	});

	it('changes nothing for events that are not document edits', () => {
		const doc = createPlanDocument(plan);
		let updates = 0;
		doc.on('update', () => updates++);
		const denied: ContentEvent = {
			type: 'PermissionDenied',
			taskId: 't1',
			actor,
			at: AT,
			data: { action: 'editTaskField', field: 'leadUnitId', reason: 'not_owner' }
		};
		const noted: ContentEvent = {
			type: 'TaskContributionNoted',
			taskId: 't1',
			actor,
			at: AT,
			data: { unitId: 'so-noi-vu', from: null, to: 'Đã phối hợp' }
		};
		applyContentEvents(doc, [denied, noted]);
		expect(updates).toBe(0);
		expect(readPlanDocument(doc)).toEqual(readPlanDocument(createPlanDocument(plan)));
	});

	it('places by the order as read, whatever stale or duplicate ids the order array holds', () => {
		const doc = createPlanDocument(plan);
		const { taskOrder } = planDocumentRoots(doc);
		const g1 = taskOrder.get('g1') as Y.Array<unknown>;
		g1.insert(0, ['t-gone', 't2', 7]); // t2 is read first now, its later entry ignored
		const before = readPlanDocument(doc);
		expect(before.tasks.filter((t) => t.groupId === 'g1').map((t) => t.id)).toEqual(['t2', 't1']);
		const move: ContentEvent = {
			type: 'TaskMoved',
			taskId: 't4',
			actor,
			at: AT,
			data: { fromGroupId: null, fromIndex: 0, toGroupId: 'g1', toIndex: 1 }
		};
		applyContentEvents(doc, [move]);
		const ids = readPlanDocument(doc).tasks.filter((t) => t.groupId === 'g1');
		expect(ids.map((t) => [t.id, t.index])).toEqual([
			['t2', 0],
			['t4', 1],
			['t1', 2]
		]);
	});

	it('turns random plans into one another on a Y.Doc in one pass', () => {
		const r = seededRandom(5);
		for (let i = 0; i < 300; i++) {
			const doc = createPlanDocument(randomSnapshot(r));
			const before = readPlanDocument(doc);
			const after = readPlanDocument(createPlanDocument(randomSnapshot(r)));
			applyContentEvents(doc, deriveContentEvents(before, after, actor, AT));
			expect(readPlanDocument(doc)).toEqual(after);
		}
	});
});

describe('restoreDocument', () => {
	it('does nothing to a document already at the target', () => {
		const doc = createPlanDocument(plan);
		let updates = 0;
		doc.on('update', () => updates++);
		expect(restoreDocument(doc, readPlanDocument(doc))).toBe(false);
		expect(updates).toBe(0);
	});

	it('undoes edits of every kind, touching only what changed', () => {
		const doc = createPlanDocument(plan);
		const target = readPlanDocument(doc);
		const { tasks } = planDocumentRoots(doc);
		const untouched = tasks.get('t3') as Y.Map<unknown>;
		const untouchedText = untouched.get('content');
		deleteGroup(doc, 'g1');
		addTask(doc, { id: 't9', groupId: 'g2', code: 'x', content: 'Thêm' }, 0);
		moveTask(doc, 't4', 'g2', 2);
		setTaskField(doc, 't3', 'output', 'Quyết định');
		setPlanSection(doc, 'title', 'Tên khác');

		expect(restoreDocument(doc, target, 'restore')).toBe(true);
		expect(readPlanDocument(doc)).toEqual(target);
		expect(tasks.get('t3')).toBe(untouched);
		expect(untouched.get('content')).toBe(untouchedText);
	});

	it('keeps the unchanged part of an edited text, so typing there merges', () => {
		const doc = createPlanDocument(plan);
		const peer = copyOf(doc);
		const target = readPlanDocument(doc);
		setTaskContent(doc, 't1', `Tổ chức quán triệt Nghị quyết ${MARKER}`);
		restoreDocument(doc, target);
		// the peer typed at the start meanwhile, knowing nothing of the edit and its undoing
		taskContentText(peer, 't1')!.insert(0, 'Khẩn: ');
		Y.applyUpdate(peer, diffOf(doc, peer));
		Y.applyUpdate(doc, diffOf(peer, doc));
		expect(taskContentText(doc, 't1')?.toJSON()).toBe('Khẩn: Tổ chức quán triệt Nghị quyết');
		expect(readPlanDocument(peer)).toEqual(readPlanDocument(doc));
	});

	it('restores random plans edited by the helpers and by raw Yjs edits', () => {
		const r = seededRandom(20260105);
		let restored = 0;
		for (let i = 0; i < 400; i++) {
			const doc = createPlanDocument(randomSnapshot(r));
			// half the time the document starts out bent already, as concurrent or older clients leave it
			if (r.chance(0.5)) for (let k = r.int(4); k >= 0; k--) randomRawEdit(r, doc);
			const target = readPlanDocument(doc);
			for (let k = r.int(8); k >= 0; k--) {
				if (r.chance(0.6)) randomEdit(r, doc);
				else randomRawEdit(r, doc);
			}
			const changed = !sameJson(readPlanDocument(doc), target);
			expect(restoreDocument(doc, target)).toBe(changed);
			expect(readPlanDocument(doc)).toEqual(target);
			if (changed) restored++;
		}
		expect(restored).toBeGreaterThan(300);
	});

	it('restores a plan to an unrelated one', () => {
		const r = seededRandom(11);
		for (let i = 0; i < 200; i++) {
			const doc = createPlanDocument(randomSnapshot(r));
			for (let k = r.int(3); k >= 0; k--) randomRawEdit(r, doc);
			const target = readPlanDocument(createPlanDocument(randomSnapshot(r)));
			restoreDocument(doc, target);
			expect(readPlanDocument(doc)).toEqual(target);
		}
	});
});

describe('refused updates on the sync server', () => {
	/** Peer 1's refused change: a lead unit, typing in another task, a new task, a deleted one. */
	function refusedChange(peer: Y.Doc): Uint8Array {
		return updateOf(peer, () => {
			setTaskField(peer, 't1', 'leadUnitId', 'cong-an-tinh');
			taskContentText(peer, 't2')!.insert(4, `${MARKER} `);
			addTask(peer, { id: 't8', groupId: 'g1', code: 'c', content: `Nhiệm vụ ${MARKER}`, output: MARKER });
			deleteTask(peer, 't4');
			setTaskField(peer, 't3', 'difficulties', MARKER);
		});
	}

	it('brings the server and the author back to the state before, and no refused text persists', () => {
		const main = createPlanDocument(plan);
		const S = readPlanDocument(main);
		const peer1 = copyOf(main);
		const diff = refuse(main, refusedChange(peer1));
		expect(holds(diff, MARKER)).toBe(false);

		Y.applyUpdate(main, diff, 'compensation');
		Y.applyUpdate(peer1, diff, 'server');
		expect(readPlanDocument(main)).toEqual(S);
		expect(readPlanDocument(peer1)).toEqual(S);
		// nothing of it in either document's whole state either: the author's copy is collected too
		expect(holds(Y.encodeStateAsUpdate(main), MARKER)).toBe(false);
		expect(holds(Y.encodeStateAsUpdate(peer1), MARKER)).toBe(false);
		// the author is in step: its next, allowed, edit integrates on the server without gaps
		expect(Y.encodeStateVector(peer1)).toEqual(Y.encodeStateVector(main));
		const next = updateOf(peer1, () => setTaskField(peer1, 't1', 'difficulties', 'Chậm kinh phí'));
		Y.applyUpdate(main, next);
		expect(hasPendingUpdates(main)).toBe(false);
		expect(readPlanDocument(main)).toEqual(readPlanDocument(peer1));
	});

	it('leaks refused text when the diff is encoded before the restoring transaction ends, or without gc', () => {
		const main = createPlanDocument(plan);
		const peer1 = copyOf(main);
		const typed = updateOf(peer1, () => taskContentText(peer1, 't2')!.insert(4, MARKER));

		// gc runs when the transaction that deleted the items ends: encoded inside it, the text is still there
		const shadow = copyOf(main);
		const before = readPlanDocument(shadow);
		Y.applyUpdate(shadow, typed);
		let inside: Uint8Array = new Uint8Array();
		shadow.transact(() => {
			restoreDocument(shadow, before);
			inside = diffOf(shadow, main);
		});
		expect(holds(inside, MARKER)).toBe(true);
		expect(holds(diffOf(shadow, main), MARKER)).toBe(false);

		const keeping = copyOf(main, { gc: false });
		Y.applyUpdate(keeping, typed);
		restoreDocument(keeping, before);
		expect(holds(diffOf(keeping, main), MARKER)).toBe(true);

		// an UndoManager keeps what transactions of the origins it tracks delete; by default, origin null
		for (const origin of [undefined, 'compensation']) {
			const undoing = copyOf(main);
			new Y.UndoManager(planDocumentRoots(undoing).tasks);
			Y.applyUpdate(undoing, typed, 'client');
			restoreDocument(undoing, before, origin);
			expect(holds(diffOf(undoing, main), MARKER)).toBe(origin === undefined);
		}
	});

	it('cannot collect map keys: the id of a refused task persists, deleted, in the diff', () => {
		const main = createPlanDocument(plan);
		const peer1 = copyOf(main);
		const created = updateOf(peer1, () => addTask(peer1, { id: MARKER, groupId: null, code: 'x' }));
		const diff = refuse(main, created);
		// the first item under a key carries the key (and, at the top level, the root name) even once collected
		expect(holds(diff, MARKER)).toBe(true);
		Y.applyUpdate(main, diff);
		expect(readPlanDocument(main)).toEqual(plan);
	});

	it('an update with missing dependencies waits unread, yet would be sent on: hasPendingUpdates', () => {
		const main = createPlanDocument(plan);
		const peer1 = copyOf(main);
		updateOf(peer1, () => setTaskContent(peer1, 't2', 'Tuyên truyền rộng rãi'));
		const second = updateOf(peer1, () => taskContentText(peer1, 't2')!.insert(0, MARKER));
		const shadow = copyOf(main);
		Y.applyUpdate(shadow, second);
		expect(readPlanDocument(shadow)).toEqual(readPlanDocument(main));
		expect(hasPendingUpdates(shadow)).toBe(true);
		expect(holds(diffOf(shadow, main), MARKER)).toBe(true);
		expect(hasPendingUpdates(main)).toBe(false);
	});

	it("keeps another peer's concurrent typing, whichever update the server takes first", () => {
		for (const order of ['refused first', 'accepted first'] as const) {
			const main = createPlanDocument(plan);
			const peer1 = copyOf(main);
			const peer2 = copyOf(main);
			const refused = refusedChange(peer1);
			const typed = updateOf(peer2, () => {
				taskContentText(peer2, 't3')!.insert(0, 'Khẩn trương ');
				// and in the text peer 1 typed into, before its refused words
				taskContentText(peer2, 't2')!.insert(0, 'Đẩy mạnh ');
			});
			const accept = (): void => {
				Y.applyUpdate(main, typed);
				Y.applyUpdate(peer1, typed);
			};
			if (order === 'accepted first') accept();
			const diff = refuse(main, refused);
			Y.applyUpdate(main, diff);
			for (const peer of [peer1, peer2]) Y.applyUpdate(peer, diff);
			if (order === 'refused first') accept();

			const expected = readPlanDocument(main);
			expect(expected.tasks.find((t) => t.id === 't3')?.content).toBe('Khẩn trương Rà soát văn bản');
			expect(expected.tasks.find((t) => t.id === 't2')?.content).toBe('Đẩy mạnh Tuyên truyền');
			expect(sameJson(expected, plan)).toBe(false);
			expect(readPlanDocument(peer1)).toEqual(expected);
			expect(readPlanDocument(peer2)).toEqual(expected);
			expect(Y.encodeStateVector(peer1)).toEqual(Y.encodeStateVector(main));
			expect(Y.encodeStateVector(peer2)).toEqual(Y.encodeStateVector(main));
			expect(holds(Y.encodeStateAsUpdate(main), MARKER)).toBe(false);
		}
	});
});
