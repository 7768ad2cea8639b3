export { databaseConfigFromEnv, type DatabaseConfig } from './config.ts';
export { openDatabase, type Database } from './connect.ts';
export { assertMigrated, migrateToLatest } from './migrate.ts';
export type { Schema, UnitRow, UserRow, SessionRow, DirectiveRow, PlanRow, TaskRow } from './schema.ts';
export { listUnits, listUsersWithUnits, getUnit, createUnit, renameUnit } from './repositories/units.ts';
export {
	findUserForSignIn,
	listUsersForAdmin,
	getUser,
	createUser,
	setUserPassword,
	setUserActive,
	setUserUnitAndRole
} from './repositories/users.ts';
export {
	createSession,
	findSessionUser,
	deleteSession,
	deleteUserSessions,
	deleteExpiredSessions,
	type SessionUser
} from './repositories/sessions.ts';
export {
	checkLoginThrottle,
	recordLoginAttempt,
	reserveLoginAttempt,
	settleLoginAttempt,
	type LoginReservation,
	type ThrottleKey
} from './repositories/login-attempts.ts';
export { defaultAuthPolicy, type AuthPolicy } from './auth/policy.ts';
export { hashPassword, verifyPassword } from './auth/passwords.ts';
export type { ThrottleVerdict } from './auth/login-throttle.ts';
export { setDemoPasswords, DEMO_PASSWORD, DEMO_ADMIN_UNIT } from './seed/demo-passwords.ts';
export {
	listDirectives,
	listDirectiveRelations,
	getDirective,
	directiveLinks,
	createDirective,
	addDirectiveRelation,
	mayRegisterFor,
	SIGNER_CAPACITIES,
	DIRECTIVE_RELATION_KINDS,
	type DirectiveFilter,
	type NewDirective,
	type NewDirectiveRelation,
	type RegistryActor,
	type RegistryError,
	type RegistryErrorCode,
	type RegistryResult
} from './repositories/directives.ts';
export {
	directiveCascade,
	type CascadeReader,
	descendantDirectiveIds,
	sumRollups,
	CASCADE_MAX_DEPTH
} from './repositories/cascade.ts';
export {
	createPlanFromImport,
	importSnapshot,
	IMPORT_LIMITS,
	type ImportPlanInput,
	type ImportPlanResult,
	type ImportProblem,
	type ImportTaskInput,
	type ImportUnitInput
} from './repositories/import-plan.ts';
export { listPlans, getPlanWithTasks, planDocumentSnapshot, planExists } from './repositories/plans.ts';
export { mayReadPlan, type PlanReader } from './repositories/plan-readers.ts';
export { loadDemoData, type DemoData, type DemoLoadResult } from './seed/load-demo-data.ts';
export { demoData } from './seed/demo-data.ts';
export { prepareDatabase, type PreparedDatabase, type PrepareStep } from './prepare.ts';
export { pingDatabase } from './ping.ts';
export type { EventRow, PlanUpdateRow } from './schema.ts';
export { createEventStore } from './store.ts';
export {
	createEventLog,
	type EventStore,
	type PlanAtPoint,
	type PointInTime,
	type StreamHead
} from './events/event-store.ts';
export type { AppendBatch, AppendEvent, AppendResult, ChangeNotice, UpdateInput } from './events/batch.ts';
export type { Decision, Executed, LockedPlan } from './events/execute.ts';
export { readPlanRights, type PlanRights } from './events/plan-rights.ts';
export { lockPlan } from './events/lock.ts';
export {
	AppendRejectedError,
	ChainBrokenError,
	ConcurrencyError,
	isConcurrencyError
} from './events/errors.ts';
export {
	PreconditionFailedError,
	type AppendPrecondition,
	type PlanRightsState
} from './events/precondition.ts';
export {
	START as LOG_START,
	type Checkpoint,
	type SubscribeOptions,
	type Subscription
} from './events/subscribe.ts';
export type { ChainBreak, VerifiedPlan, VerifyResult } from './events/verify.ts';
export type { ReplayResult } from './projections/replay.ts';
export { PROJECTION_TABLES, READ_MODELS } from './projections/registry.ts';
export type { ProjectedEvent, Projection, ProjectionContext } from './projections/projection.ts';
export { executePlanCommand, executeTaskCommand } from './commands/commands.ts';
export { planHistory, type HistoryEntry } from './repositories/history.ts';
export {
	auditLog,
	auditActors,
	chainBadges,
	type AuditEntry,
	type ChainBadge,
	type AuditFilter,
	type AuditPage,
	type AuditViewer
} from './repositories/audit.ts';
export {
	recordDueReminders,
	listNotifications,
	unreadNotificationCount,
	markNotificationsRead,
	weeklyDigest,
	type DigestPlan,
	type DigestTask,
	type NotificationItem,
	type NotificationReader,
	type ReminderRun,
	type WeeklyDigest
} from './repositories/notifications.ts';
export { notifyEvents, startNotifier, type NotifierOptions } from './notify/notifier.ts';
export { inboxChannel, notifyInbox, onInboxNotice, type InboxNotice } from './notify/inbox-notice.ts';
export { batchEventTypes, planAudience, type PlanAudience } from './repositories/plan-audience.ts';
export { dueMails, markMailFailed, markMailSent, MAIL_RETRY, type OwedMail } from './notify/mail-outbox.ts';
export { isAskedForOpinions, plansAskingOpinions, readWorkflowState } from './repositories/workflow.ts';
export { readMyWork, type MyWorkData } from './repositories/my-work.ts';
export {
	planExportData,
	unitReportHeading,
	type PlanExportData,
	type UnitHeading
} from './repositories/exports.ts';
export {
	compactRollups,
	dashboardActivity,
	dashboardDueSoon,
	dashboardHeading,
	dashboardOverdue,
	dashboardPlanIds,
	dashboardProgressOverTime,
	dashboardSegments,
	dashboardStatistics,
	dashboardTask,
	dashboardUnitTasks,
	loadDashboard,
	type DashboardClock,
	type DashboardScope
} from './repositories/dashboard.ts';
export {
	MEETING_LIFETIME_HOURS,
	endMeeting,
	getMeeting,
	meetingChannel,
	meetingWasHeld,
	onMeetingNotice,
	setMeetingFocus,
	startMeeting,
	type Meeting,
	type MeetingNotice,
	type MeetingEndedNotice
} from './repositories/meetings.ts';
export {
	ATTENDEE_PRESENT_SECONDS,
	listMeetingAttendees,
	seeMeetingAttendee,
	type MeetingAttendee
} from './repositories/meeting-attendees.ts';
export * from './checkpoints/index.ts';
export { folderHasFiles, restorePgliteDataDir } from './backup/pglite-restore.ts';
export {
	listOrganIds,
	setOrganIds,
	unitsByOrganId,
	ORGAN_IN_CHARGE_MAX,
	type OrganIdInput,
	type OrganIdProblem,
	type OrganUnit
} from './repositories/organ-ids.ts';
export {
	edxmlDocumentOf,
	keepEdxmlDocument,
	type EdxmlDocumentRecord
} from './repositories/edxml-documents.ts';
export {
	accessChannel,
	consumeSyncTicket,
	liveSessions,
	notifyAccessRevoked,
	onAccessRevoked,
	sweepSyncTicketUses,
	type AccessNotice,
	type TicketUse
} from './repositories/access.ts';
export {
	dueEdxmlPackages,
	enqueueEdxmlPackage,
	exchangeStates,
	outboxPackageByDocumentId,
	planOutbox,
	recordEdxmlAttempt,
	type ExchangeState,
	type NewOutboxPackage
} from './repositories/edxml-outbox.ts';
export type { EdxmlRecipient } from './schema-edxml.ts';
export {
	executeOfficeCommand,
	issueWithRegisterNumber,
	type IssueRequest,
	type Issued
} from './commands/office-commands.ts';
export { readOfficeState, unitSigners } from './commands/office-state.ts';
export {
	recipientProgress,
	startFollowUpPlan,
	unitInbox,
	unitTasksOfPlan,
	unreceivedInboxCount,
	type InboxEntry,
	type RecipientProgress
} from './repositories/inbox.ts';
export { issuedHeading, latestIssue } from './repositories/plan-issues.ts';
export { unitDocumentHeading } from './repositories/exports.ts';
export { ensureDemoSigners } from './seed/demo-signers.ts';
export { seedSigners, type SeedSigner } from './seed/data/signers.ts';
