import { seeMeetingAttendee, type PreparedDatabase } from '@trienkhai/db';

/** How often an open meeting stream says its user is still there (under ATTENDEE_PRESENT_SECONDS). */
export const ATTENDANCE_EVERY_MS = 15_000;

/**
 * Records that `userId` follows the meeting while `signal` (the live stream's request) stays open: now, then
 * every ATTENDANCE_EVERY_MS. A failed write is logged by the caller's `onError`; the stream goes on.
 */
export function followAttendance(
	database: Pick<PreparedDatabase, 'db'>,
	input: { code: string; userId: string },
	signal: AbortSignal,
	onError: (error: unknown) => void,
	everyMs = ATTENDANCE_EVERY_MS
): void {
	const see = () => void seeMeetingAttendee(database.db, input).catch(onError);
	see();
	const timer = setInterval(see, everyMs);
	signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
