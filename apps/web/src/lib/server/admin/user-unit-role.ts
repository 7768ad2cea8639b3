import { getUser, listUnits, setUserUnitAndRole, type Database, type SessionUser } from '@trienkhai/db';
import { m } from '#lib/paraglide/messages.js';
import type { AdminOutcome } from './outcome.ts';
import { text } from './outcome.ts';

type Db = Database['db'];

/**
 * Moves an account to another unit and/or grants or removes the administrator role. Its sessions stay, but
 * every plan editor it has open, on every instance, is closed (it acted for the old unit). An administrator
 * cannot remove their own role: the directory must keep someone who can manage it.
 */
export async function setUnitAndRoleFromForm(
	db: Db,
	form: FormData,
	actor: SessionUser
): Promise<AdminOutcome> {
	const userId = text(form, 'id');
	const unitId = text(form, 'unitId');
	const isAdmin = text(form, 'isAdmin') === 'on';
	const values = { unitId, isAdmin: isAdmin ? 'on' : '' };
	const base = { action: 'setUnitAndRole', values, targetId: userId || null };
	const user = userId ? await getUser(db, userId) : undefined;
	if (!user) return { ...base, ok: false, message: m.admin_error_user_missing(), errors: {} };
	const unit = (await listUnits(db)).find((u) => u.id === unitId);
	if (!unit) {
		const message = m.admin_error_unit_missing();
		return { ...base, ok: false, message, errors: { unitId: message } };
	}
	if (user.id === actor.id && !isAdmin) {
		const message = m.admin_error_self_demote();
		return { ...base, ok: false, message, errors: { isAdmin: message } };
	}
	await setUserUnitAndRole(db, { userId, unitId, isAdmin });
	const role = isAdmin ? m.admin_user_role_admin() : m.admin_user_role_user();
	const message = m.admin_user_unit_role_saved({ username: user.username, unit: unit.name, role });
	return { ...base, values: {}, ok: true, message, errors: {} };
}
