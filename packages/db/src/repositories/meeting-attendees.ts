import { sql, type Kysely } from 'kysely';
import type { Schema } from '../schema.ts';

/** An attendee counts as present while seen within this many seconds (their stream refreshes it every 15 s). */
export const ATTENDEE_PRESENT_SECONDS = 40;

/** Someone following the meeting on their own screen. */
export interface MeetingAttendee {
	userId: string;
	displayName: string;
	unitName: string;
	joinedAt: string;
}

/** Marks `userId` as following the meeting now (first time: joined now). */
export async function seeMeetingAttendee(
	db: Kysely<Schema>,
	input: { code: string; userId: string; at?: Date }
): Promise<void> {
	const at = input.at ?? new Date();
	await db
		.insertInto('meeting_attendees')
		.values({ code: input.code, user_id: input.userId, seen_at: at })
		.onConflict((oc) => oc.columns(['code', 'user_id']).doUpdateSet({ seen_at: at }))
		.execute();
}

/** Whoever followed the meeting in the last ATTENDEE_PRESENT_SECONDS, but its presenter, first joined first. */
export async function listMeetingAttendees(
	db: Kysely<Schema>,
	code: string,
	now: Date = new Date()
): Promise<MeetingAttendee[]> {
	const since = new Date(now.getTime() - ATTENDEE_PRESENT_SECONDS * 1000);
	const rows = await db
		.selectFrom('meeting_attendees as a')
		.innerJoin('meetings as m', 'm.code', 'a.code')
		.innerJoin('users as u', 'u.id', 'a.user_id')
		.innerJoin('units as n', 'n.id', 'u.unit_id')
		.select(['a.user_id', 'u.display_name', 'n.name as unit_name', 'a.joined_at'])
		.where('a.code', '=', code)
		.where('a.seen_at', '>=', since)
		.where(sql<boolean>`a.user_id <> m.presenter_user_id`)
		.orderBy('a.joined_at')
		.orderBy('u.display_name')
		.execute();
	return rows.map((r) => ({
		userId: r.user_id,
		displayName: r.display_name,
		unitName: r.unit_name,
		joinedAt: new Date(r.joined_at).toISOString()
	}));
}
