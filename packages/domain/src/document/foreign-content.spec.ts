import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseDeadline } from '../plan/deadline.ts';
import { addTask, deleteGroup, moveTask, setTaskContent, taskContentText } from './edit-plan-document.ts';
import { findForeignContent, findTaskForeignContent, removeForeignContent } from './foreign-content.ts';
import { createPlanDocument, planDocumentRoots, type PlanDocumentSnapshot } from './plan-document.ts';
import { randomEdit, randomSnapshot, seededRandom } from './random-plan.ts';
import { randomForeignEdit, randomRawEdit } from './random-raw-edit.ts';
import { inspectPlanTasks, readPlanDocument } from './read-plan-document.ts';
import { restoreDocument } from './restore-document.ts';

const MARKER = 'ZZ-FOREIGN-ZZ';

const plan: PlanDocumentSnapshot = {
	title: 'Kế hoạch chuyển đổi số năm 2025',
	purpose: 'Mục đích, yêu cầu',
	organisation: 'Tổ chức thực hiện',
	groups: [{ id: 'g1', code: '1', title: 'Hạ tầng số' }],
	tasks: [
		{
			id: 't1',
			groupId: 'g1',
			index: 0,
			code: 'a',
			content: 'Nâng cấp mạng truyền số liệu chuyên dùng',
			leadUnitId: 'so-tttt',
			coordinatorUnitIds: ['so-tai-chinh'],
			deadline: parseDeadline('Quý II/2025'),
			output: 'Báo cáo',
			difficulties: null,
			extensionRequest: null
		},
		{
			id: 't2',
			groupId: null,
			index: 0,
			code: '2',
			content: 'Kiểm tra',
			leadUnitId: null,
			coordinatorUnitIds: [],
			deadline: null,
			output: null,
			difficulties: null,
			extensionRequest: null
		}
	]
};

const holds = (bytes: Uint8Array, text: string): boolean => Buffer.from(bytes).includes(text);

/** Applies to `doc` what a second client did on a copy of it. */
function fromAnotherClient(doc: Y.Doc, edit: (other: Y.Doc) => void): void {
	const other = new Y.Doc();
	Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
	edit(other);
	Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));
}

describe('findForeignContent', () => {
	it('finds nothing in a document made and edited through the helpers', () => {
		expect(findForeignContent(createPlanDocument(plan))).toEqual([]);
		const r = seededRandom(3);
		for (let i = 0; i < 100; i++) {
			const doc = createPlanDocument(randomSnapshot(r));
			for (let k = 0; k < 10; k++) randomEdit(r, doc);
			expect(findForeignContent(doc)).toEqual([]);
		}
	});

	it('accepts what concurrent edits leave: stale and duplicate ids, tasks of a deleted group', () => {
		const doc = createPlanDocument(plan);
		const peer = new Y.Doc();
		Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
		deleteGroup(doc, 'g1');
		moveTask(peer, 't1', null, 0);
		moveTask(peer, 't2', 'g1', 0);
		addTask(peer, { id: 't3', groupId: 'g1', code: 'b' });
		Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
		const { taskOrder } = planDocumentRoots(doc);
		(taskOrder.get('(ungrouped)') as Y.Array<unknown>).push(['t2', 't-gone']);
		expect(findForeignContent(doc)).toEqual([]);
	});

	it('describes each kind of foreign content with its path', () => {
		const doc = createPlanDocument(plan);
		const roots = planDocumentRoots(doc);
		const t1 = roots.tasks.get('t1') as Y.Map<unknown>;
		doc.transact(() => {
			roots.plan.set('ghiChu', MARKER);
			roots.plan.set('purpose', 'chuỗi thay cho Y.Text');
			t1.set('mau', 'đỏ');
			t1.set('output', { MARKER });
			t1.set('leadUnitId', 7);
			t1.set('deadline', { ...parseDeadline('Năm 2025'), extra: MARKER });
			(roots.groups.get('g1') as Y.Map<unknown>).set('icon', '*');
			roots.tasks.set('t9', 'không phải Y.Map');
			roots.groupOrder.push([{ MARKER }]);
			taskContentText(doc, 't2')!.format(0, 3, { bold: true });
		});
		fromAnotherClient(doc, (other) => {
			other.getMap('bi-mat').set('k', MARKER);
			other.getArray('tasks').insert(0, [MARKER]);
		});
		expect(findForeignContent(doc)).toEqual([
			'bi-mat: unknown_root',
			'groupOrder.1: wrong_type',
			'groups.g1.icon: unknown_key',
			'plan.ghiChu: unknown_key',
			'plan.purpose: coerced',
			'tasks.t1.deadline: wrong_type',
			'tasks.t1.leadUnitId: wrong_type',
			'tasks.t1.mau: unknown_key',
			'tasks.t1.output: wrong_type',
			'tasks.t2.content: formatted_text',
			'tasks.t9: skipped',
			'tasks: list_content'
		]);
	});

	it('sees roots that arrive in an update, before anyone has asked for them', () => {
		const doc = createPlanDocument(plan);
		fromAnotherClient(doc, (other) => other.getText('ghi-chu').insert(0, MARKER));
		expect(doc.share.has('ghi-chu')).toBe(true);
		expect(findForeignContent(doc)).toEqual(['ghi-chu: unknown_root']);
	});
});

describe('findTaskForeignContent', () => {
	it('finds of the tasks given what findForeignContent finds of them', () => {
		const r = seededRandom(21);
		let found = 0;
		for (let i = 0; i < 150; i++) {
			const doc = createPlanDocument(randomSnapshot(r));
			for (let k = r.int(3); k >= 0; k--) randomRawEdit(r, doc);
			for (let k = r.int(4); k >= 0; k--) randomForeignEdit(r, doc, MARKER);
			const all = findForeignContent(doc);
			const roots = planDocumentRoots(doc);
			const ids = [...roots.tasks.entries()].filter(([, v]) => v instanceof Y.Map).map(([id]) => id);
			const groupIds = new Set(readPlanDocument(doc).groups.map((g) => g.id));
			for (const id of ids) {
				const whole = all.filter((l) => l.startsWith(`tasks.${id}.`) || l.startsWith(`tasks.${id}: `));
				expect(findTaskForeignContent(doc, inspectPlanTasks(doc, [id], groupIds))).toEqual(whole);
				if (whole.length > 0) found++;
			}
		}
		expect(found).toBeGreaterThan(25);
	}, 60_000);
});

describe('removeForeignContent', () => {
	it('removes random foreign content without changing what is read, and it does not persist', () => {
		const r = seededRandom(8);
		let found = 0;
		for (let i = 0; i < 300; i++) {
			const doc = createPlanDocument(randomSnapshot(r));
			for (let k = r.int(3); k >= 0; k--) randomRawEdit(r, doc);
			for (let k = r.int(4); k >= 0; k--) randomForeignEdit(r, doc, MARKER);
			const read = readPlanDocument(doc);
			if (findForeignContent(doc).length > 0) found++;
			removeForeignContent(doc);
			expect(findForeignContent(doc)).toEqual([]);
			expect(readPlanDocument(doc)).toEqual(read);
			expect(holds(Y.encodeStateAsUpdate(doc), MARKER)).toBe(false);
			expect(removeForeignContent(doc)).toBe(false);
		}
		expect(found).toBeGreaterThan(250);
	});

	it('lets the sync server refuse an update that adds foreign content', () => {
		const main = createPlanDocument(plan);
		const peer = new Y.Doc();
		Y.applyUpdate(peer, Y.encodeStateAsUpdate(main));
		const updates: Uint8Array[] = [];
		peer.on('update', (update: Uint8Array) => updates.push(update));
		(planDocumentRoots(peer).tasks.get('t1') as Y.Map<unknown>).set('payload', MARKER);
		setTaskContent(peer, 't2', `Kiểm tra ${MARKER}`);
		peer.getMap('extra').set('k', MARKER);

		const shadow = new Y.Doc();
		Y.applyUpdate(shadow, Y.encodeStateAsUpdate(main));
		const before = readPlanDocument(shadow);
		const foreignBefore = findForeignContent(shadow);
		Y.applyUpdate(shadow, Y.mergeUpdates(updates));
		const added = findForeignContent(shadow).filter((f) => !foreignBefore.includes(f));
		expect(added).toEqual(['extra: unknown_root', 'tasks.t1.payload: unknown_key']);
		removeForeignContent(shadow);
		restoreDocument(shadow, before);
		const diff = Y.encodeStateAsUpdate(shadow, Y.encodeStateVector(main));
		expect(holds(diff, MARKER)).toBe(false);
		for (const doc of [main, peer]) {
			Y.applyUpdate(doc, diff);
			expect(readPlanDocument(doc)).toEqual(before);
			expect(findForeignContent(doc)).toEqual([]);
		}
	});
});
