import {
	latestIssue,
	recipientProgress,
	unitDocumentHeading,
	unitSigners,
	type PreparedDatabase
} from '@trienkhai/db';
import {
	CONTENT_EVENT_TYPES,
	formatRegisterNumber,
	issuedNumberLine,
	localDateOf,
	placeDateLine,
	signingBlockLines
} from '@trienkhai/domain';

/** What the plan page shows and offers of the office workflow: sign-off, issue, recipients. */
export async function loadPlanOffice(database: PreparedDatabase, planId: string, userId: string | null) {
	const { db } = database;
	const plan = await db
		.selectFrom('plans')
		.select(['owner_unit_id', 'status'])
		.where('id', '=', planId)
		.executeTakeFirstOrThrow();
	const owner = await db
		.selectFrom('units')
		.select('kind')
		.where('id', '=', plan.owner_unit_id)
		.executeTakeFirstOrThrow();
	const style = owner.kind === 'party' ? 'party' : 'state';
	const [signoff, signers, issue, recipients, heading] = await Promise.all([
		db.selectFrom('plan_signoffs').selectAll().where('plan_id', '=', planId).executeTakeFirst(),
		unitSigners(db, plan.owner_unit_id),
		latestIssue(db, planId),
		recipientProgress(db, planId),
		unitDocumentHeading(db, plan.owner_unit_id, 'KH')
	]);
	const today = localDateOf(new Date());
	const register = await db
		.selectFrom('document_registers')
		.select('last_number')
		.where('unit_id', '=', plan.owner_unit_id)
		.where('type_code', '=', 'KH')
		.where('year', '=', Number(today.slice(0, 4)))
		.executeTakeFirst();
	// an approval covers the draft as it stood; a content event after it needs a new one
	const edited =
		signoff?.status === 'approved'
			? await db
					.selectFrom('events')
					.select('seq')
					.where('plan_id', '=', planId)
					.where('seq', '>', signoff.approved_seq ?? 0)
					.where(
						'type',
						'in',
						CONTENT_EVENT_TYPES.filter((t) => t !== 'PermissionDenied')
					)
					.limit(1)
					.executeTakeFirst()
			: undefined;
	const approver = signers.find((s) => s.user_id === signoff?.signer_user_id);
	return {
		signoff: {
			status: signoff?.status ?? 'none',
			signerName: signoff?.signer_name ?? null,
			reason: signoff?.reason ?? null,
			/** The signed-in user is the signer the draft waits for. */
			isSigner: signoff?.status === 'submitted' && signoff.signer_user_id === userId,
			editedSinceApproval: edited !== undefined
		},
		signers: signers.map((s) => ({ userId: s.user_id, name: s.display_name, position: s.position })),
		/** What the confirmation shows before issuing: the expected number, the date line, the signing block. */
		preview: heading
			? {
					number: issuedNumberLine((register?.last_number ?? 0) + 1, heading.symbol, style),
					dateLine: placeDateLine(heading.place, today),
					signature: approver
						? [
								...signingBlockLines(
									{
										authority: approver.authority,
										collective: approver.collective,
										headTitle: approver.head_title,
										position: approver.position,
										name: approver.display_name
									},
									style
								),
								approver.display_name
							]
						: []
				}
			: null,
		issue: issue
			? {
					number: issuedNumberLine(issue.number, issue.symbol, style),
					shortNumber: `${formatRegisterNumber(issue.number)}${style === 'party' ? '-' : '/'}${issue.symbol}`,
					dateLine: placeDateLine(issue.place, issue.issuedOn),
					signature: [...signingBlockLines(issue.signer, style), issue.signer.name],
					recipients: issue.recipients.map((r) => r.name),
					revision: issue.revision,
					documentId: issue.documentId
				}
			: null,
		recipients
	};
}
