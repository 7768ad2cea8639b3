import { describe, expect, it } from 'vitest';
import * as domain from '../index.ts';

// The sync server and the web client are written against these names.
describe('plan document public API', () => {
	it('exports the document layout, reader, editing helpers, derivation and rights check', () => {
		const names = [
			'PLAN_MAP',
			'GROUPS_MAP',
			'GROUP_ORDER_ARRAY',
			'TASKS_MAP',
			'TASK_ORDER_MAP',
			'UNGROUPED_KEY',
			'createPlanDocument',
			'writeSnapshot',
			'readPlanDocument',
			'inspectPlanDocument',
			'addGroup',
			'addTask',
			'deleteTask',
			'moveTask',
			'setTaskField',
			'setTaskContent',
			'taskContentText',
			'deriveContentEvents',
			'coalesceTextEdits',
			'checkDocumentChange',
			'checkContentEvents',
			'permissionDeniedEvents',
			'applyContentEvents',
			'restoreDocument',
			'hasPendingUpdates',
			'findForeignContent',
			'findTaskForeignContent',
			'inspectPlanTasks',
			'removeForeignContent'
		];
		expect(names.filter((n) => !(n in domain))).toEqual([]);
	});

	it('derives events from a document edited through the package entry', () => {
		const doc = domain.createPlanDocument(domain.emptyPlanSnapshot('Kế hoạch'));
		const before = domain.readPlanDocument(doc);
		domain.addTask(doc, { id: 't1', groupId: null, code: '1', content: 'Rà soát' });
		const events = domain.deriveContentEvents(
			before,
			domain.readPlanDocument(doc),
			{ userId: 'u', unitId: 'o' },
			'2026-01-05T01:00:00.000Z'
		);
		expect(events.map((e) => e.type)).toEqual(['TaskCreated']);
	});
});
