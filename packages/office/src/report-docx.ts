import { Paragraph, TableRow, type Table } from 'docx';
import { percentVi, type PeriodicReport, type ReportMention } from '@trienkhai/domain';
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

/** A periodic report with the heading of the unit that sends it. */
export interface ReportExport extends OfficialHeading {
	report: PeriodicReport;
	draftYear: number;
}

function heading(text: string): Paragraph {
	return new Paragraph({ indent: { firstLine: 567 }, children: [run(text, { bold: true })] });
}

function mentions(list: readonly ReportMention[], empty: string): Paragraph[] {
	if (list.length === 0) return [bodyParagraph(empty)];
	return list.map((m) => bodyParagraph(`- ${m.content} (${m.code}; ${m.leadName}): ${m.text}`));
}

function body(report: PeriodicReport): Paragraph[] {
	const out: Paragraph[] = [
		heading('I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'),
		...report.leadership.map((l) => bodyParagraph(l))
	];
	out.push(heading('II. KẾT QUẢ THỰC HIỆN'));
	// the groups keep the plan's numbers (a report may leave some out); the ungrouped tasks have none
	report.results.forEach((group) => {
		out.push(heading(group.code ? `${group.code}. ${group.title}` : 'Nhiệm vụ khác'));
		for (const t of group.tasks) {
			const note = t.note ? ` Kết quả: ${t.note}` : '';
			out.push(
				bodyParagraph(
					`- ${t.content} (${t.code}; chủ trì: ${t.leadName}): ${t.statusLabel.toLowerCase()}, tiến độ ${t.progress}%, ${t.timeLabel.toLowerCase()}.${note}`
				)
			);
		}
	});
	if (report.results.length === 0) out.push(bodyParagraph('Không có nhiệm vụ trong phạm vi báo cáo.'));
	out.push(
		heading('III. TỒN TẠI, HẠN CHẾ'),
		...mentions(report.shortcomings, 'Không có nhiệm vụ chậm tiến độ.')
	);
	out.push(
		heading('IV. NHIỆM VỤ THỜI GIAN TỚI'),
		...mentions(report.upcoming, 'Tiếp tục thực hiện các nhiệm vụ thường xuyên theo Kế hoạch.')
	);
	out.push(heading('V. KIẾN NGHỊ, ĐỀ XUẤT'), ...mentions(report.proposals, 'Không có kiến nghị, đề xuất.'));
	const last = out.pop();
	if (last) out.push(last, bodyParagraph('Trên đây là báo cáo kết quả thực hiện trong kỳ./.'));
	return out;
}

const WEIGHTS = [5, 40, 16, 13, 8, 18];

function progressTable(report: PeriodicReport): Table {
	const total = WEIGHTS.reduce((a, b) => a + b, 0);
	const widths = WEIGHTS.map((w) => Math.floor((TEXT_WIDTH.landscape * w) / total));
	const w = (i: number): number => widths[i] ?? 0;
	const rows = [
		new TableRow({
			tableHeader: true,
			children: ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tiến độ', 'Tình trạng'].map(
				(h, i) => gridCell([cellText(h, { bold: true, centre: true })], w(i), { shade: true })
			)
		})
	];
	let n = 0;
	for (const group of report.results) {
		rows.push(
			new TableRow({
				children: [
					gridCell(
						[cellText(group.title || 'Nhiệm vụ khác', { bold: true })],
						widths.reduce((a, b) => a + b, 0),
						{ columnSpan: 6 }
					)
				]
			})
		);
		for (const t of group.tasks) {
			n += 1;
			rows.push(
				new TableRow({
					cantSplit: true,
					children: [
						gridCell([cellText(String(n), { centre: true })], w(0)),
						gridCell([cellText(`${t.code}. ${t.content}`)], w(1)),
						gridCell([cellText(t.leadName)], w(2)),
						gridCell([cellText(t.deadline, { centre: true })], w(3)),
						gridCell([cellText(`${t.progress}%`, { centre: true })], w(4)),
						gridCell([cellText(t.timeLabel)], w(5))
					]
				})
			);
		}
	}
	const s = report.statistics;
	rows.push(
		new TableRow({
			children: [
				gridCell(
					[
						cellText(
							`Tổng số ${s.total}; đã hoàn thành ${s.done.total} (${percentVi(s.rates.done)}): đúng hạn ${s.done.onTime}, quá hạn ${s.done.late}; chưa hoàn thành ${s.notDone.total} (${percentVi(s.rates.notDone)}): trong hạn ${s.notDone.withinDeadline}, quá hạn ${s.notDone.overdue}.`,
							{ bold: true }
						)
					],
					widths.reduce((a, b) => a + b, 0),
					{ columnSpan: 6 }
				)
			]
		})
	);
	return fixedTable(widths, rows);
}

/** The DOCX of a periodic report ('BÁO CÁO') in the official layout, with a landscape progress appendix. */
export async function renderReportDocx(input: ReportExport): Promise<Uint8Array> {
	const { report } = input;
	return renderOfficialDocx({
		heading: input,
		draftYear: input.draftYear,
		title: report.subject,
		documentType: 'Báo cáo',
		subject: [report.subject],
		body: body(report),
		appendix: [
			centred('PHỤ LỤC', { bold: true }),
			centred(`TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ ${report.periodLabel.toUpperCase()}`, { bold: true }),
			centred(
				`(Số liệu tính đến ngày ${report.asOf.split('-').reverse().join('/')})`,
				{ italics: true },
				240
			),
			progressTable(report)
		]
	});
}
