import type { DenyReason } from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';

const DENY: Record<DenyReason, () => string> = {
	plan_frozen: m.deny_plan_frozen,
	not_owner: m.deny_not_owner,
	not_lead: m.deny_not_lead,
	not_coordinator: m.deny_not_coordinator,
	not_on_task: m.deny_not_on_task,
	viewer_read_only: m.deny_viewer_read_only,
	not_draft: m.deny_not_draft,
	not_issued: m.deny_not_issued,
	already_issued: m.deny_already_issued,
	already_amending: m.deny_already_amending
};

/** Why the rights refuse an action, as a Vietnamese clause ("chỉ đơn vị phối hợp được ghi ý kiến của mình"). */
export function denyReasonText(reason: DenyReason): string {
	return DENY[reason]();
}
