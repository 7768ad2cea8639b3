/** draft: being written; issued: binding, content frozen; amending: an amendment is being drafted. */
export type PlanStatus = 'draft' | 'issued' | 'amending';

/** An implementation plan (kế hoạch triển khai) of one owner unit. */
export interface Plan {
	id: string;
	title: string;
	ownerUnitId: string;
	status: PlanStatus;
	coDrafterUnitIds: string[];
	implementsDirectiveIds: string[];
	/** When the version in force was issued (the latest amendment's issue, once amended). */
	issuedAt: string | null;
	/** 0 while first drafted, 1 once issued, +1 per issued amendment. */
	revision: number;
}

/** A plan's state in the event stream: null until PlanCreated. */
export type PlanState = Plan | null;

/** Vietnamese labels of the plan statuses. */
export const PLAN_STATUS_LABELS_VI: Record<PlanStatus, string> = {
	draft: 'Dự thảo',
	issued: 'Đã ban hành',
	amending: 'Đang sửa đổi, bổ sung'
};

/** The state of a plan stream before any event. */
export function initialPlanState(): PlanState {
	return null;
}
