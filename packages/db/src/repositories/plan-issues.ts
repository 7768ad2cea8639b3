import {
	formatRegisterNumber,
	signingBlockLines,
	type IssueRecord,
	type SignerCapacity
} from '@trienkhai/domain';
import type { Kysely } from 'kysely';
import type { Schema } from '../schema.ts';

/** The issue in force of a plan (its latest), or undefined when it was never issued with a number. */
export async function latestIssue(
	db: Kysely<Schema>,
	planId: string
): Promise<(IssueRecord & { revision: number }) | undefined> {
	const row = await db
		.selectFrom('plan_issues')
		.select(['revision', 'issue'])
		.where('plan_id', '=', planId)
		.orderBy('revision', 'desc')
		.limit(1)
		.executeTakeFirst();
	return row ? { ...(row.issue as IssueRecord), revision: row.revision } : undefined;
}

/** The heading parts of an issued plan as its documents print them. */
export function issuedHeading(issue: IssueRecord, kind: 'state' | 'party') {
	const signer = issue.signer;
	const capacity: SignerCapacity | null = signer.collective ? (kind === 'state' ? 'TM.' : 'T/M') : null;
	return {
		number: formatRegisterNumber(issue.number),
		symbol: issue.symbol,
		date: issue.issuedOn,
		place: issue.place,
		recipients: [...issue.recipients.map((r) => r.name), 'Lưu: VT'],
		signer: {
			capacity,
			collective: signer.collective ?? '',
			title: signer.position,
			name: signer.name,
			lines: signingBlockLines(signer, kind)
		}
	};
}
