import { fail, type ActionFailure } from '@sveltejs/kit';

/** What every admin form action answers: which form, whether it worked, and what to show. */
export interface AdminOutcome {
	action: string;
	ok: boolean;
	message: string;
	/** field name → error sentence */
	errors: Record<string, string>;
	/** the values to put back into the form after an error (never passwords) */
	values: Record<string, string>;
	/** the unit or user a row form was about */
	targetId: string | null;
}

/** The outcome as a form action result: 400 with the form's errors, or the success message. */
export function respond(outcome: AdminOutcome): AdminOutcome | ActionFailure<AdminOutcome> {
	return outcome.ok ? outcome : fail(400, outcome);
}

/** A form field as trimmed text ('' when absent or a file). */
export function text(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value.trim() : '';
}
