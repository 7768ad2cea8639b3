import { formatDateVi, type Deadline, type PlanStreamEventType } from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';
import { fieldLabel } from './event-labels.ts';

/** What an event changed, ready to show: a value old → new, a text to compare word by word, or a sentence. */
export type AuditChange =
	| { kind: 'value'; label: string; from: string; to: string }
	| { kind: 'text'; label: string; from: string; to: string }
	| { kind: 'summary'; text: string };

/** The parts of a log entry a change is read from. */
export interface ChangeSource {
	type: PlanStreamEventType;
	data: unknown;
	summary: string;
}

function deadlineText(value: unknown): string {
	const deadline = value as Deadline | null;
	if (!deadline) return m.audit_empty_value();
	if (deadline.due && deadline.text === deadline.due) return formatDateVi(deadline.due);
	return deadline.text;
}

/** A task field's value as people read it (unit ids become unit names). */
export function fieldValueText(field: string, value: unknown, unitName: (id: string) => string): string {
	if (value === null || value === undefined || value === '') return m.audit_empty_value();
	switch (field) {
		case 'leadUnitId':
			return typeof value === 'string' ? unitName(value) : JSON.stringify(value);
		case 'coordinatorUnitIds': {
			const ids = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
			return ids.length === 0 ? m.audit_empty_value() : ids.map(unitName).join(', ');
		}
		case 'deadline':
			return deadlineText(value);
		case 'progress':
			return typeof value === 'number' ? `${value}%` : JSON.stringify(value);
		default:
			return typeof value === 'string' ? value : JSON.stringify(value);
	}
}

/** What one log entry changed. */
export function auditChange(entry: ChangeSource, unitName: (id: string) => string): AuditChange {
	const data = (entry.data ?? {}) as Record<string, unknown>;
	const str = (value: unknown) => (typeof value === 'string' ? value : '');
	switch (entry.type) {
		case 'TaskFieldChanged': {
			const field = str(data['field']);
			return {
				kind: 'value',
				label: fieldLabel(field),
				from: fieldValueText(field, data['from'], unitName),
				to: fieldValueText(field, data['to'], unitName)
			};
		}
		case 'TaskProgressUpdated':
			return {
				kind: 'value',
				label: fieldLabel('progress'),
				from: fieldValueText('progress', data['from'], unitName),
				to: fieldValueText('progress', data['to'], unitName)
			};
		case 'TaskTextEdited':
			return { kind: 'text', label: fieldLabel('content'), from: str(data['from']), to: str(data['to']) };
		case 'PlanSectionEdited':
			return {
				kind: 'text',
				label: fieldLabel(str(data['section'])),
				from: str(data['from']),
				to: str(data['to'])
			};
		case 'TaskGroupChanged':
			return {
				kind: 'text',
				label: fieldLabel(str(data['field'])),
				from: str(data['from']),
				to: str(data['to'])
			};
		case 'TaskContributionNoted':
			return {
				kind: 'text',
				label: `${fieldLabel('contribution')} (${unitName(str(data['unitId']))})`,
				from: str(data['from']),
				to: str(data['to'])
			};
		default:
			return { kind: 'summary', text: entry.summary };
	}
}

/** A change as one line of plain text ("Thời hạn: (trống) → 30/06/2026"), for the CSV. */
export function changeText(change: AuditChange): string {
	if (change.kind === 'summary') return change.text;
	const empty = m.audit_empty_value();
	return `${change.label}: ${change.from || empty} → ${change.to || empty}`;
}
