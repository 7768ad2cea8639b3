import { readAssignment, splitBodies, startsWithBody } from './assignment.ts';
import { deadlineInText, openDeadlineInText } from './deadline-text.ts';

/** Labelled facts of a task: 'Cơ quan chủ trì: …', 'Thời gian: …', 'Sản phẩm: …'. */
export interface TaskFields {
	lead?: string;
	coordinators?: string;
	deadline?: string;
	output?: string;
	/** 'Địa điểm: Tại Phòng tiếp công dân …': where, kept off the task's text. */
	place?: string;
}

const LABELS: ReadonlyArray<[keyof TaskFields, RegExp]> = [
	['coordinators', /^(?:cơ quan|đơn vị)?\s*(?:\/\s*đơn vị\s*)?phối hợp(?: thực hiện)?$/iu],
	[
		'lead',
		/^(?:(?:cơ quan|đơn vị)(?:\s*\/\s*đơn vị)?\s*(?:chủ trì(?: tham mưu)?(?: thực hiện)?|thực hiện|chịu trách nhiệm|đầu mối)|chủ trì|giao)$/iu
	],
	[
		'deadline',
		/^(?:thời gian|thời hạn|tiến độ|thời điểm)(?: hoàn thành| hoàn tất| thực hiện| thực hiện, hoàn thành| ban hành| trình)?(?:\s*\/\s*(?:thời hạn|tiến độ))?$/iu
	],
	['place', /^(?:địa điểm|địa bàn)(?: thực hiện| tổ chức)?$/iu],
	[
		'output',
		/^(?:sản phẩm|kết quả|hình thức|kết quả\s*\/\s*sản phẩm|sản phẩm\s*\/\s*kết quả|sản phẩm đầu ra)(?: dự kiến| đạt được)?$/iu
	]
];

/** The field a label names ('Cơ quan chủ trì' → 'lead'), or null. */
export function fieldOfLabel(label: string): keyof TaskFields | null {
	const clean = label.replace(/\s+/g, ' ').trim();
	for (const [field, re] of LABELS) if (re.test(clean)) return field;
	return null;
}

/** All 'Label: value' pairs in a line or a parenthesis ('Chủ trì: Sở X; phối hợp: Sở Y; thời gian: Quý II/2025'). */
export function readFields(text: string): { fields: TaskFields; found: boolean } {
	const fields: TaskFields = {};
	let found = false;
	const parts = text.split(/;\s*|\.\s+(?=\p{Lu}[^:]{0,40}:)/u);
	let previous: keyof TaskFields | null = null;
	for (const part of parts) {
		const m = /^\s*[-+•]?\s*([^:]{2,45}?)\s*:\s*(.+?)\s*[.;,]?\s*$/su.exec(part);
		const field = m?.[1] === undefined ? null : fieldOfLabel(m[1]);
		if (m?.[2] !== undefined && field !== null) {
			fields[field] = m[2].trim();
			previous = field;
			found = true;
			continue;
		}
		const value = part.replace(/^[\s\-+•]+|[\s.;,]+$/gu, '');
		if (value === '') continue;
		// '(UBND các huyện chủ trì; thời gian: …)': an unlabelled assignment
		const assignment = m === null && /chủ trì/u.test(value) ? readAssignment(value) : null;
		if (assignment?.lead != null && fields.lead === undefined) {
			fields.lead = assignment.lead;
			if (assignment.coordinators.length > 0) fields.coordinators = assignment.coordinators.join('; ');
			// 'Sở X chủ trì, phối hợp với Sở Y thực hiện, hoàn thành trước ngày 31/12/2025'
			const deadline = deadlineInText(value) ?? openDeadlineInText(value);
			if (deadline !== null && fields.deadline === undefined) fields.deadline = deadline.text;
			previous = null;
			continue;
		}
		// 'Cơ quan phối hợp: Các sở, ban, ngành; UBND các huyện': the list goes on after ';'
		if (previous === 'lead' || previous === 'coordinators' || previous === 'output')
			fields[previous] = `${fields[previous] ?? ''}; ${value}`;
	}
	return { fields, found };
}

// 'Thời gian thực hiện sau khi Chiến lược … được ban hành.': the time written without its colon
const BARE_TIME =
	/^(\s*[-+•]?\s*(?:thời gian|thời hạn)(?: thực hiện| hoàn thành)?)\s+(?=(?:trước|sau|từ|trong|năm|quý|tháng|ngày|thường xuyên|hằng|hàng)\s)/iu;

/** A line that is only fields ('Thời gian: Quý II/2025', '- Cơ quan chủ trì: Sở Tư pháp'). */
export function fieldLine(raw: string): TaskFields | null {
	const text = raw.replace(BARE_TIME, '$1: ');
	const m = /^\s*[-+•]?\s*([^:]{2,45}?)\s*:/u.exec(text);
	if (m?.[1] === undefined || fieldOfLabel(m[1]) === null) return null;
	const { fields, found } = readFields(text);
	return found ? fields : null;
}

/** What is kept of a text once its trailing part is cut off, closed with a period when the text ended with one. */
function closed(kept: string, text: string): string {
	const clean = kept.replace(/[\s,;]+$/u, '');
	return /\.\s*$/u.test(text) && !/[.!?…]$/u.test(clean) ? `${clean}.` : clean;
}

// '… . Sở Nội vụ chủ trì; thời gian: …', '…; Phòng Kinh tế chủ trì, phối hợp với …': a body leading in a closing clause
const BODY_LEADS = /^[^.;:()]{2,120}?\schủ trì(?=[\s,;.]|$)/u;

/**
 * True when a clause 'Sở X chủ trì …' says only who does the task and when ('…, phối hợp với Sở Y thực
 * hiện, hoàn thành trước ngày …'), so cutting it off the task's text loses none of the task.
 */
function onlyAssignment(clause: string): boolean {
	const lead = BODY_LEADS.exec(clause);
	if (lead === null || !startsWithBody(clause)) return false;
	const [first = '', ...others] = clause.split(';');
	// what follows the clause is labelled ('; thời gian: Quý IV/2025'), never more of the task
	const labelled = others.every((part) => {
		const label = /^\s*([^:]{2,45}?)\s*:/u.exec(part)?.[1];
		return part.trim().replace(/[.]$/u, '') === '' || (label !== undefined && fieldOfLabel(label) !== null);
	});
	if (!labelled) return false;
	let rest = first.slice(lead[0].length).replace(/[\s.]+$/u, '');
	const deadline = deadlineInText(rest) ?? openDeadlineInText(rest);
	if (deadline !== null) rest = rest.slice(0, deadline.index);
	rest = rest
		.replace(/[\s,]+$/u, '')
		.replace(/^[\s,]+/u, '')
		.replace(/\s*(?:,\s*)?(?:(?:tổ chức|triển khai|tham mưu)\s+)?thực hiện$/u, '');
	if (rest === '') return true;
	const coordinators = /^phối hợp(?: chặt chẽ)?(?: với)?\s+(.+)$/u.exec(rest)?.[1];
	return (
		coordinators !== undefined &&
		splitBodies(coordinators).every((b) => startsWithBody(b) || /^(?:các|những)\s/u.test(b))
	);
}

/**
 * Splits trailing fields off a task's text: a bracket '(Cơ quan chủ trì: …; thời gian: …)', '(do Sở X chủ
 * trì; thời gian: …)', a closing sentence 'Thời gian: …' / 'Chủ trì: …', or a closing clause naming its lead ('…;
 * Văn phòng UBND phường chủ trì, phối hợp với Phòng Kinh tế thực hiện, hoàn thành trước ngày …').
 */
export function trailingFields(text: string): { text: string; fields: TaskFields } {
	const m = /\s*\(([^()]*:[^()]*)\)\s*[.;]?\s*$/u.exec(text);
	if (m?.[1] !== undefined) {
		const { fields, found } = readFields(m[1]);
		if (found) return { text: text.slice(0, m.index).replace(/[\s,;]+$/u, ''), fields };
	}
	const sentence =
		/(?<=[.;])\s+((?:thời gian|thời hạn|tiến độ|sản phẩm|kết quả|cơ quan chủ trì|đơn vị chủ trì|chủ trì)[^:.()]{0,30}:(?:[^()]|\([^()]*\))+)$/iu.exec(
			text
		);
	if (sentence?.[1] !== undefined) {
		const { fields, found } = readFields(sentence[1]);
		// '… . Trung tâm X chủ trì; thời gian: Thường xuyên.': the lead's clause stands before the fields
		const kept = text.slice(0, sentence.index).trim();
		const lead = fields.lead === undefined ? trailingFields(kept) : null;
		if (found && lead !== null && lead.fields.lead !== undefined)
			return { text: closed(lead.text, text), fields: { ...lead.fields, ...fields } };
		if (found) return { text: kept, fields };
	}
	for (const boundary of text.matchAll(/(?<=[.;])\s+(?=\S)/gu)) {
		const rest = text.slice(boundary.index + boundary[0].length);
		if (!onlyAssignment(rest)) continue;
		const { fields } = readFields(rest);
		if (fields.lead !== undefined) return { text: closed(text.slice(0, boundary.index), text), fields };
	}
	return { text, fields: {} };
}

/**
 * A 'Nội dung: …' line under a task heading ('- Nội dung: Nâng cấp mạng LAN…', 'Nhiệm vụ: …', 'Nội dung
 * thực hiện:'): the task's own wording, and the bullet it was written with ('' unbulleted). The value
 * may be empty when the items follow on '+' lines.
 */
export function contentFieldLine(text: string): { value: string; bullet: string } | null {
	const m =
		/^\s*([-–+•]?)\s*(?:nội dung(?: thực hiện| công việc| nhiệm vụ)?|nhiệm vụ(?: cụ thể)?)\s*:\s*(.*)$/isu.exec(
			text
		);
	if (m === null) return null;
	return { value: (m[2] ?? '').trim(), bullet: m[1] === '–' ? '-' : (m[1] ?? '') };
}
