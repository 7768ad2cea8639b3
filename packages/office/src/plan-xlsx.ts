import ExcelJS from 'exceljs';
import {
	TASK_STATUS_LABELS_VI,
	TIME_STATUS_HEX,
	TIME_STATUS_LABELS_VI,
	computeStatistics,
	computeTimeStatus,
	formatDateVi,
	type ReportGroup,
	type UnitStatistics
} from '@trienkhai/domain';

/** What the spreadsheets of a plan need: its title and its tasks by group. */
export interface PlanSheetInput {
	title: string;
	groups: readonly ReportGroup[];
	/** The instant time statuses are judged at. */
	now: Date;
}

const TASK_COLUMNS = [
	{ header: 'STT', key: 'stt', width: 6 },
	{ header: 'Mã', key: 'code', width: 11 },
	{ header: 'Nội dung nhiệm vụ', key: 'content', width: 60 },
	{ header: 'Cơ quan chủ trì', key: 'lead', width: 24 },
	{ header: 'Cơ quan phối hợp', key: 'coordinators', width: 28 },
	{ header: 'Thời hạn', key: 'deadline', width: 18 },
	{ header: 'Hạn', key: 'due', width: 12 },
	{ header: 'Sản phẩm', key: 'output', width: 16 },
	{ header: 'Trạng thái', key: 'status', width: 18 },
	{ header: 'Tiến độ (%)', key: 'progress', width: 11 },
	{ header: 'Tình trạng thời hạn', key: 'time', width: 26 }
] as const;

function styleHeader(row: ExcelJS.Row): void {
	row.font = { name: 'Times New Roman', bold: true, size: 12 };
	row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
	row.eachCell((cell) => {
		cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
	});
}

function border(row: ExcelJS.Row): void {
	row.eachCell({ includeEmpty: true }, (cell) => {
		cell.border = {
			top: { style: 'thin' },
			left: { style: 'thin' },
			bottom: { style: 'thin' },
			right: { style: 'thin' }
		};
	});
}

function argb(hex: string): string {
	return `FF${hex.replace('#', '').toUpperCase()}`;
}

function addTaskSheet(workbook: ExcelJS.Workbook, input: PlanSheetInput): void {
	const sheet = workbook.addWorksheet('Nhiệm vụ', { views: [{ state: 'frozen', ySplit: 1 }] });
	sheet.columns = TASK_COLUMNS.map((c) => ({ ...c }));
	styleHeader(sheet.getRow(1));
	let stt = 0;
	for (const group of input.groups) {
		for (const task of group.tasks) {
			stt += 1;
			const time = computeTimeStatus(task, input.now);
			const row = sheet.addRow({
				stt,
				code: task.code,
				content: task.content,
				lead: task.leadName ?? '',
				coordinators: task.coordinatorNames.join(', '),
				deadline: task.deadline?.text ?? '',
				due: task.deadline?.due ? formatDateVi(task.deadline.due) : '',
				output: task.output ?? '',
				status: TASK_STATUS_LABELS_VI[task.status],
				progress: task.progress,
				time: TIME_STATUS_LABELS_VI[time.status]
			});
			row.font = { name: 'Times New Roman', size: 12 };
			row.alignment = { vertical: 'top', wrapText: true };
			row.getCell('time').font = {
				name: 'Times New Roman',
				size: 12,
				color: { argb: argb(TIME_STATUS_HEX[time.status]) }
			};
			border(row);
		}
	}
	border(sheet.getRow(1));
	sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: TASK_COLUMNS.length } };
}

const STAT_HEADER = [
	'STT',
	'Cơ quan chủ trì',
	'Tổng số nhiệm vụ',
	'Đã hoàn thành',
	'Hoàn thành đúng hạn',
	'Hoàn thành quá hạn',
	'Chưa hoàn thành',
	'Chưa hoàn thành, trong hạn',
	'Chưa hoàn thành, quá hạn',
	'Tỷ lệ hoàn thành (%)',
	'Tỷ lệ đúng hạn (%)',
	'Tỷ lệ quá hạn (%)'
];

function statRow(label: string, s: UnitStatistics): (string | number)[] {
	return [
		label,
		s.total,
		s.done.total,
		s.done.onTime,
		s.done.late,
		s.notDone.total,
		s.notDone.withinDeadline,
		s.notDone.overdue,
		s.rates.done,
		s.rates.doneOnTime,
		s.rates.overdue
	];
}

function addStatisticsSheet(workbook: ExcelJS.Workbook, input: PlanSheetInput): void {
	const sheet = workbook.addWorksheet('Thống kê', { views: [{ state: 'frozen', ySplit: 3 }] });
	const tasks = input.groups.flatMap((g) => g.tasks);
	const stats = computeStatistics(tasks, input.now);
	const names = new Map(tasks.map((t) => [t.leadUnitId, t.leadName ?? 'Chưa phân công']));
	sheet.mergeCells(1, 1, 1, STAT_HEADER.length);
	sheet.getCell(1, 1).value =
		`THỐNG KÊ KẾT QUẢ THỰC HIỆN NHIỆM VỤ (tính đến ngày ${formatDateVi(input.now)})`;
	sheet.getCell(1, 1).font = { name: 'Times New Roman', bold: true, size: 13 };
	sheet.getCell(1, 1).alignment = { horizontal: 'center' };
	sheet.mergeCells(2, 1, 2, STAT_HEADER.length);
	sheet.getCell(2, 1).value = input.title;
	sheet.getCell(2, 1).font = { name: 'Times New Roman', italic: true, size: 12 };
	sheet.getCell(2, 1).alignment = { horizontal: 'center', wrapText: true };
	sheet.getRow(2).height = 45;
	const header = sheet.getRow(3);
	header.values = STAT_HEADER;
	styleHeader(header);
	border(header);
	header.height = 48;
	stats.byUnit.forEach((unit, i) => {
		const row = sheet.addRow([i + 1, ...statRow(names.get(unit.unitId) ?? 'Chưa phân công', unit)]);
		row.font = { name: 'Times New Roman', size: 12 };
		row.alignment = { vertical: 'top', wrapText: true };
		border(row);
	});
	const total = sheet.addRow(['', ...statRow('Tổng cộng', stats.total)]);
	total.font = { name: 'Times New Roman', size: 12, bold: true };
	border(total);
	sheet.columns.forEach((column, i) => {
		column.width = i === 1 ? 36 : i === 0 ? 6 : 13;
	});
	sheet.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: STAT_HEADER.length } };
}

async function toBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function newWorkbook(title: string): ExcelJS.Workbook {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Triển Khai';
	workbook.title = title;
	return workbook;
}

/** The XLSX of a plan: the task list ('Nhiệm vụ') and the per-unit statistics ('Thống kê'). */
export async function renderPlanXlsx(input: PlanSheetInput): Promise<Uint8Array> {
	const workbook = newWorkbook(input.title);
	addTaskSheet(workbook, input);
	addStatisticsSheet(workbook, input);
	return toBytes(workbook);
}

/** The XLSX of a plan's per-unit statistics only, in the Government Office's shape. */
export async function renderStatisticsXlsx(input: PlanSheetInput): Promise<Uint8Array> {
	const workbook = newWorkbook(input.title);
	addStatisticsSheet(workbook, input);
	return toBytes(workbook);
}
