import { describe, expect, it } from 'vitest';
import { offersTaskCommand, type TaskProbe } from './task-offers.ts';

const issued = { status: 'issued', ownerUnitId: 'ubnd-quang-binh' } as const;
const task = (over: Partial<TaskProbe> = {}): TaskProbe => ({
	taskId: 't1',
	code: 'II.1.1',
	leadUnitId: 'qb-so-khcn',
	status: 'in_progress',
	progress: 40,
	...over
});

describe('offersTaskCommand', () => {
	it('offers pause to the lead unit of a running task and resume once it is paused', () => {
		expect(offersTaskCommand('PauseTask', task(), 'qb-so-khcn', issued)).toBe(true);
		expect(offersTaskCommand('ResumeTask', task(), 'qb-so-khcn', issued)).toBe(false);
		expect(offersTaskCommand('PauseTask', task({ status: 'paused' }), 'qb-so-khcn', issued)).toBe(false);
		expect(offersTaskCommand('ResumeTask', task({ status: 'paused' }), 'qb-so-khcn', issued)).toBe(true);
	});

	it('follows the domain: no pause for a finished task, on a draft, or for a unit that does not lead it', () => {
		expect(offersTaskCommand('PauseTask', task({ status: 'done' }), 'qb-so-khcn', issued)).toBe(false);
		expect(offersTaskCommand('PauseTask', task(), 'qb-so-khcn', { ...issued, status: 'draft' })).toBe(false);
		expect(offersTaskCommand('PauseTask', task(), 'bct', issued)).toBe(false);
		// the owner unit reviews results; the domain leaves pausing to the lead unit
		expect(offersTaskCommand('PauseTask', task(), 'ubnd-quang-binh', issued)).toBe(false);
	});
});
