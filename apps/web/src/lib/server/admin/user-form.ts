import { defaultAuthPolicy } from '@trienkhai/db';
import { m } from '#lib/paraglide/messages.js';
import { text } from './outcome.ts';

export const DISPLAY_NAME_MAX = 120;
// lower-case ASCII words joined by . - _ (the demo accounts look like ubnd.quang.binh)
const USERNAME = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

/** The fields of the "add a user" form (the password is never sent back to the page). */
export interface NewUserValues {
	username: string;
	displayName: string;
	unitId: string;
	password: string;
	isAdmin: boolean;
}

/** Reads the "add a user" form; the user name is lower-cased. */
export function readNewUser(form: FormData): NewUserValues {
	return {
		username: text(form, 'username').toLowerCase(),
		displayName: text(form, 'displayName'),
		unitId: text(form, 'unitId'),
		// a password is taken as typed: spaces may be part of it
		password: typeof form.get('password') === 'string' ? (form.get('password') as string) : '',
		isAdmin: form.get('isAdmin') === 'on'
	};
}

/** The error of a password, or null when it is acceptable. */
export function passwordError(password: string, policy = defaultAuthPolicy): string | null {
	if (password.length < policy.passwordMinLength)
		return m.admin_error_password_short({ min: policy.passwordMinLength });
	if (password.length > policy.passwordMaxLength)
		return m.admin_error_password_long({ max: policy.passwordMaxLength });
	return null;
}

/** Field errors of a new user (empty: valid); whether the user name is free is checked on insert. */
export function validateNewUser(values: NewUserValues, unitIds: ReadonlySet<string>): Record<string, string> {
	const errors: Record<string, string> = {};
	if (values.username.length < 3 || values.username.length > 64 || !USERNAME.test(values.username)) {
		errors['username'] = m.admin_error_username_invalid();
	}
	if (!values.displayName) errors['displayName'] = m.admin_error_display_name_required();
	else if (values.displayName.length > DISPLAY_NAME_MAX) {
		errors['displayName'] = m.admin_error_too_long({ max: DISPLAY_NAME_MAX });
	}
	if (!unitIds.has(values.unitId)) errors['unitId'] = m.admin_error_unit_required();
	const password = passwordError(values.password);
	if (password) errors['password'] = password;
	return errors;
}
