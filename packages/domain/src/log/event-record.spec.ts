import { describe, it, expect } from 'vitest';
import { DomainError } from '../errors.ts';
import { CONTENT_EVENT_TYPES, type ContentEvent } from '../plan/content.events.ts';
import { EXCHANGE_EVENT_TYPES } from '../plan/exchange.events.ts';
import { OFFICE_EVENT_TYPES } from '../plan/office.events.ts';
import { PLAN_EVENT_TYPES, type PlanEvent } from '../plan/plan.events.ts';
import { TASK_EVENT_TYPES, type TaskEvent } from '../plan/task.events.ts';
import { WORKFLOW_EVENT_TYPES } from '../workflow/workflow.events.ts';
import { UNIT_MERGE_EVENT_TYPES } from '../unit/unit-merge.events.ts';
import { parseDeadline } from '../plan/deadline.ts';
import {
	GENESIS_HASH,
	PLAN_STREAM_EVENT_TYPES,
	canonicalEventJson,
	isPlanStreamEventType,
	normaliseEventData,
	normaliseInstant,
	toEventInput,
	type ChainedEventContent
} from './event-record.ts';

const actor = { userId: 'u-nguyen-van-a', unitId: 'qb-so-khcn' };

// An edit of task II.1.a's deadline as the sync server derives it from update 12.
const content: ChainedEventContent = {
	planId: 'plan-qb-709',
	seq: 7,
	taskId: 'task-II.1.a',
	type: 'TaskFieldChanged',
	data: { field: 'output', from: null, to: 'Báo cáo' },
	userId: actor.userId,
	unitId: actor.unitId,
	occurredAt: '2026-01-05T01:00:00.000Z',
	updateSeq: 12
};
const prevHash = 'ab'.repeat(32);

function expectDomainError(run: () => unknown, code: DomainError['code'], message?: RegExp): void {
	let thrown: unknown;
	try {
		run();
	} catch (error) {
		thrown = error;
	}
	expect(thrown).toBeInstanceOf(DomainError);
	expect((thrown as DomainError).code).toBe(code);
	if (message) expect((thrown as DomainError).message).toMatch(message);
}

describe('canonicalEventJson', () => {
	it('writes the chained content and prevHash with keys sorted and no whitespace', () => {
		expect(canonicalEventJson(content, prevHash)).toBe(
			'{"data":{"field":"output","from":null,"to":"Báo cáo"},' +
				'"occurredAt":"2026-01-05T01:00:00.000Z","planId":"plan-qb-709",' +
				`"prevHash":"${prevHash}","seq":7,"taskId":"task-II.1.a","type":"TaskFieldChanged",` +
				'"unitId":"qb-so-khcn","updateSeq":12,"userId":"u-nguyen-van-a"}'
		);
	});

	it('does not depend on the order of keys in data', () => {
		const reordered = { ...content, data: { to: 'Báo cáo', from: null, field: 'output' } };
		expect(canonicalEventJson(reordered, prevHash)).toBe(canonicalEventJson(content, prevHash));
	});

	it('does not depend on the insertion order of the content properties', () => {
		const reversed = Object.fromEntries(Object.entries(content).reverse()) as unknown as ChainedEventContent;
		expect(Object.keys(reversed)[0]).toBe('updateSeq');
		expect(canonicalEventJson(reversed, prevHash)).toBe(canonicalEventJson(content, prevHash));
	});

	it('sorts nested keys by UTF-16 code units and keeps array order', () => {
		const data = { ă: 1, b: { y: [3, 1, 2], x: true }, Z: 'hoa', a: 'thường' };
		const json = canonicalEventJson({ ...content, data }, prevHash);
		expect(json.startsWith('{"data":{"Z":"hoa","a":"thường","b":{"x":true,"y":[3,1,2]},"ă":1},')).toBe(true);
	});

	it('writes numbers the one RFC 8785 way', () => {
		const json = canonicalEventJson(
			{ ...content, data: { a: 40.0, b: -0, c: 1e21, d: 0.000001, e: 1e-7 } },
			prevHash
		);
		expect(json).toContain('"data":{"a":40,"b":0,"c":1e+21,"d":0.000001,"e":1e-7}');
	});

	it('covers prevHash, null task and null update seq', () => {
		const planLevel = { ...content, taskId: null, updateSeq: null };
		const first = canonicalEventJson(planLevel, GENESIS_HASH);
		expect(first).toContain(`"prevHash":"${'0'.repeat(64)}"`);
		expect(first).toContain('"taskId":null');
		expect(first).toContain('"updateSeq":null');
		expect(canonicalEventJson(planLevel, prevHash)).not.toBe(first);
	});

	it('leaves out fields of the content that are not chained', () => {
		const stored = { ...content, position: 99, hash: 'f'.repeat(64), prevHash: 'ignored' };
		expect(canonicalEventJson(stored, prevHash)).toBe(canonicalEventJson(content, prevHash));
	});

	it('changes when any chained field changes', () => {
		const base = canonicalEventJson(content, prevHash);
		const variants: ChainedEventContent[] = [
			{ ...content, planId: 'plan-qb-710' },
			{ ...content, seq: 8 },
			{ ...content, taskId: 'task-II.1.b' },
			{ ...content, type: 'TaskTextEdited' },
			{ ...content, data: { field: 'output', from: null, to: 'Báo cáo ' } },
			{ ...content, userId: null },
			{ ...content, unitId: 'qb-so-tc' },
			{ ...content, occurredAt: '2026-01-05T01:00:00.001Z' },
			{ ...content, updateSeq: 13 }
		];
		for (const variant of variants) expect(canonicalEventJson(variant, prevHash)).not.toBe(base);
	});
});

describe('normaliseInstant', () => {
	it('converts an offset time to UTC with milliseconds', () => {
		expect(normaliseInstant('2026-01-05T08:00:00+07:00')).toBe('2026-01-05T01:00:00.000Z');
	});

	it('crosses the day boundary back to UTC', () => {
		expect(normaliseInstant('2026-01-01T06:59:59.5+07:00')).toBe('2025-12-31T23:59:59.500Z');
	});

	it('keeps an already normalised instant and accepts a Date', () => {
		expect(normaliseInstant('2026-01-05T01:00:00.000Z')).toBe('2026-01-05T01:00:00.000Z');
		expect(normaliseInstant(new Date(Date.UTC(2026, 0, 5, 1)))).toBe('2026-01-05T01:00:00.000Z');
	});

	it('throws invalid_command on garbage', () => {
		expectDomainError(() => normaliseInstant('ngày mai'), 'invalid_command', /invalid time ngày mai/);
		expectDomainError(() => normaliseInstant(''), 'invalid_command');
		expectDomainError(() => normaliseInstant('2026-13-45T00:00:00Z'), 'invalid_command');
		expectDomainError(() => normaliseInstant(new Date(Number.NaN)), 'invalid_command');
	});
});

describe('normaliseEventData', () => {
	it('drops undefined fields and turns undefined in arrays into null', () => {
		expect(normaliseEventData({ summary: 'Đã trình', comment: undefined, list: [1, undefined] })).toEqual({
			summary: 'Đã trình',
			list: [1, null]
		});
		expect(Object.keys(normaliseEventData({ a: undefined, b: 1 }) as object)).toEqual(['b']);
	});

	it('gives a fresh plain copy, dates as strings', () => {
		const data = { deadline: parseDeadline('Quý II/2026'), at: new Date('2026-01-05T01:00:00Z') };
		const copy = normaliseEventData(data) as Record<string, unknown>;
		expect(copy).toEqual({
			deadline: {
				kind: 'quarter',
				text: 'Quý II/2026',
				due: '2026-06-30',
				latest: false,
				year: 2026,
				quarter: 2
			},
			at: '2026-01-05T01:00:00.000Z'
		});
		expect(copy['deadline']).not.toBe(data.deadline);
	});

	it('turns null or undefined data into an empty object', () => {
		expect(normaliseEventData(undefined)).toEqual({});
		expect(normaliseEventData(null)).toEqual({});
	});

	it('refuses non-finite numbers', () => {
		expectDomainError(() => normaliseEventData({ from: 0, to: Number.NaN }), 'invalid_command', /non-finite/);
		expectDomainError(() => normaliseEventData({ list: [Infinity] }), 'invalid_command', /non-finite/);
		expectDomainError(() => normaliseEventData({ to: -Infinity }), 'invalid_command', /non-finite/);
	});

	it('refuses NUL characters in values and keys', () => {
		expectDomainError(() => normaliseEventData({ to: 'Báo\u0000cáo' }), 'invalid_command', /NUL/);
		expectDomainError(() => normaliseEventData({ nested: { list: ['a', '\0'] } }), 'invalid_command', /NUL/);
		expectDomainError(() => normaliseEventData({ ['kh\0a']: 1 }), 'invalid_command', /NUL/);
	});

	it('keeps a literal backslash-u0000 typed as text', () => {
		expect(normaliseEventData({ to: 'C:\\u0000x' })).toEqual({ to: 'C:\\u0000x' });
	});

	it('refuses lone surrogates, which the canonical encoding cannot hash', () => {
		const cut = '😀'.slice(0, 1);
		expectDomainError(() => normaliseEventData({ to: `Báo cáo ${cut}` }), 'invalid_command', /surrogate/);
		expect(normaliseEventData({ to: 'Báo cáo 😀' })).toEqual({ to: 'Báo cáo 😀' });
	});
});

describe('toEventInput', () => {
	it('splits the actor of a task event and normalises its time', () => {
		const event: TaskEvent = {
			type: 'TaskProgressUpdated',
			taskId: 'task-II.1.a',
			actor,
			at: '2026-01-05T08:00:00+07:00',
			data: { from: 0, to: 40, note: 'Đã khảo sát 5 huyện' }
		};
		expect(toEventInput(event)).toEqual({
			taskId: 'task-II.1.a',
			type: 'TaskProgressUpdated',
			data: { from: 0, to: 40, note: 'Đã khảo sát 5 huyện' },
			userId: 'u-nguyen-van-a',
			unitId: 'qb-so-khcn',
			occurredAt: '2026-01-05T01:00:00.000Z'
		});
	});

	it('gives plan events a null task id', () => {
		const event: PlanEvent = {
			type: 'PlanIssued',
			planId: 'plan-qb-709',
			actor: { userId: 'u-ubnd', unitId: 'qb-ubnd-tinh' },
			at: '2026-01-10T09:30:00+07:00',
			data: { revision: 1 }
		};
		const input = toEventInput(event);
		expect(input).toEqual({
			taskId: null,
			type: 'PlanIssued',
			data: { revision: 1 },
			userId: 'u-ubnd',
			unitId: 'qb-ubnd-tinh',
			occurredAt: '2026-01-10T02:30:00.000Z'
		});
		expect(input).not.toHaveProperty('planId');
	});

	it('keeps the task id of content events, null for plan-level ones', () => {
		const edited: ContentEvent = {
			type: 'PlanSectionEdited',
			taskId: null,
			actor,
			at: '2026-01-05T01:00:00Z',
			data: { section: 'purpose', from: '', to: 'Triển khai kịp thời' }
		};
		const moved: ContentEvent = {
			type: 'TaskMoved',
			taskId: 'task-II.1.b',
			actor,
			at: '2026-01-05T01:00:00Z',
			data: { fromGroupId: 'g-1', fromIndex: 1, toGroupId: 'g-2', toIndex: 0 }
		};
		expect(toEventInput(edited).taskId).toBeNull();
		expect(toEventInput(moved).taskId).toBe('task-II.1.b');
		expect(toEventInput(moved).occurredAt).toBe('2026-01-05T01:00:00.000Z');
	});

	it('throws on an invalid time', () => {
		const event: TaskEvent = { type: 'TaskAccepted', taskId: 't', actor, at: 'hôm qua', data: {} };
		expectDomainError(() => toEventInput(event), 'invalid_command');
	});
});

describe('isPlanStreamEventType', () => {
	it('knows every plan, task, content, exchange, office and merge event type', () => {
		for (const type of [
			...PLAN_EVENT_TYPES,
			...TASK_EVENT_TYPES,
			...CONTENT_EVENT_TYPES,
			...EXCHANGE_EVENT_TYPES,
			...OFFICE_EVENT_TYPES,
			...WORKFLOW_EVENT_TYPES,
			...UNIT_MERGE_EVENT_TYPES
		]) {
			expect(isPlanStreamEventType(type)).toBe(true);
		}
		expect(PLAN_STREAM_EVENT_TYPES).toHaveLength(45);
		expect(new Set(PLAN_STREAM_EVENT_TYPES).size).toBe(45);
	});

	it('refuses unknown names, other cases and prototype keys', () => {
		for (const type of ['TaskCompleted', 'plancreated', 'PlanCreated ', '', 'toString', 'constructor']) {
			expect(isPlanStreamEventType(type)).toBe(false);
		}
	});
});
