export { DomainError, isDomainError, type DomainErrorCode } from './errors.ts';

export { foldVietnamese, includesFolded } from './text/fold.ts';

export {
	VN_TIME_ZONE,
	addDays,
	daysBetween,
	daysInMonth,
	formatDateVi,
	isIsoDate,
	isoDate,
	localDateOf,
	parseVietnameseDate,
	type IsoDate
} from './time/dates.ts';

export {
	buildUnitTree,
	unitAncestors,
	unitDescendantIds,
	type Unit,
	type UnitKind,
	type UnitTreeNode
} from './unit/unit.ts';
export type { User } from './user/user.ts';

export {
	DIRECTIVE_TYPES,
	directiveTypeFromCode,
	directiveTypeFromName,
	isDirectiveType,
	type DirectiveType
} from './directive/directive-type.ts';
export {
	createDocumentNumber,
	documentNumberKey,
	findDocumentReferences,
	formatDocumentNumber,
	parseDocumentNumber,
	sameDocumentNumber,
	type DocumentNumber,
	type DocumentReference,
	type NumberStyle
} from './directive/document-number.ts';
export {
	formatDirectiveCitation,
	formatSignerCapacity,
	parseSignatureLine,
	type Directive,
	type DirectiveRelation,
	type DirectiveRelationKind,
	type SignatureLine,
	type SignerCapacity
} from './directive/directive.ts';

export {
	VIETNAMESE_LETTERS,
	compareTaskCodes,
	fromRoman,
	indexOfLetter,
	letterAt,
	parseTaskCode,
	taskCode,
	toRoman
} from './plan/numbering.ts';
export {
	dateDeadline,
	formatDeadline,
	parseDeadline,
	type Deadline,
	type DeadlineKind
} from './plan/deadline.ts';
export type { Actor } from './plan/actor.ts';
export {
	PLAN_STATUS_LABELS_VI,
	initialPlanState,
	type Plan,
	type PlanState,
	type PlanStatus
} from './plan/plan.ts';
export type {
	CreatePlan,
	InviteCoDrafter,
	IssueAmendment,
	IssuePlan,
	PlanCommand,
	StartAmendment
} from './plan/plan.commands.ts';
export {
	PLAN_EVENT_TYPES,
	type CoDrafterInvited,
	type PlanAmendmentIssued,
	type PlanAmendmentStarted,
	type PlanCreated,
	type PlanEvent,
	type PlanIssued
} from './plan/plan.events.ts';
export { decidePlan, evolvePlan } from './plan/plan.decide.ts';
export {
	TASK_STATUS_LABELS_VI,
	newTask,
	type ResumableTaskStatus,
	type Task,
	type TaskStatus
} from './plan/task.ts';
export type {
	AcceptTask,
	ConfirmTaskResult,
	PauseTask,
	ReportTaskResult,
	ResumeTask,
	ReturnTaskResult,
	StartTask,
	TaskCommand,
	UpdateTaskProgress
} from './plan/task.commands.ts';
export {
	TASK_EVENT_TYPES,
	type TaskAccepted,
	type TaskEvent,
	type TaskPaused,
	type TaskProgressUpdated,
	type TaskResultConfirmed,
	type TaskResultReported,
	type TaskResultReturned,
	type TaskResumed,
	type TaskStarted
} from './plan/task.events.ts';
export { decideTask, evolveTask, type TaskDecisionContext } from './plan/task.decide.ts';
export {
	decideContributionNote,
	type ContributionNoteCommand,
	type ContributionNoteDecision,
	type ContributionNoteState
} from './plan/contribution-note.decide.ts';

export {
	TASK_CONTENT_FIELDS,
	TASK_EXECUTION_FIELDS,
	can,
	isTaskContentField,
	isTaskExecutionField,
	rolesOnPlan,
	type Decision,
	type DenyReason,
	type PlanAction,
	type PlanRole,
	type RightsInput,
	type TaskField
} from './rights/rights.ts';

export {
	TIME_STATUS_COLOURS,
	TIME_STATUS_HEX,
	TIME_STATUS_LABELS_VI,
	computeTimeStatus,
	type TimeStatus,
	type TimeStatusOptions,
	type TimeStatusResult,
	type TimedTask
} from './stats/time-status.ts';
export {
	computeStatistics,
	percent,
	type Statistics,
	type StatisticsTask,
	type UnitStatistics
} from './stats/statistics.ts';
export {
	reportPeriod,
	reportPeriodOf,
	type ReportPeriod,
	type ReportPeriodKind
} from './stats/report-period.ts';
export {
	DUE_SOON_WINDOWS,
	MEETING_CODE_LENGTH,
	MEETING_PANELS,
	meetingCodeFrom,
	normaliseMeetingCode,
	parseMeetingFocus,
	statisticsFromCounts,
	weekStartOf,
	weeklySeries,
	type MeetingFocus,
	type MeetingPanel,
	type TimeStatusCounts,
	type WeekPoint
} from './stats/dashboard.ts';
export type {
	Dashboard,
	DashboardActivity,
	DashboardHeading,
	DashboardSegment,
	DashboardStatistics,
	DashboardTask,
	DashboardUnitRow
} from './stats/dashboard-view.ts';
export type {
	CascadeDirectiveNode,
	CascadeNode,
	CascadePlan,
	CascadePlanNode,
	CascadeRollup
} from './directive/cascade-view.ts';

export {
	CONTENT_EVENT_TYPES,
	type ChangeableTaskField,
	type ContentEvent,
	type PermissionDenied,
	type PlanSection,
	type PlanSectionEdited,
	type TaskContributionNoted,
	type TaskCreated,
	type TaskDeleted,
	type TaskFieldChanged,
	type TaskFieldValues,
	type TaskGroupChanged,
	type TaskGroupCreated,
	type TaskGroupDeleted,
	type TaskGroupMoved,
	type TaskMoved,
	type TaskTextEdited
} from './plan/content.events.ts';
export {
	GENESIS_HASH,
	PLAN_STREAM_EVENT_TYPES,
	canonicalEventJson,
	isPlanStreamEventType,
	normaliseEventData,
	normaliseInstant,
	toEventInput,
	type ChainedEventContent,
	type EventInput,
	type EventRecord,
	type PlanStreamEvent,
	type PlanStreamEventType
} from './log/event-record.ts';
export {
	PlanProjection,
	projectPlan,
	type PlanProjectionState,
	type PlanView,
	type Stored,
	type StoredEvent,
	type TaskGroupView,
	type TaskView
} from './log/plan-projection.ts';
export { describeEvent, type DescribeContext } from './log/describe-event.ts';
export { describeEventEn, describeEventIn } from './log/describe-event-en.ts';

export {
	GROUPS_MAP,
	GROUP_ORDER_ARRAY,
	PLAN_MAP,
	PLAN_SECTIONS,
	TASKS_MAP,
	TASK_ORDER_MAP,
	UNGROUPED_KEY,
	createPlanDocument,
	emptyPlanSnapshot,
	planDocumentRoots,
	taskOrderKey,
	writeSnapshot,
	type PlanDocumentGroup,
	type PlanDocumentRoots,
	type PlanDocumentSnapshot,
	type PlanDocumentTask
} from './document/plan-document.ts';
export {
	inspectPlanDocument,
	inspectPlanTasks,
	readPlanDocument,
	type DocumentIssue,
	type PlanDocumentReading,
	type PlanTasksReading
} from './document/read-plan-document.ts';
export {
	addGroup,
	addTask,
	deleteGroup,
	deleteTask,
	moveGroup,
	moveTask,
	planSectionText,
	replaceText,
	setGroupField,
	setPlanSection,
	setTaskContent,
	setTaskField,
	taskContentText,
	type NewTask
} from './document/edit-plan-document.ts';
export { CHANGEABLE_TASK_FIELDS, deriveContentEvents } from './document/derive-events.ts';
export { coalesceTextEdits } from './document/coalesce-text-edits.ts';
export {
	checkContentEvents,
	checkDocumentChange,
	permissionDeniedEvents,
	type DocumentAction,
	type DocumentChangeDecision,
	type DocumentRightsContext,
	type DocumentViolation
} from './document/document-rights.ts';
export { applyContentEvents, hasPendingUpdates, restoreDocument } from './document/restore-document.ts';
export {
	RICH_SECTIONS,
	richParagraphs,
	richTextProblem,
	type RichDeltaOp,
	type RichListKind,
	type RichParagraph,
	type RichRun
} from './document/rich-text.ts';
export {
	findForeignContent,
	findTaskForeignContent,
	removeForeignContent
} from './document/foreign-content.ts';

export {
	REMINDER_KINDS,
	dueReminders,
	reminderKindFor,
	type Reminder,
	type ReminderKind,
	type ReminderOptions,
	type ReminderTask
} from './reminders/reminders.ts';

export { newReportTask, type ReportGroup, type ReportTask } from './report/report-task.ts';
export {
	buildPeriodicReport,
	percentVi,
	reportPeriodLabel,
	type ChosenReportPeriod,
	type PeriodicReport,
	type PeriodicReportInput,
	type ReportMention,
	type ReportTaskLine
} from './report/periodic-report.ts';
export { isoWeekOf, isoWeekStart } from './reminders/week.ts';

export {
	blocksFromText,
	importPlan,
	importPlanText,
	issuerFullName,
	linesOfBlocks,
	matchUnitName,
	readAssignment,
	titleInSentenceCase,
	toImportJson,
	unitNameKey,
	type Assignment,
	type ImportBlock,
	type ImportedCitation,
	type ImportedDocument,
	type ImportedGroup,
	type ImportedPlan,
	type ImportedRelatedDocument,
	type ImportedSection,
	type ImportedTask,
	type ImportedUnitName,
	type ImportJson,
	type ImportOptions,
	type ImportTableCell
} from './import/index.ts';

export * from './edxml/index.ts';
export {
	EXCHANGE_EVENT_TYPES,
	type EdxmlPackageFailed,
	type EdxmlPackageQueued,
	type EdxmlPackageSent,
	type EdxmlStatusReceived,
	type ExchangeEvent,
	type ExchangeRecipient
} from './plan/exchange.events.ts';
export {
	OFFICE_EVENT_TYPES,
	type IssueRecipient,
	type IssueRecord,
	type OfficeEvent,
	type PlanApprovedForSignature,
	type PlanReceiptAssigned,
	type PlanReceived,
	type PlanReturnedForRevision,
	type PlanSubmittedForSignature
} from './plan/office.events.ts';
export {
	SIGNING_AUTHORITIES,
	isSigningAuthority,
	signingBlockLines,
	type SigningAuthority,
	type SigningBlock
} from './office/signing.ts';
export {
	formatRegisterNumber,
	issuedNumberLine,
	nextRegisterNumber,
	placeDateLine,
	type RegisterKey
} from './office/register.ts';
export { NO_SIGNOFF, type SignoffState, type UnitSigner } from './office/signoff.ts';
export type {
	ApproveForSignature,
	AssignReceipt,
	IssueWithNumber,
	OfficeCommand,
	ReceivePlan,
	ReturnForRevision,
	SubmitForSignature
} from './office/office.commands.ts';
export { decideOffice, type OfficeState } from './office/office.decide.ts';
export { numberPlan, taskItemLabel, type PlanNumbering, type TaskNumber } from './plan/plan-numbering.ts';

// the office's workflow around a draft: comments, tracked suggestions, opinion rounds; notification rules
export * from './workflow/index.ts';
export {
	UNIT_MERGE_EVENT_TYPES,
	type MergedUnitRef,
	type UnitMergeEvent,
	type UnitsMerged
} from './unit/unit-merge.events.ts';
export {
	checkUnitMerge,
	decideUnitMerge,
	isOpenTask,
	planUnitsAfterMerge,
	previewUnitMerge,
	taskSuccession,
	type MergeTask,
	type PlanUnits,
	type PlanUnitsAfterMerge,
	type TaskSuccession,
	type UnitMergePreview,
	type UnitMergeSpec
} from './unit/unit-merge.ts';
