import { parseMeetingFocus, type MeetingFocus } from '@trienkhai/domain';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../connect.ts';
import type { Schema } from '../schema.ts';
import type { DashboardScope } from './dashboard.ts';

/** A meeting ends by itself this long after it started (a working day), so stale codes stop working. */
export const MEETING_LIFETIME_HOURS = 12;

/** A running meeting: what it shows, who presents, what is in focus now. */
export interface Meeting {
	code: string;
	scope: DashboardScope;
	presenterUserId: string;
	focus: MeetingFocus;
	/** Increases with every focus change, so a late message never overrides a newer one. */
	focusSeq: number;
	createdAt: string;
}

/** What goes out on the meeting channel when the presenter moves. */
export interface MeetingNotice {
	code: string;
	focusSeq: number;
	focus: MeetingFocus;
}

/** The presenter ended the meeting. */
export interface MeetingEndedNotice {
	code: string;
	ended: true;
}

const DEFAULT_FOCUS: MeetingFocus = { panel: 'overview', unitId: null, taskId: null };

/** The NOTIFY channel of meeting focus changes (one per schema, like the event store's). */
export function meetingChannel(database: Pick<Database, 'schema'>): string {
	return database.schema ? `trienkhai_meetings_${database.schema}` : 'trienkhai_meetings';
}

/** Starts a meeting under a fresh code; false when the code is taken (the caller draws another). */
export async function startMeeting(
	db: Kysely<Schema>,
	input: { code: string; scope: DashboardScope; presenterUserId: string }
): Promise<boolean> {
	const result = await db
		.insertInto('meetings')
		.values({
			code: input.code,
			scope_kind: input.scope.kind,
			scope_id: input.scope.kind === 'plan' ? input.scope.planId : input.scope.directiveId,
			presenter_user_id: input.presenterUserId,
			focus: JSON.stringify(DEFAULT_FOCUS)
		})
		.onConflict((oc) => oc.column('code').doNothing())
		.returning('code')
		.executeTakeFirst();
	return result !== undefined;
}

/** A meeting still running (not ended, started less than MEETING_LIFETIME_HOURS ago), or undefined. */
export async function getMeeting(db: Kysely<Schema>, code: string): Promise<Meeting | undefined> {
	const row = await db
		.selectFrom('meetings')
		.selectAll()
		.where('code', '=', code)
		.where('ended_at', 'is', null)
		.where(sql<boolean>`created_at > now() - make_interval(hours => ${MEETING_LIFETIME_HOURS})`)
		.executeTakeFirst();
	if (!row) return undefined;
	return {
		code: row.code,
		scope:
			row.scope_kind === 'plan'
				? { kind: 'plan', planId: row.scope_id }
				: { kind: 'directive', directiveId: row.scope_id },
		presenterUserId: row.presenter_user_id,
		focus: parseMeetingFocus(row.focus) ?? DEFAULT_FOCUS,
		focusSeq: row.focus_seq,
		createdAt: new Date(row.created_at).toISOString()
	};
}

/** Whether a meeting of this code was ever started, running or not (a late attendee is told it ended). */
export async function meetingWasHeld(db: Kysely<Schema>, code: string): Promise<boolean> {
	const row = await db.selectFrom('meetings').select('code').where('code', '=', code).executeTakeFirst();
	return row !== undefined;
}

/**
 * Moves a meeting's focus, if `userId` presents it, and tells every instance (pg_notify, delivered after
 * commit). Undefined when the meeting is not running or the user does not present it.
 */
export async function setMeetingFocus(
	database: Pick<Database, 'db' | 'schema'>,
	input: { code: string; userId: string; focus: MeetingFocus }
): Promise<MeetingNotice | undefined> {
	return database.db.transaction().execute(async (trx) => {
		const row = await trx
			.updateTable('meetings')
			.set({
				focus: JSON.stringify(input.focus),
				focus_seq: sql`focus_seq + 1`,
				updated_at: sql`now()`
			})
			.where('code', '=', input.code)
			.where('presenter_user_id', '=', input.userId)
			.where('ended_at', 'is', null)
			.where(sql<boolean>`created_at > now() - make_interval(hours => ${MEETING_LIFETIME_HOURS})`)
			.returning(['focus_seq'])
			.executeTakeFirst();
		if (!row) return undefined;
		const notice: MeetingNotice = { code: input.code, focusSeq: row.focus_seq, focus: input.focus };
		await sql`select pg_notify(${meetingChannel(database)}, ${JSON.stringify(notice)})`.execute(trx);
		return notice;
	});
}

/** Ends a meeting (presenter only); true when it was running. */
export async function endMeeting(
	database: Pick<Database, 'db' | 'schema'>,
	input: { code: string; userId: string }
): Promise<boolean> {
	return database.db.transaction().execute(async (trx) => {
		const ended = await trx
			.updateTable('meetings')
			.set({ ended_at: sql`now()` })
			.where('code', '=', input.code)
			.where('presenter_user_id', '=', input.userId)
			.where('ended_at', 'is', null)
			.returning('code')
			.executeTakeFirst();
		if (!ended) return false;
		// attendees' screens learn it at once (delivered on commit, on every instance)
		const notice: MeetingEndedNotice = { code: input.code, ended: true };
		await sql`select pg_notify(${meetingChannel(database)}, ${JSON.stringify(notice)})`.execute(trx);
		return true;
	});
}

/**
 * Calls back with each meeting focus change on any instance; `null` after a reconnect (look again).
 * Resolves to an unlisten function.
 */
export function onMeetingNotice(
	database: Pick<Database, 'listen' | 'schema'>,
	listener: (notice: MeetingNotice | MeetingEndedNotice | null) => void
): Promise<() => Promise<void>> {
	return database.listen(meetingChannel(database), (payload) => {
		if (!payload) return listener(null);
		const raw = JSON.parse(payload) as {
			code?: unknown;
			focusSeq?: unknown;
			focus?: unknown;
			ended?: unknown;
		};
		if (typeof raw.code === 'string' && raw.ended === true) return listener({ code: raw.code, ended: true });
		const focus = parseMeetingFocus(raw.focus);
		if (typeof raw.code === 'string' && typeof raw.focusSeq === 'number' && focus) {
			listener({ code: raw.code, focusSeq: raw.focusSeq, focus });
		}
	});
}
