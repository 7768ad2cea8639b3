import { error, fail } from '@sveltejs/kit';
import { getPlanWithTasks, listUnits, planDocumentSnapshot } from '@trienkhai/db';
import type { TaskCommand } from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';
import { denyReasonText } from '#lib/components/plan-editor/deny-reason.ts';
import { runCommand } from '#lib/server/commands.ts';
import { planOfficeAction } from '#lib/server/office/office-actions.ts';
import { loadPlanOffice } from '#lib/server/office/plan-office.ts';
import { planReadable } from '#lib/server/plan-access.ts';
import {
	CONTRIBUTION_NOTE_DEFAULTS,
	noteContribution,
	planContributions
} from '#lib/server/contribution-note.ts';
import { buildUnitTree, flattenUnitTree } from '#lib/unit-tree.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { db } = locals.runtime.database;
	const found = await getPlanWithTasks(db, params.id);
	if (!found) error(404, m.plan_not_found());
	const [units, contributions, office] = await Promise.all([
		listUnits(db),
		planContributions(db, params.id),
		loadPlanOffice(locals.runtime.database, params.id, locals.user?.id ?? null)
	]);
	const dissolved = new Set(units.filter((u) => u.dissolved_on !== null).map((u) => u.id));
	return {
		plan: found.plan,
		rights: {
			status: found.plan.status,
			ownerUnitId: found.plan.owner_unit_id,
			coDrafterUnitIds: found.plan.co_drafter_unit_ids
		},
		initial: planDocumentSnapshot(found),
		// status and progress live in the log and the read model, not in the co-edited document
		execution: Object.fromEntries(
			found.tasks.map((t) => [
				t.id,
				{
					status: t.status,
					progress: t.progress,
					completedOn: t.completed_on,
					resultReport: t.result_report,
					leadUnitId: t.lead_unit_id
				}
			])
		),
		/** Each task's contribution notes by coordinating unit (from the log, not the document). */
		contributions,
		office,
		// in tree order with depth, for pickers that read like the organisation
		units: flattenUnitTree(
			buildUnitTree(
				units.map((u) => ({
					id: u.id,
					name: u.name,
					shortName: u.short_name,
					kind: u.kind,
					parentId: u.parent_id,
					accounts: 0
				}))
			)
		).map(({ unit, depth }) => ({
			id: unit.id,
			name: unit.name,
			shortName: unit.shortName,
			depth,
			dissolved: dissolved.has(unit.id)
		})),
		unitId: locals.user?.unitId ?? '',
		recipientCandidates: recipientCandidates(found, units)
	};
};

/** The units an issue may go to: those the tasks name first (ticked), then the rest of the directory. */
function recipientCandidates(
	found: NonNullable<Awaited<ReturnType<typeof getPlanWithTasks>>>,
	units: Awaited<ReturnType<typeof listUnits>>
) {
	const named = new Set(found.tasks.flatMap((t) => [t.lead_unit_id, ...t.coordinators.map((c) => c.unitId)]));
	const owner = found.plan.owner_unit_id;
	return units
		.filter((u) => u.id !== owner && u.dissolved_on === null)
		.map((u) => ({ id: u.id, name: u.name, suggested: named.has(u.id) }))
		.sort((a, b) => Number(b.suggested) - Number(a.suggested));
}

function text(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value.trim() : '';
}

/** A refused contribution note: the page shows the message at the task's notes, not at its workflow. */
function noteRefused(status: number, message: string, taskId: string | null) {
	return fail(status, { message, taskId, kind: 'contribution' as const });
}

export const actions: Actions = {
	/** Office workflow: submit for signature, return, approve, issue with the register's number. */
	office: async ({ locals, params, request }) => {
		const user = locals.user;
		if (!user) return fail(401, { message: m.cmd_sign_in(), taskId: null });
		if (!(await planReadable(locals, params.id)))
			return fail(404, { message: m.plan_not_found(), taskId: null });
		return planOfficeAction(
			locals.runtime.database,
			params.id,
			{ userId: user.id, unitId: user.unitId },
			await request.formData()
		);
	},
	/** Plan lifecycle: invite a co-drafter, start an amendment. */
	plan: async ({ locals, params, request }) => {
		const user = locals.user;
		if (!user) return fail(401, { message: m.cmd_sign_in(), taskId: null });
		// a plan that does not exist, or a draft the user may not see, is not there for them to act on
		if (!(await planReadable(locals, params.id)))
			return fail(404, { message: m.plan_not_found(), taskId: null });
		const form = await request.formData();
		const base = {
			planId: params.id,
			actor: { userId: user.id, unitId: user.unitId },
			at: new Date().toISOString()
		};
		const kind = text(form, 'command');
		// issuing goes through the office workflow (the `office` action): signed off, numbered, confirmed
		const plan =
			kind === 'amend'
				? ({ ...base, type: 'StartAmendment', reason: text(form, 'reason') } as const)
				: kind === 'invite'
					? ({ ...base, type: 'InviteCoDrafter', unitId: text(form, 'unitId') } as const)
					: null;
		if (!plan) return fail(400, { message: m.cmd_invalid_command(), taskId: null });
		return runCommand(locals.runtime.database, { plan });
	},
	/** Task workflow: accept, start, progress, report, confirm, return, pause, resume. */
	task: async ({ locals, params, request }) => {
		const user = locals.user;
		if (!user) return fail(401, { message: m.cmd_sign_in(), taskId: null });
		if (!(await planReadable(locals, params.id)))
			return fail(404, { message: m.plan_not_found(), taskId: null });
		const form = await request.formData();
		const taskId = text(form, 'taskId');
		const base = { taskId, actor: { userId: user.id, unitId: user.unitId }, at: new Date().toISOString() };
		let task: TaskCommand | null;
		switch (text(form, 'command')) {
			case 'accept':
				task = { ...base, type: 'AcceptTask' };
				break;
			case 'start':
				task = { ...base, type: 'StartTask' };
				break;
			case 'progress': {
				const raw = text(form, 'progress');
				task = {
					...base,
					type: 'UpdateTaskProgress',
					progress: raw === '' ? Number.NaN : Number(raw),
					note: text(form, 'note')
				};
				break;
			}
			case 'report':
				task = { ...base, type: 'ReportTaskResult', summary: text(form, 'summary') };
				break;
			case 'confirm':
				task = { ...base, type: 'ConfirmTaskResult', comment: text(form, 'comment') };
				break;
			case 'return':
				task = { ...base, type: 'ReturnTaskResult', reason: text(form, 'reason') };
				break;
			case 'pause':
				task = { ...base, type: 'PauseTask', reason: text(form, 'reason') };
				break;
			case 'resume':
				task = { ...base, type: 'ResumeTask' };
				break;
			default:
				task = null;
		}
		if (!task || !taskId) return fail(400, { message: m.cmd_invalid_command(), taskId });
		return runCommand(locals.runtime.database, { planId: params.id, task });
	},
	/** A coordinating unit's note on its contribution to a task (kết quả phối hợp); empty clears it. */
	contribution: async ({ locals, params, request }) => {
		const user = locals.user;
		if (!user) return noteRefused(401, m.cmd_sign_in(), null);
		if (!(await planReadable(locals, params.id))) return noteRefused(404, m.plan_not_found(), null);
		const form = await request.formData();
		const taskId = text(form, 'taskId');
		if (!taskId) return noteRefused(400, m.cmd_invalid_command(), null);
		const outcome = await noteContribution(locals.runtime.database, {
			planId: params.id,
			taskId,
			actor: { userId: user.id, unitId: user.unitId },
			at: new Date().toISOString(),
			note: text(form, 'note')
		});
		if (outcome.ok) return { ok: true, taskId, notice: m.task_contribution_saved() };
		switch (outcome.refused) {
			case 'not_found':
				return noteRefused(404, m.cmd_not_found(), taskId);
			case 'too_long':
				return noteRefused(400, m.task_note_too_long({ max: CONTRIBUTION_NOTE_DEFAULTS.maxLength }), taskId);
			case 'rights':
				return noteRefused(403, m.editor_denied({ reason: denyReasonText(outcome.reason) }), taskId);
			default: {
				const unreachable: never = outcome;
				throw new Error(`unknown outcome ${JSON.stringify(unreachable)}`);
			}
		}
	}
};
