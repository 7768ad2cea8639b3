import { formatDateVi, type Deadline, type SuggestedValue, type WorkflowState } from '@trienkhai/domain';

/** A unit as the workflow components name it. */
export interface WorkflowUnit {
	id: string;
	name: string;
	shortName: string;
}

/** A task as the workflow page lists it. */
export interface WorkflowTaskRow {
	id: string;
	code: string;
	content: string;
	leadUnitId: string | null;
	coordinatorUnitIds: string[];
	deadlineText: string | null;
	output: string | null;
}

export type { WorkflowState };

/** A unit's short name by id (the id itself when unknown). */
export function unitLabel(units: readonly WorkflowUnit[], id: string | null): string {
	if (id === null) return '—';
	return units.find((u) => u.id === id)?.shortName ?? id;
}

/** A suggested value as text: a deadline by its wording, a unit by its name. */
export function valueLabel(units: readonly WorkflowUnit[], field: string, value: SuggestedValue): string {
	if (value === null) return '—';
	if (field === 'leadUnitId' && typeof value === 'string') return unitLabel(units, value);
	if (typeof value === 'string') return value;
	const deadline: Deadline = value;
	return deadline.due && deadline.kind === 'date' ? formatDateVi(deadline.due) : deadline.text;
}

/** An instant as dd/mm/yyyy hh:mm in Vietnam's time. */
export function when(iso: string): string {
	const local = new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString();
	return `${formatDateVi(local.slice(0, 10))} ${local.slice(11, 16)}`;
}
