import canonicalize from 'canonicalize';
import { DomainError } from '../errors.ts';
import { CONTENT_EVENT_TYPES, type ContentEvent } from '../plan/content.events.ts';
import { EXCHANGE_EVENT_TYPES, type ExchangeEvent } from '../plan/exchange.events.ts';
import { OFFICE_EVENT_TYPES, type OfficeEvent } from '../plan/office.events.ts';
import { PLAN_EVENT_TYPES, type PlanEvent } from '../plan/plan.events.ts';
import { TASK_EVENT_TYPES, type TaskEvent } from '../plan/task.events.ts';
import { UNIT_MERGE_EVENT_TYPES, type UnitMergeEvent } from '../unit/unit-merge.events.ts';
import { WORKFLOW_EVENT_TYPES, type WorkflowEvent } from '../workflow/workflow.events.ts';

/** Any event of a plan stream: lifecycle of the plan, workflow of its tasks, edits of its content. */
export type PlanStreamEvent =
	PlanEvent | TaskEvent | ContentEvent | ExchangeEvent | OfficeEvent | WorkflowEvent | UnitMergeEvent;
export type PlanStreamEventType = PlanStreamEvent['type'];

/** Every event type a plan stream may hold. */
export const PLAN_STREAM_EVENT_TYPES: readonly PlanStreamEventType[] = [
	...PLAN_EVENT_TYPES,
	...TASK_EVENT_TYPES,
	...CONTENT_EVENT_TYPES,
	...EXCHANGE_EVENT_TYPES,
	...OFFICE_EVENT_TYPES,
	...WORKFLOW_EVENT_TYPES,
	...UNIT_MERGE_EVENT_TYPES
];
const KNOWN_TYPES: ReadonlySet<string> = new Set(PLAN_STREAM_EVENT_TYPES);

/** Whether a stored type name is one this code knows. */
export function isPlanStreamEventType(type: string): type is PlanStreamEventType {
	return KNOWN_TYPES.has(type);
}

/** An event as the log stores it, before the store numbers and chains it. */
export interface EventInput {
	taskId: string | null;
	type: PlanStreamEventType;
	data: unknown;
	userId: string | null;
	unitId: string | null;
	/** ISO instant, normalised to UTC with milliseconds ('2026-01-05T01:00:00.000Z'). */
	occurredAt: string;
}

/** What the hash covers: the event, its place in the plan's stream and the update that caused it. */
export interface ChainedEventContent extends EventInput {
	planId: string;
	seq: number;
	/** The plan_updates seq whose derivation produced the event; null for commands and imports. */
	updateSeq: number | null;
}

/** A stored event: its content, the global position, and the link in the plan's hash chain. */
export interface EventRecord extends ChainedEventContent {
	position: number;
	prevHash: string;
	hash: string;
}

/** prev_hash of the first event of every plan. */
export const GENESIS_HASH = '0'.repeat(64);

/** Normalises an instant to the ISO form the log stores and hashes; throws on an invalid time. */
export function normaliseInstant(at: string | Date): string {
	const time = at instanceof Date ? at : new Date(at);
	if (Number.isNaN(time.getTime())) throw new DomainError('invalid_command', `invalid time ${String(at)}`);
	return time.toISOString();
}

/** The log form of a domain event: actor split into user and unit, `at` normalised. */
export function toEventInput(event: PlanStreamEvent): EventInput {
	const taskId = 'taskId' in event ? event.taskId : null;
	return {
		taskId,
		type: event.type,
		data: event.data,
		userId: event.actor.userId,
		unitId: event.actor.unitId,
		occurredAt: normaliseInstant(event.at)
	};
}

/**
 * The canonical encoding the hash chain is computed over: JSON Canonicalization Scheme (RFC 8785) of the
 * chained content with `prevHash` added, so keys are sorted and numbers written one way. Values must be
 * plain JSON (no undefined inside arrays, no NaN); `data` is what the database's jsonb gives back.
 */
export function canonicalEventJson(content: ChainedEventContent, prevHash: string): string {
	const encoded = canonicalize({
		planId: content.planId,
		seq: content.seq,
		taskId: content.taskId,
		type: content.type,
		data: content.data,
		userId: content.userId,
		unitId: content.unitId,
		occurredAt: content.occurredAt,
		updateSeq: content.updateSeq,
		prevHash
	});
	if (encoded === undefined) throw new DomainError('invalid_command', 'event is not encodable as JSON');
	return encoded;
}

/**
 * Event data as it will come back from storage: plain JSON, undefined fields dropped. Refuses what
 * jsonb cannot hold (NUL characters, lone surrogates) or JSON cannot say (non-finite numbers) instead of
 * storing something the hash would not match later.
 */
export function normaliseEventData(data: unknown): unknown {
	const text = JSON.stringify(data ?? {}, (key, value: unknown) => {
		if (typeof value === 'number' && !Number.isFinite(value)) {
			throw new DomainError('invalid_command', 'event data holds a non-finite number');
		}
		// checked on the strings themselves: a literal backslash-u0000 typed by a user is fine
		for (const part of typeof value === 'string' ? [key, value] : [key]) {
			if (part.includes('\0')) throw new DomainError('invalid_command', 'event data holds a NUL character');
			if (!part.isWellFormed()) throw new DomainError('invalid_command', 'event data holds a lone surrogate');
		}
		return value;
	});
	return JSON.parse(text) as unknown;
}
