import { Document, Packer, Paragraph, Table, TableBorders, TableRow, WidthType } from 'docx';
import { formatDateVi, type IsoDate, type OpinionDecision, type OpinionStance } from '@trienkhai/domain';
import type { OfficialIssuer } from './official-document.ts';
import {
	SIZE,
	STYLES,
	TEXT_WIDTH,
	bodyParagraph,
	cellText,
	centred,
	fixedTable,
	gridCell,
	mm,
	pageNumberHeaders,
	pageProperties,
	rule
} from './official-layout.ts';

/** One opinion as the summary table lists it. */
export interface OpinionSummaryRow {
	/** The unit that gave it. */
	unit: string;
	/** The task it is about (its code and content), or null for the draft as a whole. */
	task: { code: string; content: string } | null;
	stance: OpinionStance;
	text: string;
	decision: OpinionDecision | null;
	explanation: string;
}

/** Everything the summary table of an opinion round shows. */
export interface OpinionSummaryExport {
	issuer: OfficialIssuer;
	planTitle: string;
	/** When the draft was sent for opinions, and the answers' due date. */
	requestedOn: IsoDate;
	dueOn: IsoDate;
	/** Names of the units asked, and of those that have not answered. */
	askedUnits: string[];
	silentUnits: string[];
	rows: OpinionSummaryRow[];
}

const STANCE_VI: Record<OpinionStance, string> = {
	agree: 'Nhất trí với dự thảo.',
	propose: 'Đề nghị sửa đổi: ',
	comment: 'Góp ý: '
};

/** What the last column says: taken in (with what was changed) or explained, or that it is pending. */
export function decisionText(row: Pick<OpinionSummaryRow, 'stance' | 'decision' | 'explanation'>): string {
	if (row.decision === null) return row.stance === 'agree' ? 'Ghi nhận.' : 'Chưa xử lý.';
	const why = row.explanation.trim();
	if (row.decision === 'taken_in') return why ? `Tiếp thu. ${why}` : 'Tiếp thu.';
	return `Giải trình: ${why}`;
}

/** What the third column says: the stance, the task concerned and the opinion's words. */
export function opinionText(row: Pick<OpinionSummaryRow, 'stance' | 'text'>): string {
	return row.stance === 'agree'
		? `${STANCE_VI.agree}${row.text ? ` ${row.text}` : ''}`
		: `${STANCE_VI[row.stance]}${row.text}`;
}

const WIDTHS = [mm(12), mm(48), mm(100), mm(92)];

function headerCells(issuer: OfficialIssuer): Table {
	const half = Math.floor(TEXT_WIDTH.landscape / 2);
	const left = [
		...(issuer.parentName ? [centred(issuer.parentName.toUpperCase(), { size: SIZE.header })] : []),
		centred(issuer.name.toUpperCase(), { bold: true, size: SIZE.header }),
		issuer.kind === 'state' ? rule(mm(20), half) : centred('*')
	];
	const right =
		issuer.kind === 'state'
			? [
					centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: SIZE.header }),
					centred('Độc lập - Tự do - Hạnh phúc', { bold: true, size: SIZE.motto }),
					rule(mm(60), half)
				]
			: [centred('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, underline: true, size: 30 })];
	return new Table({
		borders: TableBorders.NONE,
		width: { size: half * 2, type: WidthType.DXA },
		columnWidths: [half, half],
		rows: [new TableRow({ children: [gridCell(left, half), gridCell(right, half)] })]
	});
}

function row(cells: string[], style: { bold?: boolean; shade?: boolean } = {}): TableRow {
	return new TableRow({
		cantSplit: true,
		children: cells.map((text, i) =>
			gridCell([cellText(text, { bold: style.bold, centre: i === 0 || style.bold })], WIDTHS[i]!, {
				shade: style.shade
			})
		)
	});
}

function groupRow(label: string): TableRow {
	const width = WIDTHS.reduce((a, b) => a + b, 0);
	return new TableRow({ children: [gridCell([cellText(label, { bold: true })], width, { columnSpan: 4 })] });
}

/** The summary table: general opinions first (I.), then per task (II.) in the order given. */
export function opinionSummaryTable(rows: readonly OpinionSummaryRow[]): Table {
	const out: TableRow[] = [
		new TableRow({
			tableHeader: true,
			children: ['STT', 'Cơ quan, đơn vị góp ý', 'Nội dung góp ý', 'Ý kiến tiếp thu, giải trình'].map(
				(t, i) => gridCell([cellText(t, { bold: true, centre: true })], WIDTHS[i]!, { shade: true })
			)
		})
	];
	const general = rows.filter((r) => r.task === null);
	const specific = rows.filter((r) => r.task !== null);
	const section = (label: string, list: readonly OpinionSummaryRow[]) => {
		if (list.length === 0) return;
		out.push(groupRow(label));
		list.forEach((r, i) => {
			const about = r.task ? `Nhiệm vụ ${r.task.code} (${r.task.content}): ` : '';
			out.push(row([String(i + 1), r.unit, `${about}${opinionText(r)}`, decisionText(r)]));
		});
	};
	section('I. Ý KIẾN CHUNG VỀ DỰ THẢO', general);
	section(`${general.length ? 'II' : 'I'}. Ý KIẾN VỀ CÁC NHIỆM VỤ CỤ THỂ`, specific);
	return fixedTable(WIDTHS, out);
}

/** The opening paragraph: how many units were asked, how many answered, who has not. */
export function summaryLead(data: OpinionSummaryExport): string {
	const answered = data.askedUnits.length - data.silentUnits.length;
	const agreeing = new Set(data.rows.filter((r) => r.stance === 'agree').map((r) => r.unit)).size;
	const base =
		`Ngày ${formatDateVi(data.requestedOn)}, ${data.issuer.name} gửi dự thảo xin ý kiến ${data.askedUnits.length} ` +
		`cơ quan, đơn vị (hạn ${formatDateVi(data.dueOn)}); đã nhận được ý kiến của ${answered} cơ quan, đơn vị` +
		(agreeing > 0 ? `, trong đó ${agreeing} cơ quan, đơn vị nhất trí với dự thảo` : '');
	return data.silentUnits.length ? `${base}; chưa có ý kiến: ${data.silentUnits.join(', ')}.` : `${base}.`;
}

/** The round's "Bảng tổng hợp tiếp thu, giải trình ý kiến" as DOCX: one landscape A4 section. */
export async function renderOpinionSummaryDocx(data: OpinionSummaryExport): Promise<Uint8Array> {
	const document = new Document({
		creator: 'Triển Khai',
		title: `Bảng tổng hợp tiếp thu, giải trình ý kiến: ${data.planTitle}`,
		styles: STYLES,
		sections: [
			{
				properties: { ...pageProperties('landscape'), titlePage: true },
				headers: pageNumberHeaders(),
				children: [
					headerCells(data.issuer),
					new Paragraph({ spacing: { before: 240 }, children: [] }),
					centred('BẢNG TỔNG HỢP TIẾP THU, GIẢI TRÌNH Ý KIẾN', { bold: true }),
					centred(`Góp ý dự thảo ${data.planTitle}`, { bold: true }),
					rule(mm(30), TEXT_WIDTH.landscape),
					bodyParagraph(summaryLead(data)),
					opinionSummaryTable(data.rows)
				]
			}
		]
	});
	return new Uint8Array(await Packer.toBuffer(document));
}
