import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export interface UnitTable {
	id: string;
	name: string;
	short_name: string;
	kind: 'party' | 'state' | 'other';
	parent_id: string | null;
	search_text: string;
	created_at: CreatedAt;
}

export interface UserTable {
	id: string;
	username: string;
	display_name: string;
	unit_id: string;
	password_hash: string | null;
	is_admin: Generated<boolean>;
	created_at: CreatedAt;
}

export interface DirectiveTable {
	id: string;
	type: string;
	number: string | null;
	symbol: string | null;
	number_display: string | null;
	issuer_unit_id: string;
	issued_on: string;
	place: string;
	signer_name: string | null;
	signer_capacity: string | null;
	signer_title: string | null;
	subject: string;
	recipients: Json<string[]>;
	source_file: string | null;
	search_text: string;
	created_at: CreatedAt;
}

export interface DirectiveRelationTable {
	from_id: string;
	to_id: string;
	kind: 'implements' | 'guides' | 'copies' | 'continues';
	note: string | null;
}

export interface PlanTable {
	id: string;
	title: string;
	owner_unit_id: string;
	directive_id: string | null;
	status: 'draft' | 'issued' | 'amending';
	revision: Generated<number>;
	purpose: string;
	organisation: string;
	issued_at: Date | null;
	search_text: string;
	created_at: CreatedAt;
	updated_at: UpdatedAt;
}

export interface PlanImplementsTable {
	plan_id: string;
	directive_id: string;
}

export interface TaskGroupTable {
	id: string;
	plan_id: string;
	code: string;
	title: string;
	position: number;
}

/** Read model of a task: current fields; the log (event-store issue) becomes its source of truth. */
export interface TaskTable {
	id: string;
	plan_id: string;
	group_id: string | null;
	code: string;
	position: number;
	content: string;
	lead_unit_id: string | null;
	output: string | null;
	deadline_text: string | null;
	deadline_due: string | null;
	deadline: Json<unknown> | null;
	status: 'assigned' | 'accepted' | 'in_progress' | 'reported' | 'returned' | 'done' | 'paused';
	progress: Generated<number>;
	completed_on: string | null;
	version: Generated<number>;
	search_text: string;
	updated_at: UpdatedAt;
}

export interface TaskCoordinatorTable {
	task_id: string;
	unit_id: string;
	position: number;
}

/** The whole database as Kysely sees it. */
export interface Schema {
	units: UnitTable;
	users: UserTable;
	directives: DirectiveTable;
	directive_relations: DirectiveRelationTable;
	plans: PlanTable;
	plan_implements: PlanImplementsTable;
	task_groups: TaskGroupTable;
	tasks: TaskTable;
	task_coordinators: TaskCoordinatorTable;
}

export type UnitRow = Selectable<UnitTable>;
export type NewUnit = Insertable<UnitTable>;
export type UserRow = Selectable<UserTable>;
export type DirectiveRow = Selectable<DirectiveTable>;
export type PlanRow = Selectable<PlanTable>;
export type TaskRow = Selectable<TaskTable>;
