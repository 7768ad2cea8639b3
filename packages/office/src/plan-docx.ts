import { AlignmentType, Paragraph, TableRow, type Table } from 'docx';
import {
	formatDeadline,
	taskItemLabel,
	type ReportGroup,
	type ReportTask,
	type RichParagraph
} from '@trienkhai/domain';
import type { OfficialHeading } from './official-document.ts';
import {
	TEXT_WIDTH,
	bodyParagraph,
	cellText,
	centred,
	fixedTable,
	gridCell,
	renderOfficialDocx,
	run
} from './official-layout.ts';
import { LIST_NUMBERING, richBodyParagraphs } from './rich-paragraphs.ts';

/** Everything the DOCX of a plan shows: the official heading, the directives it implements, its sections and tasks. */
export interface PlanExport extends OfficialHeading {
	title: string;
	/** Citations of the implemented directives, e.g. 'Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị'. */
	implements: string[];
	/**
	 * Section I (Mục đích, yêu cầu) and III (Tổ chức thực hiện) as written, one paragraph a line;
	 * `purposeRich`, when known, is section I with its formatting (bold, lists), preferred to `purpose`.
	 */
	sections: { purpose: string; organisation: string; purposeRich?: RichParagraph[] };
	groups: ReportGroup[];
	/** The current year, for the blank date line of a draft. */
	draftYear: number;
}

const END = './.';

/** The trích yếu under 'KẾ HOẠCH': the title without its leading 'Kế hoạch', capitalised. */
export function planSubject(title: string): string {
	const rest = title.trim().replace(/^kế hoạch\s+/iu, '');
	return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** The sentence under a task: who leads, who coordinates, by when, and what it produces. */
export function taskAssignmentLine(task: ReportTask): string {
	const parts = [`Cơ quan chủ trì: ${task.leadName ?? 'chưa phân công'}`];
	if (task.coordinatorNames.length > 0) parts.push(`cơ quan phối hợp: ${task.coordinatorNames.join(', ')}`);
	if (task.deadline) parts.push(`thời gian hoàn thành: ${formatDeadline(task.deadline)}`);
	if (task.output) parts.push(`sản phẩm: ${task.output}`);
	return `${parts.join('; ')}.`;
}

function lines(text: string): string[] {
	return text
		.split(/\r?\n/u)
		.map((l) => l.trim())
		.filter((l) => l !== '');
}

function heading(text: string): Paragraph {
	return new Paragraph({
		indent: { firstLine: 567 },
		alignment: AlignmentType.JUSTIFIED,
		children: [run(text, { bold: true })]
	});
}

/** The citation paragraph 'Thực hiện …, <issuer> ban hành Kế hoạch … như sau:'. */
export function preamble(plan: Pick<PlanExport, 'implements' | 'issuer'>): string | null {
	if (plan.implements.length === 0) return null;
	const cited = plan.implements.join('; ');
	return `Thực hiện ${cited}, ${plan.issuer.name} ban hành Kế hoạch triển khai thực hiện như sau:`;
}

function bodyOf(plan: PlanExport): Paragraph[] {
	const out: Paragraph[] = [];
	const intro = preamble(plan);
	if (intro) out.push(bodyParagraph(intro));
	out.push(heading('I. MỤC ĐÍCH, YÊU CẦU'));
	if (plan.sections.purposeRich) out.push(...richBodyParagraphs(plan.sections.purposeRich));
	else for (const line of lines(plan.sections.purpose)) out.push(bodyParagraph(line));
	out.push(heading('II. NHIỆM VỤ, GIẢI PHÁP'));
	// numbered as the plan is everywhere (numberPlan): group '1.', its tasks 'a)' 'b)'
	for (const group of plan.groups) {
		if (group.code !== '' || group.title !== '') out.push(heading(`${group.code}. ${group.title}`));
		for (const task of group.tasks) {
			out.push(bodyParagraph(`${taskItemLabel(task.code)} ${task.content}`));
			out.push(bodyParagraph(taskAssignmentLine(task), { italics: true }));
		}
	}
	out.push(heading('III. TỔ CHỨC THỰC HIỆN'));
	const organisation = lines(plan.sections.organisation).map((l) => l.replace(/\s*\.\/\.$/u, ''));
	if (organisation.length === 0)
		organisation.push('Các cơ quan, đơn vị căn cứ Kế hoạch này tổ chức thực hiện.');
	organisation.forEach((line, i) => {
		const last = i === organisation.length - 1;
		out.push(bodyParagraph(last ? `${line.replace(/[.;,]$/u, '')}${END}` : line));
	});
	return out;
}

/** Column widths of the appendix table in twips, landscape: STT, content, lead, coordinators, output, deadline. */
const APPENDIX_WEIGHTS = [5, 37, 15, 17, 13, 13];

function appendixWidths(): number[] {
	const total = APPENDIX_WEIGHTS.reduce((a, b) => a + b, 0);
	return APPENDIX_WEIGHTS.map((w) => Math.floor((TEXT_WIDTH.landscape * w) / total));
}

/** The landscape task table: header row repeated on each page, one spanning row per group. */
export function taskAppendixTable(groups: ReportGroup[]): Table {
	const widths = appendixWidths();
	const width = (i: number): number => widths[i] ?? 0;
	const header = new TableRow({
		tableHeader: true,
		cantSplit: true,
		children: [
			'STT',
			'Nội dung nhiệm vụ',
			'Cơ quan chủ trì',
			'Cơ quan phối hợp',
			'Sản phẩm',
			'Thời gian hoàn thành'
		].map((h, i) => gridCell([cellText(h, { bold: true, centre: true })], width(i), { shade: true }))
	});
	const rows = [header];
	for (const group of groups) {
		if (group.code !== '' || group.title !== '') {
			rows.push(
				new TableRow({
					cantSplit: true,
					children: [
						gridCell([cellText(group.code, { bold: true, centre: true })], width(0)),
						gridCell(
							[cellText(group.title, { bold: true })],
							widths.slice(1).reduce((a, b) => a + b, 0),
							{
								columnSpan: 5
							}
						)
					]
				})
			);
		}
		for (const task of group.tasks) {
			rows.push(
				new TableRow({
					cantSplit: true,
					children: [
						gridCell([cellText(task.code, { centre: true })], width(0)),
						gridCell([cellText(task.content)], width(1)),
						gridCell([cellText(task.leadName ?? '')], width(2)),
						gridCell([cellText(task.coordinatorNames.join(', '))], width(3)),
						gridCell([cellText(task.output ?? '')], width(4)),
						gridCell(
							[cellText(task.deadline ? formatDeadline(task.deadline) : '', { centre: true })],
							width(5)
						)
					]
				})
			);
		}
	}
	return fixedTable(widths, rows);
}

/** The appendix heading: 'PHỤ LỤC', what it lists, and which plan it goes with. */
export function appendixHeading(
	title: string,
	plan: Pick<PlanExport, 'number' | 'symbol' | 'issuer' | 'date'>
): Paragraph[] {
	const number =
		plan.number === null
			? ''
			: ` số ${plan.issuer.kind === 'state' ? `${plan.number}/` : `${plan.number}-`}${plan.symbol}`;
	const date = plan.date === null ? '' : ` ngày ${plan.date.split('-').reverse().join('/')}`;
	return [
		centred('PHỤ LỤC', { bold: true }),
		centred(title, { bold: true }),
		centred(`(Kèm theo Kế hoạch${number}${date} của ${plan.issuer.name})`, { italics: true }, 240)
	];
}

/** The DOCX of a plan in the official layout of its issuer: portrait body, landscape task appendix. */
export async function renderPlanDocx(plan: PlanExport): Promise<Uint8Array> {
	return renderOfficialDocx({
		heading: plan,
		draftYear: plan.draftYear,
		title: plan.title,
		documentType: 'Kế hoạch',
		subject: [planSubject(plan.title)],
		body: bodyOf(plan),
		numbering: LIST_NUMBERING,
		appendix: [
			...appendixHeading('DANH MỤC NHIỆM VỤ TRIỂN KHAI THỰC HIỆN', plan),
			taskAppendixTable(plan.groups)
		]
	});
}
