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
