import { describe, expect, it } from 'vitest';
import { describeEvent } from './describe-event.ts';
import { describeEventEn, describeEventIn } from './describe-event-en.ts';
import { PLAN_STREAM_EVENT_TYPES, type ChainedEventContent } from './event-record.ts';

const names: Record<string, string> = { 'qb-so-tc': 'Sở Tài chính', 'qb-so-khcn': 'Sở KH&CN' };
const context = { taskCode: 'II.1', unitName: (id: string) => names[id] ?? id };

function event(type: string, data: unknown, taskId: string | null = 't-1'): ChainedEventContent {
	return {
		planId: 'p-1',
		seq: 1,
		taskId,
		type,
		data,
		userId: 'u-1',
		unitId: 'qb-so-tc',
		occurredAt: '2026-12-07T03:00:00.000Z'
	} as ChainedEventContent;
}

describe('describeEventEn', () => {
	it('has an English sentence for every event type of a plan stream', () => {
		const untranslated = PLAN_STREAM_EVENT_TYPES.filter((type) => describeEventEn(event(type, {})) === type);
		expect(untranslated).toEqual([]);
		// the Vietnamese describer reads a resumed task's status from the event's data
		const minimal = (type: string) => event(type, type === 'TaskResumed' ? { status: 'accepted' } : {});
		expect(PLAN_STREAM_EVENT_TYPES.filter((type) => describeEvent(minimal(type)) === type)).toEqual([]);
	});

	it('renders a field change with unit names, in English', () => {
		const change = event('TaskFieldChanged', { field: 'leadUnitId', from: 'qb-so-tc', to: 'qb-so-khcn' });
		expect(describeEventEn(change, context)).toBe('Task II.1: lead unit Sở Tài chính → Sở KH&CN');
		expect(describeEventEn(event('TaskProgressUpdated', { from: 0, to: 40 }), context)).toBe(
			'Task II.1: progress 0% → 40%'
		);
	});

	it('says why a change was refused', () => {
		expect(describeEventEn(event('PermissionDenied', { reason: 'plan_frozen' }), context)).toBe(
			'Task II.1: refused a change without the right (the plan is issued)'
		);
		expect(describeEventEn(event('PermissionDenied', { reason: 'viewer_read_only' }, null))).toBe(
			'Refused a change without the right (read-only access)'
		);
	});

	it('describeEventIn picks the reader’s language', () => {
		const issued = event('PlanIssued', {}, null);
		expect(describeEventIn('en', issued)).toBe('Issued the plan');
		expect(describeEventIn('vi', issued)).toBe(describeEvent(issued));
		expect(describeEventIn('vi', issued)).toMatch(/^Ban hành/);
	});
});
