import { requireReadablePlan } from '#lib/server/plan-access.ts';
import type { LayoutServerLoad } from './$types';

// every page of a plan (editor, audit, time travel, reports): a draft only for its owner, co-drafters, administrators
export const load: LayoutServerLoad = async ({ locals, params }) => {
	if (locals.user) await requireReadablePlan(locals, params.id);
};
