import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseDeadline } from '../plan/deadline.ts';
import {
	addGroup,
	addTask,
	deleteGroup,
	deleteTask,
	moveGroup,
	moveTask,
	replaceText,
	setGroupField,
	setPlanSection,
	setTaskContent,
	setTaskField,
	taskContentText
} from './edit-plan-document.ts';
import {
	GROUPS_MAP,
	GROUP_ORDER_ARRAY,
	PLAN_MAP,
	TASKS_MAP,
	TASK_ORDER_MAP,
	UNGROUPED_KEY,
	createPlanDocument,
	emptyPlanSnapshot,
	writeSnapshot,
	type PlanDocumentSnapshot,
	type PlanDocumentTask
} from './plan-document.ts';
import { randomEdit, randomSnapshot, seededRandom } from './random-plan.ts';
import { inspectPlanDocument, readPlanDocument } from './read-plan-document.ts';

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

// A cut of the Quảng Bình digital transformation plan: two groups of section II and one loose task.
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
		task({ id: 't2', groupId: 'g1', index: 1, code: 'b', content: 'Tuyên truyền' }),
		task({
			id: 't3',
			groupId: 'g2',
			index: 0,
			code: 'a',
			content: 'Rà soát văn bản',
			difficulties: 'Thiếu kinh phí'
		}),
		task({ id: 't4', groupId: null, index: 0, code: '3', content: 'Kiểm tra, giám sát' })
	]
};

/** Brings two docs to the same state by exchanging their whole updates. */
function sync(a: Y.Doc, b: Y.Doc): void {
	const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
	const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
	Y.applyUpdate(b, fromA);
	Y.applyUpdate(a, fromB);
}

/** A second peer loaded from the first one's state. */
function peerOf(doc: Y.Doc): Y.Doc {
	const peer = new Y.Doc();
	Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
	return peer;
}

describe('plan document layout', () => {
	it('reads back the snapshot it was created from', () => {
		expect(readPlanDocument(createPlanDocument(plan))).toEqual(plan);
	});

	it('keeps tasks in a map by id with the order apart, and texts as Y.Text', () => {
		const doc = createPlanDocument(plan);
		const tasks = doc.getMap<Y.Map<unknown>>(TASKS_MAP);
		expect([...tasks.keys()].sort()).toEqual(['t1', 't2', 't3', 't4']);
		expect(tasks.get('t1')?.get('content')).toBeInstanceOf(Y.Text);
		expect(tasks.get('t1')?.get('coordinatorUnitIds')).toEqual(['so-noi-vu']);
		expect(doc.getMap(PLAN_MAP).get('purpose')).toBeInstanceOf(Y.Text);
		expect(doc.getArray(GROUP_ORDER_ARRAY).toArray()).toEqual(['g1', 'g2']);
		expect((doc.getMap(GROUPS_MAP).get('g2') as Y.Map<unknown>).get('title')).toBeInstanceOf(Y.Text);
		const order = doc.getMap<Y.Array<string>>(TASK_ORDER_MAP);
		expect(order.get('g1')?.toArray()).toEqual(['t1', 't2']);
		expect(order.get(UNGROUPED_KEY)?.toArray()).toEqual(['t4']);
	});

	it('writeSnapshot replaces what the document held', () => {
		const doc = createPlanDocument(plan);
		const next = randomSnapshot(seededRandom(7));
		writeSnapshot(doc, next);
		expect(readPlanDocument(doc)).toEqual(next);
		writeSnapshot(doc, emptyPlanSnapshot('Trống'));
		expect(readPlanDocument(doc)).toEqual(emptyPlanSnapshot('Trống'));
	});

	it('writes tasks of an unknown group as ungrouped, ordered by index', () => {
		const doc = createPlanDocument({
			...emptyPlanSnapshot(),
			tasks: [task({ id: 'b', groupId: null, index: 1 }), task({ id: 'a', groupId: 'gone', index: 0 })]
		});
		expect(readPlanDocument(doc).tasks.map((t) => [t.id, t.groupId, t.index])).toEqual([
			['a', null, 0],
			['b', null, 1]
		]);
	});

	it('passes the origin to the transaction', () => {
		const doc = new Y.Doc();
		const origins: unknown[] = [];
		doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
		writeSnapshot(doc, plan, 'import');
		expect(origins).toEqual(['import']);
	});

	it('round-trips random plans', () => {
		const r = seededRandom(42);
		for (let i = 0; i < 100; i++) {
			const snapshot = randomSnapshot(r);
			expect(readPlanDocument(createPlanDocument(snapshot))).toEqual(snapshot);
		}
	});
});

describe('editing helpers', () => {
	it('adds, moves and deletes tasks by id', () => {
		const doc = createPlanDocument(plan);
		expect(addTask(doc, { id: 't5', groupId: 'g1', code: 'c', content: 'Mới' }, 1)).toBe(true);
		expect(addTask(doc, { id: 't5', groupId: 'g1', code: 'c' })).toBe(false);
		expect(addTask(doc, { id: 't6', groupId: 'nope', code: 'c' })).toBe(false);
		const ids = () => readPlanDocument(doc).tasks.map((t) => `${t.groupId ?? '-'}/${t.index}/${t.id}`);
		expect(ids()).toEqual(['g1/0/t1', 'g1/1/t5', 'g1/2/t2', 'g2/0/t3', '-/0/t4']);
		expect(moveTask(doc, 't1', 'g2', 1)).toBe(true);
		expect(moveTask(doc, 't4', 'g1', 0)).toBe(true);
		expect(ids()).toEqual(['g1/0/t4', 'g1/1/t5', 'g1/2/t2', 'g2/0/t3', 'g2/1/t1']);
		expect(readPlanDocument(doc).tasks.find((t) => t.id === 't1')?.groupId).toBe('g2');
		expect(deleteTask(doc, 't5')).toBe(true);
		expect(deleteTask(doc, 't5')).toBe(false);
		expect(ids()).toEqual(['g1/0/t4', 'g1/1/t2', 'g2/0/t3', 'g2/1/t1']);
	});

	it('adds, moves, changes and deletes groups', () => {
		const doc = createPlanDocument(plan);
		expect(addGroup(doc, { id: 'g0', code: '0', title: 'Chung' }, 0)).toBe(true);
		expect(addGroup(doc, { id: UNGROUPED_KEY, code: '0', title: 'x' })).toBe(false);
		expect(moveGroup(doc, 'g2', 1)).toBe(true);
		expect(setGroupField(doc, 'g2', 'title', 'Hoàn thiện thể chế, chính sách')).toBe(true);
		expect(setGroupField(doc, 'g2', 'code', '1')).toBe(true);
		expect(readPlanDocument(doc).groups).toEqual([
			{ id: 'g0', code: '0', title: 'Chung' },
			{ id: 'g2', code: '1', title: 'Hoàn thiện thể chế, chính sách' },
			{ id: 'g1', code: '1', title: 'Nâng cao nhận thức' }
		]);
		expect(deleteGroup(doc, 'g1')).toBe(true);
		const read = readPlanDocument(doc);
		expect(read.groups.map((g) => g.id)).toEqual(['g0', 'g2']);
		expect(read.tasks.map((t) => t.id)).toEqual(['t3', 't4']);
	});

	it('sets plain fields and texts', () => {
		const doc = createPlanDocument(plan);
		const deadline = parseDeadline('chậm nhất ngày 30/6/2025');
		expect(setTaskField(doc, 't2', 'deadline', deadline)).toBe(true);
		expect(setTaskField(doc, 't2', 'coordinatorUnitIds', ['so-khcn', 'so-tai-chinh'])).toBe(true);
		expect(setTaskField(doc, 't2', 'leadUnitId', 'so-tttt')).toBe(true);
		expect(setTaskField(doc, 'gone', 'leadUnitId', 'so-tttt')).toBe(false);
		expect(setTaskContent(doc, 't2', 'Tuyên truyền, phổ biến')).toBe(true);
		setPlanSection(doc, 'title', 'Kế hoạch mới');
		const read = readPlanDocument(doc);
		expect(read.title).toBe('Kế hoạch mới');
		expect(read.tasks.find((t) => t.id === 't2')).toMatchObject({
			deadline,
			coordinatorUnitIds: ['so-khcn', 'so-tai-chinh'],
			leadUnitId: 'so-tttt',
			content: 'Tuyên truyền, phổ biến'
		});
	});

	it('replaceText edits only the changed middle, keeping emoji whole', () => {
		const doc = new Y.Doc();
		const text = doc.getText('t');
		text.insert(0, 'Báo cáo 😀 quý');
		const deltas: unknown[] = [];
		text.observe((e) => deltas.push(e.delta));
		replaceText(text, 'Báo cáo 😃 quý');
		expect(text.toJSON()).toBe('Báo cáo 😃 quý');
		expect(deltas).toEqual([[{ retain: 8 }, { delete: 2 }, { insert: '😃' }]]);
		replaceText(text, '');
		expect(text.toJSON()).toBe('');
	});
});

describe('two peers', () => {
	it('merge concurrent typing in the same task character-wise', () => {
		const a = createPlanDocument(plan);
		const b = peerOf(a);
		// Sở TTTT appends, Sở Nội vụ fixes the start, at the same time
		taskContentText(a, 't1')!.insert('Tổ chức quán triệt Nghị quyết'.length, ' đến cán bộ');
		taskContentText(b, 't1')!.insert(0, 'Khẩn trương ');
		taskContentText(b, 't1')!.delete('Khẩn trương '.length, 1);
		taskContentText(b, 't1')!.insert('Khẩn trương '.length, 't');
		sync(a, b);
		const content = readPlanDocument(a).tasks.find((t) => t.id === 't1')?.content;
		expect(content).toBe('Khẩn trương tổ chức quán triệt Nghị quyết đến cán bộ');
		expect(readPlanDocument(b)).toEqual(readPlanDocument(a));
	});

	it('merge concurrent setTaskContent calls without losing either edit', () => {
		const a = createPlanDocument(plan);
		const b = peerOf(a);
		setTaskContent(a, 't2', 'Tuyên truyền sâu rộng');
		setTaskContent(b, 't2', 'Đẩy mạnh tuyên truyền');
		sync(a, b);
		expect(readPlanDocument(a).tasks.find((t) => t.id === 't2')?.content).toBe(
			'Đẩy mạnh tuyên truyền sâu rộng'
		);
		expect(readPlanDocument(b)).toEqual(readPlanDocument(a));
	});

	it('read the same plan after the same task is moved to two places at once', () => {
		const a = createPlanDocument(plan);
		const b = peerOf(a);
		moveTask(a, 't2', 'g2', 0);
		moveTask(b, 't2', null, 1);
		sync(a, b);
		const read = readPlanDocument(a);
		expect(read).toEqual(readPlanDocument(b));
		expect(read.tasks.filter((t) => t.id === 't2')).toHaveLength(1);
	});

	it('keep a task added to a group another peer deleted, ungrouped', () => {
		const a = createPlanDocument(plan);
		const b = peerOf(a);
		deleteGroup(a, 'g2');
		addTask(b, { id: 't9', groupId: 'g2', code: 'b', content: 'Ban hành quy chế' });
		sync(a, b);
		const read = readPlanDocument(a);
		expect(read).toEqual(readPlanDocument(b));
		expect(read.groups.map((g) => g.id)).toEqual(['g1']);
		expect(read.tasks.find((t) => t.id === 't9')).toMatchObject({
			groupId: null,
			content: 'Ban hành quy chế'
		});
	});

	it('converge on random concurrent edits', () => {
		const r = seededRandom(2024);
		for (let round = 0; round < 40; round++) {
			const a = createPlanDocument(randomSnapshot(r));
			const b = peerOf(a);
			for (let i = 0; i < 8; i++) randomEdit(r, r.chance(0.5) ? a : b);
			sync(a, b);
			const read = readPlanDocument(a);
			expect(read).toEqual(readPlanDocument(b));
			expect(new Set(read.tasks.map((t) => t.id)).size).toBe(read.tasks.length);
		}
	});
});

describe('reading a hostile document', () => {
	/** A document as a malicious client could shape it, bypassing the helpers. */
	function hostile(): Y.Doc {
		const doc = createPlanDocument(plan);
		doc.transact(() => {
			doc.getMap(PLAN_MAP).set('title', 42);
			doc.getMap(PLAN_MAP).set('purpose', 'plain string');
			doc.getMap(GROUPS_MAP).set('g3', 'not a map');
			doc.getArray(GROUP_ORDER_ARRAY).push([7, 'g1', 'missing']);
			const tasks = doc.getMap(TASKS_MAP);
			tasks.set('bad', [1, 2]);
			const t1 = tasks.get('t1') as Y.Map<unknown>;
			t1.set('code', 3);
			t1.set('content', { evil: true });
			t1.set('leadUnitId', 5);
			t1.set('coordinatorUnitIds', ['so-khcn', 9, 'so-khcn']);
			t1.set('deadline', { kind: 'quarter', text: 'Quý V/2025', due: null, latest: false, quarter: 5 });
			t1.set('output', ['x']);
			t1.set('groupId', 'nowhere');
			const t2 = tasks.get('t2') as Y.Map<unknown>;
			t2.set('deadline', { kind: 'date', text: 'x', due: '2025-02-30', latest: false });
			t2.set('extensionRequest', 12);
			doc.getMap(TASK_ORDER_MAP).set('g2', 'nope');
		});
		return doc;
	}

	it('does not throw, and coerces or skips what is wrong', () => {
		const { snapshot, issues } = inspectPlanDocument(hostile());
		expect(snapshot.title).toBe('');
		expect(snapshot.purpose).toBe('plain string');
		expect(snapshot.groups.map((g) => g.id)).toEqual(['g1', 'g2']);
		// t1 names a group that does not exist: kept, ungrouped, after the tasks the order array lists
		expect(snapshot.tasks.map((t) => t.id)).toEqual(['t2', 't3', 't4', 't1']);
		const t1 = snapshot.tasks.find((t) => t.id === 't1')!;
		expect(t1).toMatchObject({
			groupId: null,
			code: '3',
			content: '',
			leadUnitId: null,
			coordinatorUnitIds: ['so-khcn'],
			output: null,
			deadline: { kind: 'unparsed', text: 'Quý V/2025', due: null }
		});
		expect(snapshot.tasks.find((t) => t.id === 't2')).toMatchObject({
			deadline: { kind: 'unparsed', text: 'x' },
			extensionRequest: null
		});
		expect(issues).toEqual(
			expect.arrayContaining([
				{ path: 'plan.title', problem: 'wrong_type' },
				{ path: 'plan.purpose', problem: 'coerced' },
				{ path: 'groupOrder.2', problem: 'wrong_type' },
				{ path: 'groups.g3', problem: 'skipped' },
				{ path: 'tasks.bad', problem: 'skipped' },
				{ path: 'tasks.t1.code', problem: 'coerced' },
				{ path: 'tasks.t1.content', problem: 'wrong_type' },
				{ path: 'tasks.t1.leadUnitId', problem: 'wrong_type' },
				{ path: 'tasks.t1.coordinatorUnitIds', problem: 'coerced' },
				{ path: 'tasks.t1.deadline', problem: 'coerced' },
				{ path: 'tasks.t1.output', problem: 'wrong_type' },
				{ path: 'tasks.t2.deadline', problem: 'coerced' },
				{ path: 'tasks.t2.extensionRequest', problem: 'wrong_type' },
				{ path: 'taskOrder.g2', problem: 'wrong_type' }
			])
		);
	});

	it('reads the same on a peer that received the hostile update', () => {
		const doc = hostile();
		expect(readPlanDocument(peerOf(doc))).toEqual(readPlanDocument(doc));
	});

	it('reports nothing for a well-formed document', () => {
		expect(inspectPlanDocument(createPlanDocument(plan)).issues).toEqual([]);
	});

	it('keeps a well-formed deadline, and only its known keys', () => {
		const doc = createPlanDocument(plan);
		const deadline = parseDeadline('Quý II/2025');
		setTaskField(doc, 't2', 'deadline', { ...deadline, extra: '<script>' } as unknown as typeof deadline);
		expect(readPlanDocument(doc).tasks.find((t) => t.id === 't2')?.deadline).toEqual(deadline);
	});
});
