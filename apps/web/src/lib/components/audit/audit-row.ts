import type { AuditChange } from './change.ts';

/** A log entry with its change worked out, as the audit table shows it and the CSV lists it. */
export interface AuditRow {
	position: number;
	planId: string;
	planTitle: string | null;
	time: string;
	userName: string | null;
	unitName: string | null;
	taskCode: string | null;
	type: string;
	typeLabel: string;
	change: AuditChange;
}

/** The audit filter as typed in the form (and read back from the address). */
export interface AuditFormValues {
	unit: string;
	user: string;
	task: string;
	type: string;
	from: string;
	to: string;
	q: string;
}

/** The people and units that appear in the log, for the filter pickers. */
export interface AuditActorOptions {
	users: Array<{ id: string; name: string; unitName: string }>;
	units: Array<{ id: string; name: string }>;
}
