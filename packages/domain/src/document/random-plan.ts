import type * as Y from 'yjs';
import { parseDeadline } from '../plan/deadline.ts';
import { CHANGEABLE_TASK_FIELDS } from './derive-events.ts';
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
	setTaskField
} from './edit-plan-document.ts';
import { PLAN_SECTIONS, type PlanDocumentSnapshot, type PlanDocumentTask } from './plan-document.ts';
import { readPlanDocument } from './read-plan-document.ts';

/*
 * Seeded random plans and edits for the property tests (fast-check is not a dependency). Ids come from
 * small pools so that two random plans share most groups and tasks: the interesting case for diffs.
 */

/** A seeded pseudo-random source (mulberry32): the same seed gives the same sequence. */
export interface Random {
	next(): number;
	int(n: number): number;
	pick<T>(items: readonly T[]): T;
	chance(p: number): boolean;
	shuffle<T>(items: readonly T[]): T[];
}

/** A seeded random source. */
export function seededRandom(seed: number): Random {
	let a = seed >>> 0;
	const next = (): number => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (n: number): number => Math.floor(next() * n);
	return {
		next,
		int,
		pick: <T>(items: readonly T[]): T => items[int(items.length)]!,
		chance: (p: number) => next() < p,
		shuffle: <T>(items: readonly T[]): T[] => {
			const copy = [...items];
			for (let i = copy.length - 1; i > 0; i--) {
				const j = int(i + 1);
				[copy[i], copy[j]] = [copy[j]!, copy[i]!];
			}
			return copy;
		}
	};
}

const GROUP_IDS = ['g0', 'g1', 'g2', 'g3', 'g4', 'g5'];
const TASK_IDS = Array.from({ length: 20 }, (_, i) => `t${i}`);
const UNITS = ['so-tttt', 'so-khcn', 'so-noi-vu', 'so-tai-chinh', 'cong-an-tinh'];
const WORDS = ['Triển khai', 'chuyển đổi số', 'báo cáo', 'Đề án', 'kiểm tra', 'hướng dẫn', 'năm 2025', '😀'];
const DEADLINES = ['Quý II/2025', 'chậm nhất ngày 27/02/2024', 'Thường xuyên', 'Năm 2025', 'khi có yêu cầu'];
const OUTPUTS = [null, 'Báo cáo', 'Quyết định', 'Kế hoạch'];

function text(r: Random, max = 4): string {
	return Array.from({ length: r.int(max + 1) }, () => r.pick(WORDS)).join(' ');
}

function maybe<T>(r: Random, value: () => T): T | null {
	return r.chance(0.4) ? null : value();
}

/** Random values for every field of a task but its place. */
export function randomTaskFields(r: Random): Omit<PlanDocumentTask, 'id' | 'groupId' | 'index'> {
	return {
		code: r.pick(['1', '2', 'a', 'b', 'II.1']),
		content: text(r),
		leadUnitId: maybe(r, () => r.pick(UNITS)),
		coordinatorUnitIds: r.shuffle(UNITS).slice(0, r.int(3)),
		deadline: maybe(r, () => parseDeadline(r.pick(DEADLINES))),
		output: r.pick(OUTPUTS),
		difficulties: r.chance(0.8) ? null : text(r, 2),
		extensionRequest: r.chance(0.8) ? null : text(r, 2)
	};
}

/** A random plan whose groups and tasks are drawn from the shared pools, in normal (read) order. */
export function randomSnapshot(r: Random): PlanDocumentSnapshot {
	const groups = r
		.shuffle(GROUP_IDS.filter(() => r.chance(0.6)))
		.map((id) => ({ id, code: r.pick(['1', '2', '3', 'I']), title: text(r, 3) }));
	const keys = [...groups.map((g) => g.id), null];
	const tasks: PlanDocumentTask[] = [];
	const chosen = r.shuffle(TASK_IDS.filter(() => r.chance(0.6)));
	const withGroup = chosen.map((id) => ({ id, groupId: r.pick(keys) }));
	for (const key of keys) {
		withGroup
			.filter((t) => t.groupId === key)
			.forEach(({ id }, index) => tasks.push({ id, groupId: key, index, ...randomTaskFields(r) }));
	}
	return {
		title: r.chance(0.5) ? 'Kế hoạch triển khai' : text(r),
		purpose: text(r, 6),
		organisation: text(r, 6),
		groups,
		tasks
	};
}

/** Makes one random edit through the editing helpers, as a client would. */
export function randomEdit(r: Random, doc: Y.Doc): void {
	const now = readPlanDocument(doc);
	const groupIds = now.groups.map((g) => g.id);
	const taskIds = now.tasks.map((t) => t.id);
	const someGroup = (): string | null => (groupIds.length === 0 || r.chance(0.2) ? null : r.pick(groupIds));
	const someTask = (): string => (taskIds.length === 0 ? 'missing' : r.pick(taskIds));
	switch (r.int(10)) {
		case 0:
			addGroup(doc, { id: r.pick(GROUP_IDS), code: 'X', title: text(r, 2) }, r.int(groupIds.length + 2));
			break;
		case 1:
			if (groupIds.length > 0) moveGroup(doc, r.pick(groupIds), r.int(groupIds.length + 1));
			break;
		case 2:
			if (groupIds.length > 0) {
				setGroupField(doc, r.pick(groupIds), r.pick(['code', 'title'] as const), text(r, 2));
			}
			break;
		case 3:
			if (groupIds.length > 0 && r.chance(0.3)) deleteGroup(doc, r.pick(groupIds));
			break;
		case 4:
			addTask(doc, { id: r.pick(TASK_IDS), groupId: someGroup(), ...randomTaskFields(r) }, r.int(6));
			break;
		case 5:
			deleteTask(doc, someTask());
			break;
		case 6:
			moveTask(doc, someTask(), someGroup(), r.int(6));
			break;
		case 7:
			setTaskContent(doc, someTask(), text(r));
			break;
		case 8: {
			const fields = randomTaskFields(r);
			const field = r.pick(CHANGEABLE_TASK_FIELDS);
			setTaskField(doc, someTask(), field, fields[field]);
			break;
		}
		default:
			setPlanSection(doc, r.pick(PLAN_SECTIONS), text(r, 5));
	}
}
