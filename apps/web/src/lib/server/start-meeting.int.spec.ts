import { isRedirect, type RequestEvent } from '@sveltejs/kit';
import { prepareDatabase, type PreparedDatabase, type SessionUser } from '@trienkhai/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMeetingAction } from '../../routes/bang-dieu-khien/dashboard.server.ts';

const owner: SessionUser = {
	id: 'u-ubnd-quang-binh',
	username: 'ubnd.quang.binh',
	displayName: 'UBND tỉnh Quảng Bình',
	unitId: 'ubnd-quang-binh',
	unitName: 'UBND tỉnh Quảng Bình',
	isAdmin: false
};

// The form action behind "Bắt đầu cuộc họp": a meeting only on a plan or directive that exists and the user
// may see; anything else is a 404 and no meeting is stored.
describe('starting a meeting', () => {
	let database: PreparedDatabase;
	const event = () => ({ locals: { user: owner, runtime: { database } } }) as unknown as RequestEvent;
	const meetings = async () =>
		Number(
			(
				await database.db
					.selectFrom('meetings')
					.select((eb) => eb.fn.countAll<number>().as('n'))
					.executeTakeFirstOrThrow()
			).n
		);

	beforeAll(async () => {
		database = await prepareDatabase({ kind: 'pglite', dataDir: null }, { demo: true });
	});

	afterAll(async () => {
		await database?.close();
	});

	it('refuses a plan or a directive that does not exist, with 404, and stores nothing', async () => {
		const before = await meetings();
		const plan = await startMeetingAction(event(), { kind: 'plan', planId: 'khong-co-ke-hoach-nay' });
		expect(plan).toMatchObject({ status: 404, data: { message: 'Không tìm thấy kế hoạch.' } });
		const directive = await startMeetingAction(event(), { kind: 'directive', directiveId: 'khong-co' });
		expect(directive).toMatchObject({ status: 404 });
		expect(await meetings()).toBe(before);
	});

	it('starts one on an existing plan and sends the presenter to it', async () => {
		const before = await meetings();
		const outcome = await startMeetingAction(event(), { kind: 'plan', planId: 'plan-ubnd-qb-kl69' }).catch(
			(thrown: unknown) => thrown
		);
		expect(isRedirect(outcome)).toBe(true);
		expect(await meetings()).toBe(before + 1);
	});
});
