import {
	CONTENT_EVENT_TYPES,
	DomainError,
	NO_SIGNOFF,
	type OfficeState,
	type SignoffState
} from '@trienkhai/domain';
import type { Kysely } from 'kysely';
import type { LockedPlan } from '../events/execute.ts';
import type { Schema } from '../schema.ts';
import { readPlan } from './commands.ts';

/** Content events an approval no longer covers when they come after it (refusals change nothing). */
const CONTENT_TYPES = CONTENT_EVENT_TYPES.filter((t) => t !== 'PermissionDenied');

async function readSignoff(trx: Kysely<Schema>, planId: string): Promise<SignoffState> {
	const row = await trx
		.selectFrom('plan_signoffs')
		.selectAll()
		.where('plan_id', '=', planId)
		.executeTakeFirst();
	if (!row || row.signer_user_id === null) return NO_SIGNOFF;
	switch (row.status) {
		case 'submitted':
			return { status: 'submitted', signerUserId: row.signer_user_id };
		case 'returned':
			return { status: 'returned', signerUserId: row.signer_user_id, reason: row.reason ?? '' };
		case 'approved':
			return { status: 'approved', signerUserId: row.signer_user_id, approvedSeq: row.approved_seq ?? 0 };
		default:
			return NO_SIGNOFF;
	}
}

/** The signers of a unit as the directory lists them, with their signing block. */
export async function unitSigners(db: Kysely<Schema>, unitId: string) {
	return db
		.selectFrom('unit_signers as s')
		.innerJoin('users as u', 'u.id', 's.user_id')
		.select([
			's.user_id',
			's.unit_id',
			'u.display_name',
			's.authority',
			's.collective',
			's.head_title',
			's.position'
		])
		.where('s.unit_id', '=', unitId)
		.where('s.active', '=', true)
		.where('u.active', '=', true)
		.orderBy('u.display_name')
		.execute();
}

/** The office workflow's view of a locked plan, read in the locking transaction. */
export async function readOfficeState(plan: LockedPlan): Promise<OfficeState> {
	const state = await readPlan(plan);
	if (!state) throw new DomainError('not_found', `no plan ${plan.planId}`);
	const { trx, planId } = plan;
	const signoff = await readSignoff(trx, planId);
	const head = await trx
		.selectFrom('plan_streams')
		.select('event_seq')
		.where('plan_id', '=', planId)
		.executeTakeFirst();
	const edited =
		signoff.status === 'approved'
			? await trx
					.selectFrom('events')
					.select('seq')
					.where('plan_id', '=', planId)
					.where('seq', '>', signoff.approvedSeq)
					.where('type', 'in', CONTENT_TYPES)
					.limit(1)
					.executeTakeFirst()
			: undefined;
	const signers = await unitSigners(trx, state.ownerUnitId);
	const inbox = await trx
		.selectFrom('inbox_items')
		.select(['unit_id', 'received_at'])
		.where('plan_id', '=', planId)
		.where('revision', '=', state.revision)
		.execute();
	return {
		plan: state,
		signoff,
		seq: head?.event_seq ?? 0,
		editedSinceApproval: edited !== undefined,
		signers: signers.map((s) => ({ userId: s.user_id, unitId: s.unit_id, name: s.display_name })),
		recipientUnitIds: inbox.map((r) => r.unit_id),
		receivedUnitIds: inbox.filter((r) => r.received_at !== null).map((r) => r.unit_id)
	};
}
