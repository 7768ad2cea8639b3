import type { Migration } from 'kysely/migration';
import * as foundation from './2026-11-22-01-foundation.ts';
import * as eventStore from './2026-11-22-02-event-store.ts';
import * as planSnapshots from './2026-11-22-03-plan-snapshots.ts';
import * as sessions from './2026-11-22-04-sessions.ts';
import * as dashboard from './2026-11-28-05-dashboard.ts';
import * as notifications from './2026-11-28-06-notifications.ts';
import * as batchFingerprints from './2026-11-28-07-batch-fingerprints.ts';
import * as chainCheckpoints from './2026-12-07-i21-chain-checkpoints.ts';
import * as edxml from './2026-12-07-i22-edxml.ts';
import * as updateChain from './2026-12-07-i14-update-chain.ts';
import * as syncTickets from './2026-12-07-i15-sync-tickets.ts';
import * as officeWorkflow from './2026-12-07-w18-office-workflow.ts';
import * as workflowNotifications from './2026-12-07-w18b-workflow-notifications.ts';
import * as unitMerge from './2026-12-07-z-h4-unit-merge.ts';
import * as feedTaskIndex from './2026-12-07-z-i14-feed-task-index.ts';
import * as meetingAttendees from './2026-12-07-zb-meeting-attendees.ts';
import * as unitNameHistory from './2026-12-07-zd-unit-name-history.ts';
import * as directiveRollups from './2026-12-08-a-directive-rollups.ts';

// Listed by hand rather than read from the folder, so a bundled server finds them too. Names sort by date.
export const migrations: Record<string, Migration> = {
	'2026-11-22-01-foundation': foundation,
	'2026-11-22-02-event-store': eventStore,
	'2026-11-22-03-plan-snapshots': planSnapshots,
	'2026-11-22-04-sessions': sessions,
	'2026-11-28-05-dashboard': dashboard,
	'2026-11-28-06-notifications': notifications,
	'2026-11-28-07-batch-fingerprints': batchFingerprints,
	'2026-12-07-i21-chain-checkpoints': chainCheckpoints,
	'2026-12-07-i22-edxml': edxml,
	'2026-12-07-i14-update-chain': updateChain,
	'2026-12-07-i15-sync-tickets': syncTickets,
	'2026-12-07-w18b-workflow-notifications': workflowNotifications,
	'2026-12-07-w18-office-workflow': officeWorkflow,
	'2026-12-07-z-h4-unit-merge': unitMerge,
	'2026-12-07-z-i14-feed-task-index': feedTaskIndex,
	'2026-12-07-zb-meeting-attendees': meetingAttendees,
	'2026-12-07-zd-unit-name-history': unitNameHistory,
	'2026-12-08-a-directive-rollups': directiveRollups
};
