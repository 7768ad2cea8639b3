import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderPlanXlsx, renderStatisticsXlsx } from './plan-xlsx.ts';
import { samplePlan } from './sample-plan.ts';

const NOW = new Date('2025-01-20T03:00:00Z');

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
	return workbook;
}

describe('renderPlanXlsx', async () => {
	const plan = samplePlan();
	const workbook = await read(await renderPlanXlsx({ title: plan.title, groups: plan.groups, now: NOW }));

	it('lists every task with a frozen header, a filter, wrapped text and the original deadline wording', () => {
		const sheet = workbook.getWorksheet('Nhiệm vụ');
		expect(sheet).toBeDefined();
		if (!sheet) return;
		expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		expect(sheet.autoFilter).toBeTruthy();
		expect(sheet.getRow(1).values).toEqual([
			undefined,
			'STT',
			'Mã',
			'Nội dung nhiệm vụ',
			'Cơ quan chủ trì',
			'Cơ quan phối hợp',
			'Thời hạn',
			'Hạn',
			'Sản phẩm',
			'Trạng thái',
			'Tiến độ (%)',
			'Tình trạng thời hạn'
		]);
		expect(sheet.rowCount).toBe(6);
		const first = sheet.getRow(2);
		expect(first.getCell(2).value).toBe('1.a');
		expect(first.getCell(5).value).toBe('Sở TT&TT');
		expect(first.getCell(6).value).toBe('Quý III/2024');
		expect(first.getCell(7).value).toBe('30/09/2024');
		expect(first.getCell(11).value).toBe('Hoàn thành đúng hạn');
		expect(first.getCell(3).alignment?.wrapText).toBe(true);
		expect(sheet.getColumn(3).width).toBe(60);
		// 'Tổ chức sơ kết' was due 15/01/2025 and is not done on 20/01/2025
		expect(sheet.getRow(6).getCell(11).value).toBe('Chưa hoàn thành, quá hạn');
		expect(sheet.getRow(5).getCell(11).value).toBe('Hoàn thành quá hạn');
	});

	it('counts per lead unit in the official shape: done = on time + late, not done = within + overdue', () => {
		const sheet = workbook.getWorksheet('Thống kê');
		if (!sheet) throw new Error('no statistics sheet');
		const rows = sheet.getRows(4, sheet.rowCount - 3) ?? [];
		const byName = new Map(rows.map((r) => [r.getCell(2).value, r.values as unknown[]]));
		// 'Xây dựng đề án' (31/12/2024) and 'Tổ chức sơ kết' (15/01/2025) are overdue on 20/01/2025
		// [_, STT, unit, total, done, onTime, late, notDone, within, overdue, rate done, rate on time, rate overdue]
		expect(byName.get('Sở KH&CN')?.slice(3)).toEqual([2, 1, 1, 0, 1, 1, 0, 50, 50, 0]);
		expect(byName.get('Sở Nội vụ')?.slice(3)).toEqual([1, 1, 0, 1, 0, 0, 0, 100, 0, 0]);
		expect(byName.get('Tổng cộng')?.slice(3)).toEqual([5, 2, 1, 1, 3, 1, 2, 40, 20, 40]);
	});
});

describe('renderStatisticsXlsx', () => {
	it('holds only the statistics sheet', async () => {
		const plan = samplePlan();
		const workbook = await read(
			await renderStatisticsXlsx({ title: plan.title, groups: plan.groups, now: NOW })
		);
		expect(workbook.worksheets.map((w) => w.name)).toEqual(['Thống kê']);
	});
});
