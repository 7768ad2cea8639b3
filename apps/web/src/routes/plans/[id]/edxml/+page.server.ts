import { error, fail } from '@sveltejs/kit';
import { getPlanWithTasks, planOutbox } from '@trienkhai/db';
import { m } from '#lib/paraglide/messages.js';
import { requireUser } from '#lib/server/auth/current-user.ts';
import { edxmlConfigFromEnv } from '#lib/server/edxml/config.ts';
import { queuePlanPackage } from '#lib/server/edxml/outbox.ts';
import type { PlanPackageRefusal } from '#lib/server/edxml/plan-package.ts';
import type { Actions, PageServerLoad } from './$types';

/** Who may send a plan out: its owner unit's staff, or an administrator. */
const maySend = (user: { unitId: string; isAdmin: boolean }, ownerUnitId: string) =>
	user.isAdmin || user.unitId === ownerUnitId;

export const load: PageServerLoad = async ({ locals, params }) => {
	const user = requireUser(locals);
	const { db } = locals.runtime.database;
	const found = await getPlanWithTasks(db, params.id);
	if (!found) error(404, m.plan_not_found());
	const config = edxmlConfigFromEnv(process.env, process.cwd());
	const packages = await planOutbox(db, params.id);
	return {
		plan: { id: found.plan.id, title: found.plan.title, status: found.plan.status },
		maySend: maySend(user, found.plan.owner_unit_id) && found.plan.status === 'issued',
		destination: config.gatewayUrl ? 'gateway' : 'folder',
		packages: packages.map((p) => ({
			id: p.id,
			documentId: p.document_id,
			fileName: p.file_name,
			state: p.state,
			attempts: p.attempts,
			lastError: p.last_error,
			createdAt: new Date(p.created_at).toISOString(),
			sentAt: p.sent_at ? new Date(p.sent_at).toISOString() : null,
			recipients: p.recipients.map((r) => ({ organId: r.organId, name: r.name }))
		}))
	};
};

const REFUSALS: Record<PlanPackageRefusal, () => string> = {
	not_found: m.plan_not_found,
	not_issued: m.edxml_send_not_issued,
	no_code: m.edxml_send_no_code,
	no_recipients: m.edxml_send_no_recipients
};

export const actions: Actions = {
	send: async ({ locals, params }) => {
		const user = requireUser(locals);
		const { database } = locals.runtime;
		const found = await getPlanWithTasks(database.db, params.id);
		if (!found) error(404, m.plan_not_found());
		if (!maySend(user, found.plan.owner_unit_id))
			return fail(403, { ok: false, message: m.edxml_send_forbidden() });
		const outcome = await queuePlanPackage(database, edxmlConfigFromEnv(process.env, process.cwd()), {
			planId: params.id,
			actor: { userId: user.id, unitId: user.unitId },
			now: new Date()
		});
		if (!outcome.ok) return fail(400, { ok: false, message: REFUSALS[outcome.refused]() });
		return {
			ok: true,
			message:
				outcome.withoutCode.length > 0
					? m.edxml_sent_some({ count: outcome.recipients, missing: outcome.withoutCode.join(', ') })
					: m.edxml_sent({ count: outcome.recipients })
		};
	}
};
