import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { EdxmlDocumentTable, EdxmlOutboxTable } from './schema-edxml.ts';
import type {
	DocumentRegisterTable,
	InboxItemTable,
	PlanIssueTable,
	PlanSignoffTable,
	UnitSignerTable
} from './schema-office.ts';
import type { MailOutboxTable, NotifierCheckpointTable } from './schema-workflow.ts';

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
	/** The identifier code of the national list (mã định danh, edXML OrganId); null when not known. */
	organ_id: ColumnType<string | null, string | null | undefined, string | null>;
	/** The body in charge, as edXML's OrganizationInCharge names it; '' when not given. */
	organ_in_charge: ColumnType<string, string | undefined, string>;
	created_at: CreatedAt;
	/** The day the unit was merged into `successor_id` (sáp nhập); null while it exists. */
	dissolved_on: ColumnType<string | null, string | null | undefined, string | null>;
	successor_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface UserTable {
	id: string;
	username: string;
	display_name: string;
	unit_id: string;
	password_hash: string | null;
	is_admin: Generated<boolean>;
	/** false: deactivated by an administrator; the row stays because the log names its author. */
	active: Generated<boolean>;
	created_at: CreatedAt;
	/** Where notifications are mailed when an SMTP server is configured; null: none. */
	email: string | null;
}

/** A signed-in browser. `id` is the SHA-256 (hex) of the token in its cookie, never the token itself. */
export interface SessionTable {
	id: string;
	user_id: string;
	created_at: CreatedAt;
	expires_at: ColumnType<Date, Date | string, Date | string>;
	last_seen_at: ColumnType<Date, Date | string | undefined, Date | string>;
	user_agent: string | null;
}

/** A websocket ticket already used (single use), kept until the ticket would have expired anyway. */
export interface SyncTicketUseTable {
	id: string;
	expires_at: ColumnType<Date, Date | string, Date | string>;
}

/** One sign-in attempt under one key (`user:<name>` or `address:<ip>`), for rate limiting. */
export interface LoginAttemptTable {
	id: Generated<number>;
	key: string;
	attempted_at: ColumnType<Date, Date | string, never>;
	ok: boolean;
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
	co_drafter_unit_ids: ColumnType<string[], string | undefined, string>;
	version: Generated<number>;
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
	paused_from: string | null;
	result_report: string | null;
	difficulties: string | null;
	extension_request: string | null;
}

export interface TaskCoordinatorTable {
	task_id: string;
	unit_id: string;
	position: number;
}

export interface TaskContributionTable {
	task_id: string;
	unit_id: string;
	note: string;
}

/** Per plan and lead unit ('' for tasks without one): the counts that do not depend on "now". */
export interface UnitTaskStatsTable {
	plan_id: string;
	unit_id: string;
	total: number;
	done: number;
	done_on_time: number;
	done_late: number;
}

/** Which directives' dashboards count a plan (kept by triggers: migration 2026-12-08-a-directive-rollups). */
export interface PlanScopeTable {
	directive_id: string;
	plan_id: string;
}

/** A directive's roll-up row, compacted or a delta (see the roll-up migration for the kinds). */
export interface DirectiveRollupTable {
	directive_id: string;
	unit_id: string;
	kind: number;
	day: string;
	n: ColumnType<string, number, number>;
	progress_sum: ColumnType<string, number, number>;
}

/** Per plan: its tasks, those done and their progress summed (kept by triggers). */
export interface PlanProgressTable {
	plan_id: string;
	total: ColumnType<string, number, number>;
	done: ColumnType<string, number, number>;
	progress_sum: ColumnType<string, number, number>;
}

export interface ActivityFeedTable {
	position: number;
	plan_id: string;
	task_id: string | null;
	task_code: string | null;
	type: string;
	summary: string;
	user_id: string | null;
	unit_id: string | null;
	occurred_at: ColumnType<Date, Date | string, never>;
}

/** Head of a plan's stream: last seqs and hash; locked rows serialise appends per plan. */
export interface PlanStreamTable {
	plan_id: string;
	update_seq: number;
	event_seq: number;
	head_hash: string;
	/** Hash of the last update of the plan's update chain (GENESIS_HASH before the first). */
	update_head_hash: Generated<string>;
	updated_at: UpdatedAt;
}

/** Yjs updates of a plan's document, in the order the server accepted them. Append-only. */
export interface PlanUpdateTable {
	plan_id: string;
	seq: number;
	update: Uint8Array;
	user_id: string | null;
	unit_id: string | null;
	received_at: CreatedAt;
	origin: string;
	/** The update chain: hash of the previous update of the plan (GENESIS_HASH for seq 1) and its own. */
	prev_hash: string;
	hash: string;
}

/** The event log. Append-only; each row chained to the previous of its plan by hash. */
export interface EventTable {
	position: Generated<number>;
	plan_id: string;
	seq: number;
	task_id: string | null;
	type: string;
	data: Json<unknown>;
	user_id: string | null;
	unit_id: string | null;
	occurred_at: ColumnType<Date, Date | string, never>;
	update_seq: number | null;
	prev_hash: string;
	hash: string;
	/** xid8 of the writing transaction, as text; orders delivery to subscribers. */
	tx_id: ColumnType<string, never, never>;
}

/** A signed head of a plan's chain (see checkpoints/). */
export interface ChainCheckpointTable {
	plan_id: string;
	seq: number;
	position: number;
	head_hash: string;
	signed_at: ColumnType<Date, Date | string, never>;
	key_id: string;
	signature: string;
}

/** A plan document's Yjs state as of an update seq (a loading shortcut, derived from plan_updates). */
export interface PlanSnapshotTable {
	plan_id: string;
	update_seq: number;
	state: Uint8Array;
	/** Hash of the update at update_seq when the snapshot was taken; a snapshot that does not match is not used. */
	update_hash: string | null;
	created_at: CreatedAt;
}

/** Idempotency keys of appended batches, with what the batch got. Append-only. */
export interface AppendBatchTable {
	id: string;
	plan_id: string;
	first_update_seq: number | null;
	last_update_seq: number | null;
	first_event_seq: number | null;
	last_event_seq: number | null;
	first_position: number | null;
	last_position: number | null;
	/** Digest of the batch the key first stood for (null: stored before fingerprints). */
	fingerprint: string | null;
	created_at: CreatedAt;
}

/** A meeting in follow-the-presenter mode: its code, what it shows, and the presenter's current focus. */
export interface MeetingTable {
	code: string;
	scope_kind: 'plan' | 'directive';
	scope_id: string;
	presenter_user_id: string;
	focus: ColumnType<unknown, string | undefined, string>;
	focus_seq: Generated<number>;
	created_at: CreatedAt;
	updated_at: UpdatedAt;
	ended_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** A user following a meeting on their own screen; seen_at moves on while their live stream stays open. */
/** A name a unit had before a rename, until the instant of the rename. */
export interface UnitNameHistoryTable {
	unit_id: string;
	name: string;
	short_name: string;
	until: ColumnType<Date, Date | string, Date | string>;
}

export interface MeetingAttendeeTable {
	code: string;
	user_id: string;
	joined_at: CreatedAt;
	seen_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** A deadline reminder for a task's lead unit (see dueReminders); one per (task, kind, due date). */
export interface NotificationTable {
	id: Generated<number>;
	unit_id: string;
	plan_id: string;
	/** null: a notification about the plan, not one task. */
	task_id: string | null;
	/** A reminder stage (due7, due3, due1, overdue) or a workflow event's message key. */
	kind: string;
	/** The due date a reminder is about; null for workflow notifications. */
	due_on: string | null;
	created_at: CreatedAt;
	/** For one person of the unit only; null: for the whole unit. */
	user_id: string | null;
	/** The event a workflow notification comes from (its log position and type) and who did it. */
	event_position: number | null;
	event_type: string | null;
	actor_user_id: string | null;
	actor_unit_id: string | null;
}

/** Who has read which notification. */
export interface NotificationReadTable {
	notification_id: number;
	user_id: string;
	read_at: CreatedAt;
}

/** The whole database as Kysely sees it. */
export interface Schema {
	units: UnitTable;
	users: UserTable;
	sessions: SessionTable;
	login_attempts: LoginAttemptTable;
	sync_ticket_uses: SyncTicketUseTable;
	directives: DirectiveTable;
	directive_relations: DirectiveRelationTable;
	plans: PlanTable;
	plan_implements: PlanImplementsTable;
	task_groups: TaskGroupTable;
	tasks: TaskTable;
	task_coordinators: TaskCoordinatorTable;
	task_contributions: TaskContributionTable;
	unit_task_stats: UnitTaskStatsTable;
	plan_scopes: PlanScopeTable;
	directive_rollups: DirectiveRollupTable;
	directive_rollup_deltas: DirectiveRollupTable;
	plan_progress: PlanProgressTable;
	activity_feed: ActivityFeedTable;
	plan_streams: PlanStreamTable;
	plan_updates: PlanUpdateTable;
	events: EventTable;
	append_batches: AppendBatchTable;
	plan_snapshots: PlanSnapshotTable;
	notifications: NotificationTable;
	notification_reads: NotificationReadTable;
	meetings: MeetingTable;
	meeting_attendees: MeetingAttendeeTable;
	unit_name_history: UnitNameHistoryTable;
	chain_checkpoints: ChainCheckpointTable;
	edxml_documents: EdxmlDocumentTable;
	edxml_outbox: EdxmlOutboxTable;
	unit_signers: UnitSignerTable;
	document_registers: DocumentRegisterTable;
	plan_signoffs: PlanSignoffTable;
	plan_issues: PlanIssueTable;
	inbox_items: InboxItemTable;
	notifier_checkpoints: NotifierCheckpointTable;
	mail_outbox: MailOutboxTable;
}

export type UnitRow = Selectable<UnitTable>;
export type NewUnit = Insertable<UnitTable>;
export type UserRow = Selectable<UserTable>;
export type SessionRow = Selectable<SessionTable>;
export type DirectiveRow = Selectable<DirectiveTable>;
export type PlanRow = Selectable<PlanTable>;
export type TaskRow = Selectable<TaskTable>;
export type EventRow = Selectable<EventTable>;
export type PlanUpdateRow = Selectable<PlanUpdateTable>;
export type AppendBatchRow = Selectable<AppendBatchTable>;
