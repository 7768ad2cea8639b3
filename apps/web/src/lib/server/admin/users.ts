import { randomUUID } from 'node:crypto';
import {
	createUser,
	getUser,
	hashPassword,
	listUnits,
	listUsersForAdmin,
	setUserActive,
	setUserPassword,
	type Database,
	type SessionUser
} from '@trienkhai/db';
import { m } from '#lib/paraglide/messages.js';
import type { AdminOutcome } from './outcome.ts';
import { text } from './outcome.ts';
import { passwordError, readNewUser, validateNewUser } from './user-form.ts';

type Db = Database['db'];

/** Every account for the admin page (no password hashes). */
export async function userRows(db: Db) {
	const users = await listUsersForAdmin(db);
	return users.map((u) => ({
		id: u.id,
		username: u.username,
		displayName: u.display_name,
		unitId: u.unit_id,
		unitName: u.unit_name,
		isAdmin: u.is_admin,
		active: u.active
	}));
}

/** Creates an account from the "add a user" form, with an Argon2id hash of its initial password. */
export async function addUserFromForm(db: Db, form: FormData): Promise<AdminOutcome> {
	const values = readNewUser(form);
	const units = await listUnits(db);
	const errors = validateNewUser(values, new Set(units.map((u) => u.id)));
	const shown = {
		username: values.username,
		displayName: values.displayName,
		unitId: values.unitId,
		isAdmin: values.isAdmin ? 'on' : ''
	};
	const base = { action: 'addUser', values: shown, targetId: null };
	if (Object.keys(errors).length > 0) return { ...base, ok: false, message: m.admin_form_invalid(), errors };
	const id = randomUUID();
	const created = await createUser(db, {
		id,
		username: values.username,
		displayName: values.displayName,
		unitId: values.unitId,
		passwordHash: await hashPassword(values.password),
		isAdmin: values.isAdmin
	});
	if (created === 'username-taken') {
		return {
			...base,
			ok: false,
			message: m.admin_form_invalid(),
			errors: { username: m.admin_error_username_taken() }
		};
	}
	return {
		...base,
		values: {},
		targetId: id,
		ok: true,
		message: m.admin_user_created({ username: values.username }),
		errors: {}
	};
}

/** Sets a new password chosen by the administrator; the account's sessions end. */
export async function resetPasswordFromForm(db: Db, form: FormData): Promise<AdminOutcome> {
	const userId = text(form, 'id');
	const password = typeof form.get('password') === 'string' ? (form.get('password') as string) : '';
	const base = { action: 'resetPassword', values: {}, targetId: userId || null };
	const user = userId ? await getUser(db, userId) : undefined;
	if (!user) return { ...base, ok: false, message: m.admin_error_user_missing(), errors: {} };
	const error = passwordError(password);
	if (error) return { ...base, ok: false, message: error, errors: { password: error } };
	await setUserPassword(db, { userId, passwordHash: await hashPassword(password) });
	return { ...base, ok: true, message: m.admin_user_password_reset({ username: user.username }), errors: {} };
}

/** Deactivates or reactivates an account; an administrator cannot deactivate their own. */
export async function setActiveFromForm(db: Db, form: FormData, actor: SessionUser): Promise<AdminOutcome> {
	const userId = text(form, 'id');
	const active = text(form, 'active') === 'true';
	const base = { action: 'setActive', values: {}, targetId: userId || null, errors: {} };
	const user = userId ? await getUser(db, userId) : undefined;
	if (!user) return { ...base, ok: false, message: m.admin_error_user_missing() };
	if (!active && user.id === actor.id)
		return { ...base, ok: false, message: m.admin_error_self_deactivate() };
	await setUserActive(db, { userId, active });
	return {
		...base,
		ok: true,
		message: active
			? m.admin_user_activated({ username: user.username })
			: m.admin_user_deactivated({ username: user.username })
	};
}
