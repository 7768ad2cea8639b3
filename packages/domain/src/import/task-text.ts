import type { IsoDate } from '../time/dates.ts';
import type { Unit } from '../unit/unit.ts';
import { readAssignment, type Assignment } from './assignment.ts';
import {
	deadlineInText,
	deadlineOf,
	isOpenDeadline,
	openDeadlineInText,
	type DeadlineContext
} from './deadline-text.ts';
import { fold } from './text.ts';

// A task's own text: its deadline clause, a trailing '(Sở X chủ trì …)', a later 'giao Sở X …' clause, and
// names the directory knows in full.

/**
 * A name cut short by a word that is also a verb ('Ban Quản lý dự án đầu tư xây dựng huyện' cut at 'đầu
 * tư'): when the directory knows a longer unit whose name the text goes on with, that name is meant.
 */
export function extendByDirectory(name: string, text: string, units: readonly Unit[]): string {
	const at = text.indexOf(name);
	if (units.length === 0 || at < 0) return name;
	const words = text.slice(at).split(/\s+/u);
	const folded = words.map((w) => fold(w.replace(/[,;.:()]+$/u, '')));
	const own = name.split(/\s+/u).length;
	let best = name;
	for (const unit of units) {
		const known = fold(unit.name).split(/\s+/u);
		if (known.length <= Math.max(own, best.split(/\s+/u).length)) continue;
		// the whole known name, within one clause
		if (!known.every((w, i) => folded[i] === w)) continue;
		if (words.slice(0, known.length - 1).some((w) => /[,;.:]$/u.test(w))) continue;
		best = words
			.slice(0, known.length)
			.join(' ')
			.replace(/[,;.:]+$/u, '');
	}
	return best;
}

export function unique(names: string[], lead: string | null): string[] {
	const seen = new Set<string>(lead === null ? [] : [fold(lead)]);
	return names.filter((n) => {
		const k = fold(n);
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}

/**
 * A task's own text and its deadline: from its 'Thời gian:' field, else from the text, where a closing
 * '…, hoàn thành trong Quý III/2025.' clause moves to the deadline. Trailing ';' and ',' go.
 */
export function contentAndDeadline(
	text: string,
	field: string | undefined,
	context: DeadlineContext
): { content: string; deadline: { text: string; due: IsoDate | null } | null } {
	const trim = (t: string): string => t.replace(/[\s,;]+$/u, '');
	if (field !== undefined) return { content: trim(text), deadline: deadlineOf(field, context) };
	// '… đổi mới công nghệ (năm 2025).': a closing bracket that holds only a period is the deadline
	const bracket = /\s*\(([^()]{4,60})\)\s*([.;]?)\s*$/u.exec(text);
	if (bracket?.[1] !== undefined && !/[:]|chủ trì|phối hợp/u.test(bracket[1])) {
		const inner = bracket[1].replace(/^(?:thời gian|thời hạn|hoàn thành|thực hiện)\s*:?\s*/iu, '');
		const deadline = deadlineOf(inner, context);
		const period =
			/^(?:(?:trong|trước|chậm nhất|đến hết|hoàn thành|vào)\s+)*(?:ngày|tháng|quý|năm|6 tháng|nửa|giai đoạn|\d)/iu.test(
				inner
			) || isOpenDeadline(inner);
		if (period && (deadline.due !== null || isOpenDeadline(inner))) {
			const body = trim(text.slice(0, bracket.index));
			const end = bracket[2] === '.' && !/[.;!?]$/u.test(body) ? '.' : '';
			const wording = /^(?:quý|tháng|năm|giai đoạn|nửa|6 tháng)\s/iu.test(deadline.text)
				? deadline.text.charAt(0).toUpperCase() + deadline.text.slice(1)
				: deadline.text;
			return { content: `${body}${end}`, deadline: { text: wording, due: deadline.due } };
		}
	}
	const found = deadlineInText(text, context);
	if (found === null) {
		const open = openDeadlineInText(text);
		if (open === null) return { content: trim(text), deadline: null };
		const end = /\.\s*$/u.test(text) ? '.' : '';
		return { content: `${trim(text.slice(0, open.index))}${end}`, deadline: { text: open.text, due: null } };
	}
	const deadline = { text: found.text, due: found.due };
	// only a clause of its own: '…, hoàn thành …', '…; chậm nhất …', '…, thực hiện trong năm 2025',
	// '…, thời hạn hoàn thành trước …'; never '… phủ sóng trong năm 2025'
	const clause =
		/[,;]\s*(?:(?:thời hạn|thời gian|thực hiện|triển khai|tổ chức)(?:\s+(?:hoàn thành|thực hiện))?\s*:?\s*)?$/iu.exec(
			text.slice(0, found.index)
		);
	if (found.closing && clause !== null && clause.index >= 20) {
		const end = /\.\s*$/u.test(text) ? '.' : '';
		return { content: `${trim(text.slice(0, clause.index))}${end}`, deadline };
	}
	return { content: trim(text), deadline };
}

/** '…, thời hạn …; giao Sở Công Thương chủ trì thực hiện.': an assignment in a later clause of the task. */
export function assignmentClause(text: string): { text: string; assignment: Assignment } | null {
	const m =
		/[;,.]\s+((?:giao(?: cho)?|đề nghị|yêu cầu)\s+[^;.]*?(?:chủ trì|thực hiện|phối hợp)[^;.]*)[.;]?\s*$/iu.exec(
			text
		);
	if (m?.[1] === undefined) return null;
	const assignment = readAssignment(m[1]);
	if (assignment?.lead == null) return null;
	const end = /\.\s*$/u.test(text) ? '.' : '';
	return { text: `${text.slice(0, m.index).replace(/[\s,;]+$/u, '')}${end}`, assignment };
}

export function trailingAssignment(
	text: string
): { text: string; assignment: Assignment; deadline?: string } | null {
	const m = /\s*\(([^()]*(?:chủ trì|phối hợp|thực hiện|tham mưu)[^()]*)\)\s*([.;]?)\s*$/u.exec(text);
	if (m?.[1] === undefined) return null;
	const parts = m[1].split(/\s*;\s*/u);
	const assignment = readAssignment(parts[0] ?? '');
	if (assignment?.lead == null) return null;
	const deadline = parts
		.slice(1)
		.find((p) => deadlineOf(p).due !== null || /thuong xuyen|hang nam/.test(fold(p)));
	const body = text.slice(0, m.index).replace(/[\s,;]+$/u, '');
	const end = m[2] === '.' && !/[.;!?]$/u.test(body) ? '.' : '';
	return { text: `${body}${end}`, assignment, ...(deadline === undefined ? {} : { deadline }) };
}
