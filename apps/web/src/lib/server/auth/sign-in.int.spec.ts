import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	createUnit,
	defaultAuthPolicy,
	findSessionUser,
	hashPassword,
	migrateToLatest,
	openDatabase,
	setUserActive,
	type Database
} from '@trienkhai/db';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@trienkhai/db/testing';
import { signInMessage } from './sign-in-message.ts';
import { signIn } from './sign-in.ts';

const t0 = new Date('2026-11-22T02:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);
const policy = { ...defaultAuthPolicy, maxFailuresPerUser: 3, maxFailuresPerAddress: 6 };

describe.each(testDatabaseKinds())('signIn on %s', (kind) => {
	let testDb: TestDatabase;
	let database: Database;
	const attempt = (username: string, password: string, now: Date, address = '10.0.0.1') =>
		signIn(database.db, { username, password, address, userAgent: 'vitest', now }, policy);

	beforeAll(async () => {
		testDb = createTestDatabase(kind);
		database = await openDatabase(testDb.config);
		await migrateToLatest(database.db, database.schema ?? undefined);
		await createUnit(database.db, {
			id: 'vp',
			name: 'Văn phòng',
			shortName: 'VP',
			kind: 'state',
			parentId: null
		});
		const hash = await hashPassword('dung-mat-khau');
		await database.db
			.insertInto('users')
			.values(
				['an', 'binh', 'chi', 'dung', 'em'].map((name) => ({
					id: `u-${name}`,
					username: name,
					display_name: name,
					unit_id: 'vp',
					password_hash: hash
				}))
			)
			.execute();
	});

	afterAll(async () => {
		await database?.close();
		await testDb?.dispose();
	});

	it('starts a session for the right password, whatever the case of the user name', async () => {
		const result = await attempt('  AN ', 'dung-mat-khau', t0);
		expect(result).toMatchObject({ ok: true, userId: 'u-an' });
		if (!result.ok) return;
		expect(await findSessionUser(database.db, result.token, { now: at(1000), policy })).toMatchObject({
			id: 'u-an',
			unitName: 'Văn phòng'
		});
	});

	it('answers a wrong password and an unknown user alike, and an empty form plainly', async () => {
		const wrong = await attempt('binh', 'sai', t0);
		const unknown = await attempt('khong-ai', 'sai', t0);
		expect(wrong).toEqual({ ok: false, reason: 'invalid' });
		expect(unknown).toEqual(wrong);
		expect(await attempt('binh', '', t0)).toEqual({ ok: false, reason: 'missing' });
	});

	it('says "throttled" on the failure that reaches the limit, and keeps refusing the right password', async () => {
		expect(await attempt('chi', 'sai-1', at(0), '10.0.0.2')).toMatchObject({ reason: 'invalid' });
		expect(await attempt('chi', 'sai-2', at(60_000), '10.0.0.2')).toMatchObject({ reason: 'invalid' });
		const third = await attempt('chi', 'sai-3', at(120_000), '10.0.0.2');
		// blocked until the first failure (at 0) leaves the window: 15 − 2 minutes from now
		expect(third).toEqual({ ok: false, reason: 'throttled', retryAfterMinutes: 13 });
		if (!third.ok)
			expect(signInMessage(third)).toBe('Bạn đã thử quá nhiều lần, vui lòng thử lại sau 13 phút.');
		expect(await attempt('chi', 'dung-mat-khau', at(180_000), '10.0.0.2')).toEqual({
			ok: false,
			reason: 'throttled',
			retryAfterMinutes: 12
		});
		// open again once the first failure has left the 15-minute window
		expect(await attempt('chi', 'dung-mat-khau', at(15 * 60_000 + 1), '10.0.0.2')).toMatchObject({
			ok: true
		});
	});

	it('checks at most the limit of 40 parallel wrong passwords for one account, and says so', async () => {
		const limit = { ...defaultAuthPolicy, maxFailuresPerAddress: 100 };
		const results = await Promise.all(
			Array.from({ length: 40 }, (_, i) =>
				signIn(
					database.db,
					{ username: 'em', password: `sai-${i}`, address: '10.0.0.40', userAgent: 'vitest', now: t0 },
					limit
				)
			)
		);
		const checked = await database.db
			.selectFrom('login_attempts')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('key', '=', 'user:em')
			.executeTakeFirstOrThrow();
		expect(Number(checked.n)).toBe(limit.maxFailuresPerUser);
		expect(results.filter((r) => !r.ok && r.reason === 'invalid').length).toBeLessThanOrEqual(5);
		expect(results.filter((r) => !r.ok && r.reason === 'throttled').length).toBeGreaterThanOrEqual(35);
		expect(results.some((r) => r.ok)).toBe(false);
	});

	it('blocks an address that tries many user names', async () => {
		for (let i = 0; i < 6; i++) await attempt(`ten-${i}`, 'sai', at(i * 1000), '10.0.0.9');
		expect(await attempt('dung', 'dung-mat-khau', at(10_000), '10.0.0.9')).toMatchObject({
			reason: 'throttled'
		});
		expect(await attempt('dung', 'dung-mat-khau', at(10_000), '10.0.0.10')).toMatchObject({ ok: true });
	});

	it('refuses a deactivated account only once its password is right', async () => {
		await setUserActive(database.db, { userId: 'u-binh', active: false });
		expect(await attempt('binh', 'sai', at(0), '10.0.0.3')).toEqual({ ok: false, reason: 'invalid' });
		const inactive = await attempt('binh', 'dung-mat-khau', at(0), '10.0.0.3');
		expect(inactive).toEqual({ ok: false, reason: 'inactive' });
		if (!inactive.ok)
			expect(signInMessage(inactive)).toBe('Tài khoản đã bị khoá. Vui lòng liên hệ quản trị viên.');
	});
});
