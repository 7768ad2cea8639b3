import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../plan/deadline.ts';
import { reportPeriodOf } from '../stats/report-period.ts';
import { buildPeriodicReport, percentVi, reportPeriodLabel } from './periodic-report.ts';
import { newReportTask, type ReportGroup, type ReportTask } from './report-task.ts';

function task(p: Partial<ReportTask> & Pick<ReportTask, 'id' | 'code'>): ReportTask {
	return newReportTask({
		content: `Nhiệm vụ ${p.code}`,
		leadUnitId: 'khcn',
		leadName: 'Sở KH&CN',
		status: 'in_progress',
		progress: 30,
		...p
	});
}

const groups: ReportGroup[] = [
	{
		code: 'II.1',
		title: 'Lãnh đạo, chỉ đạo',
		tasks: [
			task({
				id: 'a',
				code: 'II.1.a',
				status: 'done',
				progress: 100,
				completedOn: '2025-02-10',
				deadline: parseDeadline('28/02/2025'),
				resultReport: 'Đã quán triệt.'
			}),
			task({
				id: 'b',
				code: 'II.1.b',
				deadline: parseDeadline('31/01/2025'),
				difficulties: 'Thiếu kinh phí',
				extensionRequest: 'Xin gia hạn đến 30/6/2025'
			})
		]
	},
	{
		code: 'II.2',
		title: 'Cơ chế, chính sách',
		tasks: [
			task({
				id: 'c',
				code: 'II.2.a',
				leadUnitId: 'nv',
				leadName: 'Sở Nội vụ',
				status: 'done',
				progress: 100,
				completedOn: '2025-03-20',
				deadline: parseDeadline('15/03/2025')
			}),
			task({
				id: 'd',
				code: 'II.2.b',
				leadUnitId: 'nv',
				leadName: 'Sở Nội vụ',
				status: 'assigned',
				progress: 0,
				deadline: parseDeadline('Quý II/2025')
			})
		]
	}
];

const q1 = { kind: 'quarter' as const, ...reportPeriodOf('quarter', '2025-02-01') };

describe('buildPeriodicReport', () => {
	const report = buildPeriodicReport({
		planReference: 'Kế hoạch số 12/KH-UBND ngày 01/08/2024 của Ủy ban nhân dân tỉnh Quảng Bình',
		groups,
		period: q1,
		unit: null,
		now: new Date('2025-06-01T00:00:00Z')
	});

	it('covers quý I 2025 from 15/12/2024 to 14/03/2025 and judges at its last day', () => {
		expect(report.periodLabel).toBe('quý I năm 2025');
		expect(report.subject).toBe(
			'Kết quả thực hiện Kế hoạch số 12/KH-UBND ngày 01/08/2024 của Ủy ban nhân dân tỉnh Quảng Bình, kỳ báo cáo từ 15/12/2024 đến 14/03/2025'
		);
		expect(report.asOf).toBe('2025-03-14');
	});

	it('counts in the official shape at the cut-off: c was completed after it, so it is still open there', () => {
		expect(report.statistics.total).toBe(4);
		expect(report.statistics.done).toEqual({ total: 1, onTime: 1, late: 0 });
		expect(report.completedInPeriod).toBe(1);
		expect(report.leadership[1]).toContain('đã hoàn thành 1 nhiệm vụ (25%)');
		expect(report.leadership[1]).toContain('quá hạn 1; chưa triển khai 1 nhiệm vụ');
	});

	it('lists overdue tasks and difficulties under III, upcoming deadlines under IV, extension requests under V', () => {
		expect(report.shortcomings.map((s) => `${s.code}: ${s.text}`)).toEqual([
			'II.1.b: Chưa hoàn thành, quá hạn 42 ngày (thời hạn 31/01/2025).',
			'II.1.b: Khó khăn, vướng mắc: Thiếu kinh phí'
		]);
		// II.2.a is due 15/03, the first day of the next period; II.2.b (Quý II, 30/06) lies beyond it
		expect(report.upcoming.map((u) => u.code)).toEqual(['II.2.a']);
		expect(report.proposals).toEqual([
			{ code: 'II.1.b', content: 'Nhiệm vụ II.1.b', leadName: 'Sở KH&CN', text: 'Xin gia hạn đến 30/6/2025' }
		]);
		expect(report.results.map((g) => g.tasks.map((t) => t.timeStatus))).toEqual([
			['done_on_time', 'overdue'],
			['within_deadline', 'not_started']
		]);
		expect(report.results[0]?.tasks[0]?.note).toBe('Đã quán triệt.');
	});

	it("keeps to the unit's own tasks when a unit reports", () => {
		const mine = buildPeriodicReport({
			planReference: 'Kế hoạch',
			groups,
			period: q1,
			unit: { id: 'nv', name: 'Sở Nội vụ' },
			now: new Date('2025-03-01T00:00:00Z')
		});
		expect(mine.asOf).toBe('2025-03-01');
		expect(mine.results.map((g) => g.code)).toEqual(['II.2']);
		expect(mine.statistics.total).toBe(2);
		expect(mine.leadership[1]).toMatch(/^Tổng số nhiệm vụ do Sở Nội vụ chủ trì: 2\./);
	});
});

describe('labels', () => {
	it('names periods and writes percentages the Vietnamese way', () => {
		expect(reportPeriodLabel({ kind: 'half', year: 2025, index: 2 })).toBe('6 tháng cuối năm 2025');
		expect(reportPeriodLabel({ kind: 'month', year: 2025, index: 3 })).toBe('tháng 3 năm 2025');
		expect(percentVi(33.3)).toBe('33,3%');
	});
});
