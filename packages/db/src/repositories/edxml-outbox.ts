import type { EdxmlStatusCode } from '@trienkhai/domain';
import type { Kysely } from 'kysely';
import type { Schema } from '../schema.ts';
import type { EdxmlRecipient } from '../schema-edxml.ts';

/** A package to queue. */
export interface NewOutboxPackage {
	id: string;
	planId: string;
	documentId: string;
	fileName: string;
	xml: string;
	recipients: EdxmlRecipient[];
}

export async function enqueueEdxmlPackage(
	db: Kysely<Schema>,
	pkg: NewOutboxPackage,
	now: Date
): Promise<void> {
	await db
		.insertInto('edxml_outbox')
		.values({
			id: pkg.id,
			plan_id: pkg.planId,
			document_id: pkg.documentId,
			file_name: pkg.fileName,
			xml: pkg.xml,
			recipients: JSON.stringify(pkg.recipients),
			state: 'pending',
			next_attempt_at: now
		})
		.execute();
}

/** Pending packages whose next attempt is due, oldest first. */
export async function dueEdxmlPackages(db: Kysely<Schema>, now: Date, limit = 20) {
	return db
		.selectFrom('edxml_outbox')
		.selectAll()
		.where('state', '=', 'pending')
		.where('next_attempt_at', '<=', now)
		.orderBy('next_attempt_at')
		.limit(limit)
		.execute();
}

/** Records an attempt's outcome: sent, to be retried at `retryAt`, or failed for good (retryAt null). */
export async function recordEdxmlAttempt(
	db: Kysely<Schema>,
	id: string,
	outcome: { attempts: number; now: Date } & (
		{ ok: true } | { ok: false; error: string; retryAt: Date | null }
	)
): Promise<void> {
	await db
		.updateTable('edxml_outbox')
		.set(
			outcome.ok
				? { state: 'sent', attempts: outcome.attempts, sent_at: outcome.now, last_error: null }
				: {
						state: outcome.retryAt ? 'pending' : 'failed',
						attempts: outcome.attempts,
						last_error: outcome.error,
						...(outcome.retryAt ? { next_attempt_at: outcome.retryAt } : {})
					}
		)
		.where('id', '=', id)
		.execute();
}

/** The package a status message answers, by the DocumentId it carried (the newest when sent twice). */
export async function outboxPackageByDocumentId(db: Kysely<Schema>, documentId: string) {
	return db
		.selectFrom('edxml_outbox')
		.selectAll()
		.where('document_id', '=', documentId)
		.orderBy('created_at', 'desc')
		.limit(1)
		.executeTakeFirst();
}

/** The packages of a plan, newest first, for its page. */
export async function planOutbox(db: Kysely<Schema>, planId: string) {
	return db
		.selectFrom('edxml_outbox')
		.select([
			'id',
			'document_id',
			'file_name',
			'state',
			'attempts',
			'last_error',
			'created_at',
			'sent_at',
			'recipients'
		])
		.where('plan_id', '=', planId)
		.orderBy('created_at', 'desc')
		.execute();
}

/** One recipient's state in the exchange of a plan: its latest status, null before any came. */
export interface ExchangeState {
	organId: string;
	unitId: string | null;
	statusCode: EdxmlStatusCode | null;
	reportedAt: string | null;
}

/**
 * The recipients' state of each plan, from its log: the recipients of its latest queued package, each with
 * the latest status message it sent back (a status from a code not among them is listed too).
 */
export async function exchangeStates(
	db: Kysely<Schema>,
	planIds: readonly string[]
): Promise<Record<string, ExchangeState[]>> {
	if (planIds.length === 0) return {};
	const rows = await db
		.selectFrom('events')
		.select(['plan_id', 'type', 'data'])
		.where('plan_id', 'in', [...planIds])
		.where('type', 'in', ['EdxmlPackageQueued', 'EdxmlStatusReceived'])
		.orderBy('position')
		.execute();
	const out: Record<string, Map<string, ExchangeState>> = {};
	for (const row of rows) {
		const data = row.data as Record<string, unknown>;
		if (row.type === 'EdxmlPackageQueued') {
			const states = new Map<string, ExchangeState>();
			for (const r of (data['recipients'] as Array<{ unitId: string; organId: string }>) ?? []) {
				states.set(r.organId, { organId: r.organId, unitId: r.unitId, statusCode: null, reportedAt: null });
			}
			out[row.plan_id] = states;
			continue;
		}
		const states = (out[row.plan_id] ??= new Map());
		const organId = String(data['organId']);
		states.set(organId, {
			organId,
			unitId: (data['unitId'] as string | null) ?? states.get(organId)?.unitId ?? null,
			statusCode: data['statusCode'] as EdxmlStatusCode,
			reportedAt: String(data['reportedAt'])
		});
	}
	return Object.fromEntries(Object.entries(out).map(([id, states]) => [id, [...states.values()]]));
}
