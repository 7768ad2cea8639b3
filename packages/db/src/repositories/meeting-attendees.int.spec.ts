import { describe, expect, it } from 'vitest';
import { useDemoDatabase } from '../testing/demo-suite.ts';
import { testDatabaseKinds } from '../testing/test-databases.ts';
import { ATTENDEE_PRESENT_SECONDS, listMeetingAttendees, seeMeetingAttendee } from './meeting-attendees.ts';
import { startMeeting } from './meetings.ts';

const CODE = 'K7M2QX';
const PRESENTER = 'u-ubnd-quang-binh';

describe.each(testDatabaseKinds())('meeting attendees on %s', (kind) => {
	const demo = useDemoDatabase(kind, async ({ database }) => {
		await startMeeting(database.db, {
			code: CODE,
			scope: { kind: 'plan', planId: 'plan-ubnd-qb-kl69' },
			presenterUserId: PRESENTER
		});
	});

	it('lists who followed lately with their unit, first joined first, never the presenter', async () => {
		const t0 = new Date();
		await seeMeetingAttendee(demo.db, { code: CODE, userId: 'u-qb-so-khcn', at: t0 });
		await seeMeetingAttendee(demo.db, { code: CODE, userId: PRESENTER, at: t0 });
		await seeMeetingAttendee(demo.db, {
			code: CODE,
			userId: 'u-qb-so-tai-chinh',
			at: new Date(t0.getTime() + 1000)
		});
		const listed = await listMeetingAttendees(demo.db, CODE, new Date(t0.getTime() + 2000));
		expect(listed.map((a) => a.userId)).toEqual(['u-qb-so-khcn', 'u-qb-so-tai-chinh']);
		expect(listed[0]!.unitName).toMatch(/Khoa học và Công nghệ/);
	});

	it('drops an attendee not seen for the presence window, and brings them back when seen again', async () => {
		const later = new Date(Date.now() + (ATTENDEE_PRESENT_SECONDS + 5) * 1000);
		await seeMeetingAttendee(demo.db, { code: CODE, userId: 'u-qb-so-khcn', at: later });
		const listed = await listMeetingAttendees(demo.db, CODE, new Date(later.getTime() + 1000));
		expect(listed.map((a) => a.userId)).toEqual(['u-qb-so-khcn']);
	});
});
