import type { ColumnType } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

/** Who may sign a unit's documents and how (a role of the unit). */
export interface UnitSignerTable {
	user_id: string;
	unit_id: string;
	authority: 'head' | 'KT.' | 'Q.' | 'TL.' | 'TUQ.';
	collective: string | null;
	head_title: string;
	position: string;
	active: ColumnType<boolean, boolean | undefined, boolean>;
}

/** The register of outgoing documents: last number per unit, type and year (locked while issuing). */
export interface DocumentRegisterTable {
	unit_id: string;
	type_code: string;
	year: number;
	last_number: ColumnType<number, number | undefined, number>;
}

/** Read model: where a plan stands on its way to signature. */
export interface PlanSignoffTable {
	plan_id: string;
	status: 'none' | 'submitted' | 'returned' | 'approved';
	signer_user_id: string | null;
	signer_name: string | null;
	submitted_by: string | null;
	reason: string | null;
	approved_seq: number | null;
	updated_at: ColumnType<Date, Date | string, Date | string>;
}

/** Read model: each issue of a plan with its registered number. */
export interface PlanIssueTable {
	plan_id: string;
	revision: number;
	document_id: string;
	number: number;
	year: number;
	symbol: string;
	issued_on: ColumnType<string, string, string>;
	issue: Json<unknown>;
}

/** Read model: an issued plan in a recipient unit's inbox (văn bản đến). */
export interface InboxItemTable {
	plan_id: string;
	revision: number;
	unit_id: string;
	document_id: string;
	delivered_at: ColumnType<Date, Date | string, Date | string>;
	received_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
	received_by: string | null;
	assigned_user_id: string | null;
	assigned_user_name: string | null;
	assigned_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}
