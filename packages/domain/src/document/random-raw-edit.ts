import * as Y from 'yjs';
import { PLAN_SECTIONS, planDocumentRoots } from './plan-document.ts';
import type { Random } from './random-plan.ts';

/*
 * Raw Yjs edits for the property tests, beside the editing helpers of random-plan.ts: what concurrent,
 * older, buggy or hostile clients can leave in a plan document.
 */

function entriesOf<T>(map: Y.Map<unknown>, guard: (value: unknown) => value is T): [string, T][] {
	return [...map.entries()].filter((entry): entry is [string, T] => guard(entry[1]));
}

const isMap = (value: unknown): value is Y.Map<unknown> => value instanceof Y.Map;
const isArray = (value: unknown): value is Y.Array<unknown> => value instanceof Y.Array;
const isText = (value: unknown): value is Y.Text => value instanceof Y.Text;

/**
 * One raw edit that bends the layout the way the reader tolerates: stale and duplicate ids in order arrays,
 * ids in the wrong group's array, values of the wrong type, a group removed without its tasks, typing
 * straight into a Y.Text.
 */
export function randomRawEdit(r: Random, doc: Y.Doc): void {
	const roots = planDocumentRoots(doc);
	const tasks = entriesOf(roots.tasks, isMap);
	const groups = entriesOf(roots.groups, isMap);
	const orders = entriesOf(roots.taskOrder, isArray);
	const someTask = (): [string, Y.Map<unknown>] | undefined => (tasks.length > 0 ? r.pick(tasks) : undefined);
	const someOrder = (): Y.Array<unknown> | undefined => (orders.length > 0 ? r.pick(orders)[1] : undefined);
	const task = someTask();
	const order = someOrder();
	const group = groups.length > 0 ? r.pick(groups) : undefined;
	doc.transact(() => {
		switch (r.int(14)) {
			case 0:
				if (task !== undefined) order?.insert(r.int(order.length + 1), [task[0]]);
				break;
			case 1:
				order?.insert(r.int(order.length + 1), [r.pick(['t99', 't0', 'g1'])]);
				break;
			case 2:
				if (group !== undefined) roots.groups.delete(group[0]);
				break;
			case 3:
				if (orders.length > 0) roots.taskOrder.delete(r.pick(orders)[0]);
				break;
			case 4:
				task?.[1].set('groupId', r.pick(['g-gone', 'g1', 7]));
				break;
			case 5:
				if (task !== undefined) roots.tasks.set(task[0], r.pick(['hỏng', 42, null]));
				break;
			case 6:
				task?.[1].set('content', r.pick(['Nội dung thô', 12]));
				break;
			case 7:
				roots.plan.set(r.pick(PLAN_SECTIONS), r.pick(['Mục đích thô', 3]));
				break;
			case 8:
				roots.groupOrder.insert(r.int(roots.groupOrder.length + 1), [
					r.pick([group?.[0] ?? 'g0', 3, null, 'g9'])
				]);
				break;
			case 9: {
				const field = r.pick(['leadUnitId', 'coordinatorUnitIds', 'deadline', 'output', 'code']);
				task?.[1].set(
					field,
					r.pick([5, ['so-tttt', 'so-tttt', 3], 'Năm 2025', { text: 4 }, { kind: 'x' }, 'so-khcn'])
				);
				break;
			}
			case 10: {
				const text = task?.[1].get('content');
				if (isText(text)) {
					const at = r.int(text.length + 1);
					if (r.chance(0.5)) text.insert(at, r.pick(['gõ thêm ', 'ý', '😀']));
					else text.delete(at, Math.min(3, text.length - at));
				}
				break;
			}
			case 11: {
				const target = someOrder();
				if (task === undefined || order === undefined || target === undefined) break;
				const at = order.toArray().indexOf(task[0]);
				if (at >= 0) order.delete(at, 1);
				target.insert(r.int(target.length + 1), [task[0]]);
				break;
			}
			case 12:
				if (orders.length > 0) roots.taskOrder.set(r.pick(orders)[0], r.pick(['hỏng', 1]));
				break;
			default:
				if (group !== undefined) {
					if (r.chance(0.5)) group[1].set('code', 4);
					else group[1].set('title', 'Tiêu đề thô');
				}
		}
	});
}

/**
 * One edit that adds content outside the layout, carrying `marker` where the reader never reads it:
 * unknown roots and keys, list content in a map root, keyed content in an array, formatting and embeds in
 * a text, objects where plain values belong.
 */
export function randomForeignEdit(r: Random, doc: Y.Doc, marker: string): void {
	const roots = planDocumentRoots(doc);
	const tasks = entriesOf(roots.tasks, isMap);
	const groups = entriesOf(roots.groups, isMap);
	const orders = entriesOf(roots.taskOrder, isArray);
	const task = tasks.length > 0 ? r.pick(tasks)[1] : undefined;
	switch (r.int(10)) {
		case 0:
			doc.getMap(`ngoai-${r.int(3)}`).set('k', marker);
			break;
		case 1:
			roots.plan.set(`x-${r.int(3)}`, marker);
			break;
		case 2:
			task?.set('ghiChu', r.chance(0.5) ? marker : new Y.Text(marker));
			break;
		case 3:
			if (groups.length > 0) r.pick(groups)[1].set('mau', { marker });
			break;
		case 4: {
			// a client that reads a root with another type: list items in a map, keys on an array
			const other = new Y.Doc();
			Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
			if (r.chance(0.5)) other.getArray(r.pick(['tasks', 'plan', 'taskOrder'])).insert(0, [marker]);
			else other.getMap('groupOrder').set('k', marker);
			Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));
			break;
		}
		case 5: {
			const text = task?.get('content');
			if (isText(text)) {
				if (r.chance(0.5)) text.insertEmbed(r.int(text.length + 1), { marker });
				else text.insert(r.int(text.length + 1), 'đậm', { bold: true });
			}
			break;
		}
		case 6:
			task?.set('output', { marker });
			break;
		case 7:
			if (orders.length > 0) r.pick(orders)[1].push([{ marker }]);
			break;
		case 8: {
			const deadline = task?.get('deadline');
			if (deadline !== null && typeof deadline === 'object') task?.set('deadline', { ...deadline, marker });
			else
				task?.set('deadline', {
					text: 'Năm 2025',
					due: null,
					latest: false,
					kind: 'year',
					year: 2025,
					marker
				});
			break;
		}
		default:
			roots.groupOrder.push([{ marker }]);
	}
}
