import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../connect.ts';
import { migrateToLatest } from '../migrate.ts';
import { defaultAuthPolicy } from '../auth/policy.ts';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { sessionIdOf } from '../auth/tokens.ts';
import { DEMO_PASSWORD, setDemoPasswords } from '../seed/demo-passwords.ts';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../testing/test-databases.ts';
import { checkLoginThrottle, recordLoginAttempt } from './login-attempts.ts';
import {
	createSession,
	deleteExpiredSessions,
	deleteSession,
	deleteUserSessions,
	findSessionUser
} from './sessions.ts';
import { createUnit, getUnit, listUsersWithUnits, renameUnit } from './units.ts';
import { createUser, findUserForSignIn, listUsersForAdmin, setUserActive, setUserPassword } from './users.ts';

const HOUR = 3_600_000;
const policy = {
	...defaultAuthPolicy,
	sessionIdleMs: 2 * HOUR,
	sessionMaxMs: 10 * HOUR,
	sessionTouchMs: 60_000
};
const t0 = new Date('2026-11-22T01:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

describe.each(testDatabaseKinds())('accounts and sessions on %s', (kind) => {
	let testDb: TestDatabase;
	let database: Database;

	beforeAll(async () => {
		testDb = createTestDatabase(kind);
		database = await openDatabase(testDb.config);
		await migrateToLatest(database.db, database.schema ?? undefined);
		const { db } = database;
		await createUnit(db, {
			id: 'root',
			name: 'Tỉnh ủy Thử',
			shortName: 'TU Thử',
			kind: 'party',
			parentId: null
		});
		await createUnit(db, {
			id: 'vp',
			name: 'Văn phòng Tỉnh ủy',
			shortName: 'VPTU',
			kind: 'party',
			parentId: 'root'
		});
		await db
			.insertInto('users')
			.values([
				{ id: 'u-root', username: 'tu.thu', display_name: 'Cán bộ TU', unit_id: 'root', password_hash: null },
				{ id: 'u-vp', username: 'vp.thu', display_name: 'Cán bộ VP', unit_id: 'vp', password_hash: null }
			])
			.execute();
	});

	afterAll(async () => {
		await database?.close();
		await testDb?.dispose();
	});

	it('gives demo accounts the demo password once, and makes the admin unit an administrator', async () => {
		const { db } = database;
		const units = [{ key: 'root' }, { key: 'vp' }, { key: 'no-such-unit' }];
		expect(await setDemoPasswords(db, { units: units as never }, DEMO_PASSWORD)).toBe(2);
		const first = await findUserForSignIn(db, 'TU.THU');
		expect(first?.password_hash).toMatch(/^\$argon2id\$/);
		expect(await verifyPassword(first!.password_hash, DEMO_PASSWORD)).toBe(true);
		expect(await verifyPassword(first!.password_hash, 'sai-mat-khau')).toBe(false);
		// a second start changes nothing
		expect(await setDemoPasswords(db, { units: units as never }, DEMO_PASSWORD)).toBe(0);
		expect((await findUserForSignIn(db, 'tu.thu'))?.password_hash).toBe(first?.password_hash);
		const listed = await listUsersWithUnits(db);
		expect(listed.map((u) => [u.username, u.is_admin, u.active])).toEqual([
			['tu.thu', false, true],
			['vp.thu', false, true]
		]);
	});

	it('treats a missing or malformed hash as a wrong password', async () => {
		expect(await verifyPassword(null, 'anything')).toBe(false);
		expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
	});

	it('finds the user behind a session, and nobody behind a forged or deleted token', async () => {
		const { db } = database;
		const { token, expiresAt } = await createSession(db, {
			userId: 'u-vp',
			userAgent: 'test',
			now: t0,
			policy
		});
		expect(expiresAt).toEqual(at(2 * HOUR));
		const stored = await db.selectFrom('sessions').selectAll().where('user_id', '=', 'u-vp').execute();
		expect(stored.map((s) => s.id)).toEqual([sessionIdOf(token)]);
		expect(stored[0]?.id).not.toContain(token);
		expect(await findSessionUser(db, token, { now: at(1000), policy })).toEqual({
			id: 'u-vp',
			username: 'vp.thu',
			displayName: 'Cán bộ VP',
			unitId: 'vp',
			unitName: 'Văn phòng Tỉnh ủy',
			isAdmin: false,
			// the session's own id (its token's hash): a websocket ticket is bound to it
			sessionId: sessionIdOf(token)
		});
		expect(await findSessionUser(db, `${token}x`, { now: at(1000), policy })).toBeNull();
		await deleteSession(db, token);
		expect(await findSessionUser(db, token, { now: at(2000), policy })).toBeNull();
	});

	it('slides a used session forward, ends an idle one, and never passes the absolute lifetime', async () => {
		const { db } = database;
		const { token } = await createSession(db, { userId: 'u-vp', userAgent: null, now: t0, policy });
		// used every 1.5 hours: the idle limit of 2 hours is never reached…
		for (let h = 1.5; h < 10; h += 1.5) {
			expect(await findSessionUser(db, token, { now: at(h * HOUR), policy }), `at ${h} h`).not.toBeNull();
		}
		// …but the session ends 10 hours after sign-in all the same
		expect(await findSessionUser(db, token, { now: at(10 * HOUR), policy })).toBeNull();
		expect(
			await db.selectFrom('sessions').select('id').where('id', '=', sessionIdOf(token)).execute()
		).toEqual([]);

		const idle = await createSession(db, { userId: 'u-vp', userAgent: null, now: t0, policy });
		expect(await findSessionUser(db, idle.token, { now: at(2 * HOUR + 1), policy })).toBeNull();
	});

	it('deletes expired sessions in bulk and all sessions of one user', async () => {
		const { db } = database;
		await createSession(db, { userId: 'u-root', userAgent: null, now: t0, policy });
		const live = await createSession(db, { userId: 'u-root', userAgent: null, now: at(5 * HOUR), policy });
		expect(await deleteExpiredSessions(db, at(6 * HOUR))).toBeGreaterThanOrEqual(1);
		expect(await findSessionUser(db, live.token, { now: at(6 * HOUR), policy })).not.toBeNull();
		expect(await deleteUserSessions(db, 'u-root')).toBe(1);
		expect(await findSessionUser(db, live.token, { now: at(6 * HOUR), policy })).toBeNull();
	});

	it('ends the sessions of a deactivated account and of an account whose password is reset', async () => {
		const { db } = database;
		const one = await createSession(db, { userId: 'u-root', userAgent: null, now: t0, policy });
		expect(await setUserActive(db, { userId: 'u-root', active: false })).toBe(true);
		expect(await findSessionUser(db, one.token, { now: at(1000), policy })).toBeNull();
		expect((await findUserForSignIn(db, 'tu.thu'))?.active).toBe(false);
		expect(await setUserActive(db, { userId: 'u-root', active: true })).toBe(true);

		const two = await createSession(db, { userId: 'u-root', userAgent: null, now: t0, policy });
		expect(
			await setUserPassword(db, { userId: 'u-root', passwordHash: await hashPassword('mat-khau-moi') })
		).toBe(true);
		expect(await findSessionUser(db, two.token, { now: at(1000), policy })).toBeNull();
		expect(await setUserActive(db, { userId: 'no-such-user', active: false })).toBe(false);
	});

	it('blocks a user name after five failures until the oldest leaves the window', async () => {
		const { db } = database;
		const keys = [{ key: 'user:a', maxFailures: 5, resetOnSuccess: true }];
		const windowMs = 15 * 60_000;
		for (let i = 0; i < 4; i++)
			await recordLoginAttempt(db, { keys: ['user:a'], ok: false, at: at(i * 60_000) });
		expect(await checkLoginThrottle(db, { keys, now: at(5 * 60_000), windowMs })).toEqual({ blocked: false });
		await recordLoginAttempt(db, { keys: ['user:a'], ok: false, at: at(4 * 60_000) });
		expect(await checkLoginThrottle(db, { keys, now: at(5 * 60_000), windowMs })).toEqual({
			blocked: true,
			retryAfterMs: 10 * 60_000
		});
		// the first failure (t0) leaves the 15-minute window at t0 + 15 min
		expect(await checkLoginThrottle(db, { keys, now: at(15 * 60_000), windowMs })).toEqual({
			blocked: false
		});
	});

	it('lets a success reset a user name but not an address', async () => {
		const { db } = database;
		const windowMs = 15 * 60_000;
		const base = 3 * HOUR;
		for (let i = 0; i < 3; i++) {
			await recordLoginAttempt(db, {
				keys: ['user:b', 'address:10.0.0.1'],
				ok: false,
				at: at(base + i * 1000)
			});
		}
		await recordLoginAttempt(db, { keys: ['user:b', 'address:10.0.0.1'], ok: true, at: at(base + 5000) });
		for (let i = 0; i < 2; i++) {
			await recordLoginAttempt(db, {
				keys: ['user:b', 'address:10.0.0.1'],
				ok: false,
				at: at(base + 6000 + i)
			});
		}
		const now = at(base + 10_000);
		const user = { key: 'user:b', maxFailures: 3, resetOnSuccess: true };
		const address = { key: 'address:10.0.0.1', maxFailures: 5, resetOnSuccess: false };
		expect(await checkLoginThrottle(db, { keys: [user], now, windowMs })).toEqual({ blocked: false });
		expect(await checkLoginThrottle(db, { keys: [user, address], now, windowMs })).toEqual({
			blocked: true,
			retryAfterMs: windowMs - 10_000
		});
	});

	it('forgets attempts older than a day when new ones are recorded', async () => {
		const { db } = database;
		await recordLoginAttempt(db, { keys: ['user:old'], ok: false, at: t0 });
		await recordLoginAttempt(db, { keys: ['user:new'], ok: false, at: at(40 * HOUR) });
		const keys = await db.selectFrom('login_attempts').select('key').distinct().execute();
		expect(keys.map((k) => k.key)).toEqual(['user:new']);
	});

	it('creates accounts with unique user names in any case', async () => {
		const { db } = database;
		const input = {
			id: 'u-new',
			username: 'nguyen.van.a',
			displayName: 'Nguyễn Văn A',
			unitId: 'vp',
			passwordHash: await hashPassword('mat-khau-dau'),
			isAdmin: false
		};
		expect(await createUser(db, input)).toBe('created');
		expect(await createUser(db, { ...input, id: 'u-other', username: 'Nguyen.Van.A' })).toBe(
			'username-taken'
		);
		const listed = await listUsersForAdmin(db);
		expect(listed.find((u) => u.id === 'u-new')).toMatchObject({
			unit_name: 'Văn phòng Tỉnh ủy',
			active: true,
			is_admin: false
		});
	});

	it('renames a unit and keeps its search text in step', async () => {
		const { db } = database;
		expect(await renameUnit(db, { id: 'vp', name: 'Văn phòng Tỉnh ủy Thử', shortName: 'VPTU Thử' })).toBe(
			true
		);
		expect(await getUnit(db, 'vp')).toMatchObject({
			name: 'Văn phòng Tỉnh ủy Thử',
			short_name: 'VPTU Thử',
			parent_id: 'root',
			search_text: 'van phong tinh uy thu vptu thu'
		});
		expect(await renameUnit(db, { id: 'nope', name: 'X', shortName: 'X' })).toBe(false);
	});
});
