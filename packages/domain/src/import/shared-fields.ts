import type { TaskFields } from './fields.ts';
import { isOrdinalKind, type MarkerKind } from './outline.ts';

/** What of an outline node the sharing of field lines looks at. */
export interface FieldNode {
	kind: MarkerKind | 'para' | 'root';
	title: string;
	fields: TaskFields;
	/** The marker its field lines were written with ('dash' for '- Chủ trì: …'), null unbulleted. */
	fieldMarker: MarkerKind | null;
	children: FieldNode[];
	parent: FieldNode | null;
}

const hasFields = (n: FieldNode): boolean => Object.keys(n.fields).length > 0;

/**
 * '- Việc A' / '- Việc B' / '- Chủ trì: Sở X' / '- Thời gian: Năm 2025': field lines bulleted like the
 * tasks, after the last of a heading's bullets and none of the others having their own, are the whole
 * heading's (an unbulleted 'Thời gian: …' under the last bullet stays that bullet's). Else a bullet with
 * none of its own shares those of the bullet right after it, when unbulleted and naming who does them.
 */
export function sharedFields(node: FieldNode): TaskFields {
	if (node.parent === null || !isOrdinalKind(node.kind)) return {};
	const shared = sharedFieldsOf(node.parent, node.kind);
	if (shared !== null) return shared.last === node ? {} : shared.fields;
	return nextBulletFields(node);
}

/**
 * '4. Nâng cao phẩm chất …' / '- Tăng cường công tác giáo dục …' / '- Nâng cao nhận thức …' / 'Đơn vị thực
 * hiện: …' / 'Thời gian thực hiện: …': two bullets of a topic written over one set of unbulleted field lines;
 * under a lead-in naming the doer ('a) UBND các huyện:') such lines stay the last bullet's.
 */
function nextBulletFields(node: FieldNode): TaskFields {
	if (hasFields(node) || node.children.length > 0 || node.parent === null) return {};
	if (node.parent.title.trim().endsWith(':')) return {};
	const siblings = node.parent.children;
	const next = siblings[siblings.indexOf(node) + 1];
	const shares =
		next?.kind === node.kind &&
		next.fieldMarker === null &&
		next.fields.lead !== undefined &&
		next.children.length === 0;
	return shares ? next.fields : {};
}

/** Per heading and marker kind, computed once: each bullet asking again made long lists quadratic. */
type Shared = { last: FieldNode; fields: TaskFields } | null;
const sharedCache = new WeakMap<FieldNode, Map<FieldNode['kind'], Shared>>();

function sharedFieldsOf(parent: FieldNode, kind: FieldNode['kind']): Shared {
	let byKind = sharedCache.get(parent);
	if (byKind === undefined) sharedCache.set(parent, (byKind = new Map<FieldNode['kind'], Shared>()));
	const known = byKind.get(kind);
	if (known !== undefined) return known;
	const siblings = parent.children.filter((c) => c.kind === kind);
	const lastSibling = siblings.at(-1);
	let shared: Shared = null;
	if (
		lastSibling !== undefined &&
		siblings.length >= 2 &&
		// written in the same list as the tasks: '- Chủ trì: …' after '- Việc B'
		hasFields(lastSibling) &&
		lastSibling.children.length === 0 &&
		lastSibling.fieldMarker === kind &&
		!siblings.slice(0, -1).some((c) => hasFields(c) || c.children.length > 0)
	)
		shared = { last: lastSibling, fields: lastSibling.fields };
	byKind.set(kind, shared);
	return shared;
}

/**
 * Whether the doer a task's sentence opens with leads over its field lines: 'Đề nghị người đứng đầu cấp ủy;
 * thủ trưởng …' asks those it names, whatever 'Đơn vị thực hiện:' lists; so does a sentence naming its doer
 * over field lines it only shares with the bullet after it.
 */
export function sentenceLeads(text: string, node: FieldNode): boolean {
	return /^(?:đề nghị|yêu cầu)\s/iu.test(text.trim()) || nextBulletFields(node).lead !== undefined;
}
