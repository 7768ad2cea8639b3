import { getUser, type Database } from '@trienkhai/db';
import { m } from '#lib/paraglide/messages.js';
import type { AdminOutcome } from './outcome.ts';
import { text } from './outcome.ts';

type Db = Database['db'];

/** A plausible mail address: one @, no spaces, a dot in the domain; at most 254 characters. */
export function isMailAddress(value: string): boolean {
	return value.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}

/** Every account's notification address, by user id. */
export async function userEmails(db: Db): Promise<Record<string, string>> {
	const rows = await db.selectFrom('users').select(['id', 'email']).where('email', 'is not', null).execute();
	return Object.fromEntries(rows.flatMap((r) => (r.email ? [[r.id, r.email]] : [])));
}

/** Sets (or, empty, clears) the address an account's notifications are mailed to. */
export async function setEmailFromForm(db: Db, form: FormData): Promise<AdminOutcome> {
	const userId = text(form, 'id');
	const email = text(form, 'email');
	const base = { action: 'setEmail', values: { email }, targetId: userId || null };
	const user = userId ? await getUser(db, userId) : undefined;
	if (!user) return { ...base, ok: false, message: m.admin_error_user_missing(), errors: {} };
	if (email !== '' && !isMailAddress(email)) {
		const message = m.admin_user_email_invalid({ value: email });
		return { ...base, ok: false, message, errors: { email: message } };
	}
	await db
		.updateTable('users')
		.set({ email: email === '' ? null : email })
		.where('id', '=', userId)
		.execute();
	return { ...base, ok: true, message: m.admin_user_email_saved({ username: user.username }), errors: {} };
}
