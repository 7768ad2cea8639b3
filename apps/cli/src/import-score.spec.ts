import type { ImportJson } from '@trienkhai/domain';
import { describe, expect, it } from 'vitest';
import {
	pairTasks,
	sameDeadline,
	sameLead,
	scoreFile,
	totalScore,
	type LabelledTask
} from './import-score.ts';

type Task = ImportJson['tasks'][number];

const task = (content: string, lead: string | null, deadline: string | null = null): Task => ({
	code: '1',
	content,
	lead,
	coordinators: [],
	deadline: deadline === null ? null : { text: deadline, due: null },
	output: null,
	source: { line: 1 }
});

const label = (match: string, lead: string | null, deadline: string | null = null): LabelledTask => ({
	match,
	lead,
	coordinators: [],
	deadline
});

describe('import scoring', () => {
	it('pairs a label with the task whose folded content holds its words, each task once', () => {
		const tasks = [
			task('Chủ trì, phối hợp với Sở Tư pháp rà soát văn bản.', 'Sở Nội vụ'),
			task('Rà soát văn bản', null)
		];
		expect(
			pairTasks([label('phoi hop voi so tu phap', null), label('rà soát văn bản', null)], tasks)
		).toEqual([0, 1]);
		expect(
			pairTasks(
				[label('rà soát văn bản', null), label('rà soát văn bản', null)],
				[task('Rà soát văn bản', null)]
			)
		).toEqual([0, null]);
	});

	it('compares leads folded, case and punctuation aside, and null only with null', () => {
		expect(sameLead('Sở Tài chính', 'SỞ TÀI CHÍNH.')).toBe(true);
		expect(sameLead('Sở Tài chính', 'Sở Tư pháp')).toBe(false);
		expect(sameLead(null, null)).toBe(true);
		expect(sameLead(null, 'Sở Tư pháp')).toBe(false);
	});

	it('takes a deadline as right when one wording contains the other', () => {
		expect(sameDeadline('trước ngày 28/2/2023', 'Trước ngày 28/2/2023.')).toBe(true);
		expect(sameDeadline('Quý II/2025', 'Quý III/2025')).toBe(false);
		expect(sameDeadline('Năm 2025', null)).toBe(false);
	});

	it('scores recall, lead accuracy, precision and deadlines of a file, and totals over files', () => {
		const labels = [label('việc A', 'Sở X', 'Năm 2025'), label('việc B', 'Sở Y'), label('việc C', null)];
		const tasks = [
			task('Việc A', 'Sở X', 'năm 2025'),
			task('Việc B', 'Sở Z'),
			task('Tuyên truyền chung', null)
		];
		const s = scoreFile(labels, tasks);
		expect(s).toMatchObject({
			labelled: 3,
			emitted: 3,
			found: 2,
			leadRight: 1,
			deadlinesLabelled: 1,
			deadlinesRight: 1
		});
		expect(s.recall).toBeCloseTo(2 / 3);
		expect(s.leadAccuracy).toBe(0.5);
		expect(s.precision).toBeCloseTo(2 / 3);
		expect(s.missed).toEqual(['việc C']);
		expect(s.wrongLeads).toEqual([{ match: 'việc B', expected: 'Sở Y', got: 'Sở Z' }]);
		expect(s.extra).toEqual(['Tuyên truyền chung']);
		const total = totalScore([s, scoreFile([label('việc D', 'Sở X')], [task('Việc D', 'Sở X')])]);
		expect(total).toMatchObject({ labelled: 4, emitted: 4, found: 3, leadRight: 2 });
		expect(total.recall).toBe(0.75);
	});
});
