import { fail } from '@sveltejs/kit';
import {
	executeOfficeCommand,
	issueWithRegisterNumber,
	startFollowUpPlan,
	type PreparedDatabase
} from '@trienkhai/db';
import { isDomainError, type Actor } from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';
import { domainErrorMessage } from '../commands.ts';

type Refusal = ReturnType<typeof fail<{ message: string; taskId: null }>>;

function refused(status: number, message: string): Refusal {
	return fail(status, { message, taskId: null });
}

function field(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value.trim() : '';
}

/** Runs an office step; a domain refusal becomes a 400 with its Vietnamese message, nothing written. */
async function attempt<T>(run: () => Promise<T>): Promise<T | Refusal> {
	try {
		return await run();
	} catch (error) {
		if (isDomainError(error)) return refused(400, domainErrorMessage(error.code));
		throw error;
	}
}

/** The plan page's office steps: submit for signature, return, approve, issue with a number. */
export async function planOfficeAction(
	database: PreparedDatabase,
	planId: string,
	actor: Actor,
	form: FormData
): Promise<{ ok: true; notice?: string } | Refusal> {
	const base = { planId, actor, at: new Date().toISOString() };
	const store = database.events;
	switch (field(form, 'step')) {
		case 'submit': {
			const signerUserId = field(form, 'signerUserId');
			if (!signerUserId) return refused(400, m.office_signer_required());
			const note = field(form, 'note');
			return attempt(async () => {
				await executeOfficeCommand(store, { ...base, type: 'SubmitForSignature', signerUserId, note });
				return { ok: true as const, notice: m.office_submitted() };
			});
		}
		case 'return': {
			const reason = field(form, 'reason');
			if (!reason) return refused(400, m.office_reason_required());
			return attempt(async () => {
				await executeOfficeCommand(store, { ...base, type: 'ReturnForRevision', reason });
				return { ok: true as const, notice: m.office_returned_notice() };
			});
		}
		case 'approve':
			return attempt(async () => {
				await executeOfficeCommand(store, { ...base, type: 'ApproveForSignature' });
				return { ok: true as const, notice: m.office_approved_notice() };
			});
		case 'issue': {
			const recipientUnitIds = [
				...new Set(form.getAll('recipient').filter((v): v is string => typeof v === 'string'))
			];
			if (recipientUnitIds.length === 0) return refused(400, m.office_recipients_required());
			if (form.get('confirmed') !== 'yes') return refused(400, m.office_confirm_required());
			return attempt(async () => {
				const issued = await issueWithRegisterNumber(store, {
					...base,
					documentId: `doc-${crypto.randomUUID()}`,
					recipientUnitIds
				});
				return {
					ok: true as const,
					notice: m.office_issued_notice({ number: String(issued.number).padStart(2, '0') })
				};
			});
		}
		default:
			return refused(400, m.cmd_invalid_command());
	}
}

/** The inbox's steps on a received plan: mark received, assign to a person, start the unit's own plan. */
export async function inboxAction(
	database: PreparedDatabase,
	actor: Actor,
	form: FormData
): Promise<{ ok: true; planId?: string } | Refusal> {
	const planId = field(form, 'planId');
	if (!planId) return refused(400, m.cmd_invalid_command());
	const base = { planId, actor, at: new Date().toISOString() };
	switch (field(form, 'step')) {
		case 'receive':
			return attempt(async () => {
				await executeOfficeCommand(database.events, { ...base, type: 'ReceivePlan' });
				return { ok: true as const };
			});
		case 'assign': {
			const userId = field(form, 'userId');
			const user = userId
				? await database.db
						.selectFrom('users')
						.select(['id', 'display_name', 'unit_id'])
						.where('id', '=', userId)
						.where('active', '=', true)
						.executeTakeFirst()
				: undefined;
			if (!user) return refused(400, m.inbox_assignee_required());
			return attempt(async () => {
				await executeOfficeCommand(database.events, {
					...base,
					type: 'AssignReceipt',
					userId: user.id,
					userName: user.display_name,
					userUnitId: user.unit_id
				});
				return { ok: true as const };
			});
		}
		case 'plan': {
			const started = await startFollowUpPlan(database, actor, planId);
			if (!started) return refused(404, m.cmd_not_found());
			if (!started.ok) return refused(400, m.inbox_no_tasks());
			return { ok: true, planId: started.planId };
		}
		default:
			return refused(400, m.cmd_invalid_command());
	}
}
