import { describe, it, expect } from 'vitest';
import * as domain from './index.ts';

// Other packages are written against these names; losing one is a breaking change.
describe('public API', () => {
	it('exports the agreed runtime names', () => {
		const names = [
			'foldVietnamese',
			'VN_TIME_ZONE',
			'formatDateVi',
			'localDateOf',
			'parseVietnameseDate',
			'daysBetween',
			'unitAncestors',
			'buildUnitTree',
			'DIRECTIVE_TYPES',
			'isDirectiveType',
			'directiveTypeFromName',
			'parseDocumentNumber',
			'formatDocumentNumber',
			'findDocumentReferences',
			'parseSignatureLine',
			'formatSignerCapacity',
			'parseDeadline',
			'formatDeadline',
			'TASK_STATUS_LABELS_VI',
			'decideTask',
			'evolveTask',
			'DomainError',
			'decidePlan',
			'evolvePlan',
			'initialPlanState',
			'rolesOnPlan',
			'can',
			'TIME_STATUS_COLOURS',
			'computeTimeStatus',
			'computeStatistics',
			'reportPeriod',
			'VIETNAMESE_LETTERS',
			'letterAt',
			'indexOfLetter',
			'toRoman',
			'fromRoman',
			'taskCode'
		];
		const missing = names.filter((n) => !(n in domain));
		expect(missing).toEqual([]);
	});

	it('works end to end on a seed citation', () => {
		const [ref] = domain.findDocumentReferences(
			'Thực hiện Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị'
		);
		expect(ref && domain.formatDocumentNumber(ref.number)).toBe('Số 69-KL/TW');
		expect(ref?.date && domain.formatDateVi(ref.date)).toBe('11/01/2024');
	});
});
