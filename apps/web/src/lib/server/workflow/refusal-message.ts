import type { WorkflowDenyReason, WorkflowProblem, WorkflowRefusal } from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';

const DENY: Record<WorkflowDenyReason, () => string> = {
	viewer_read_only: m.wf_deny_viewer,
	not_owner: m.wf_deny_not_owner,
	plan_frozen: m.wf_deny_frozen,
	may_edit: m.wf_deny_may_edit,
	not_asked: m.wf_deny_not_asked,
	not_draft: m.wf_deny_frozen
};

const PROBLEM: Record<WorkflowProblem, () => string> = {
	empty_text: m.wf_problem_empty,
	too_long: m.wf_problem_too_long,
	bad_field: m.wf_problem_bad_field,
	unchanged: m.wf_problem_unchanged,
	no_units: m.wf_problem_no_units,
	unknown_unit: m.wf_problem_unknown_unit,
	bad_due_date: m.wf_problem_bad_due_date,
	bad_stance: m.wf_problem_bad_stance,
	nothing_owed: m.wf_problem_nothing_owed
};

/** The reader's-language message of a refused workflow command, and its HTTP status. */
export function refusalMessage(refusal: WorkflowRefusal): { status: number; message: string } {
	switch (refusal.refused) {
		case 'rights':
			return { status: 403, message: DENY[refusal.reason]() };
		case 'not_found':
			return { status: 404, message: m.cmd_not_found() };
		case 'invalid':
			return { status: 400, message: PROBLEM[refusal.problem]() };
		case 'already_decided':
			return { status: 409, message: m.wf_already_decided() };
	}
}
