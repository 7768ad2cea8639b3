import { createHash } from 'node:crypto';
import { outboxPackageByDocumentId, unitsByOrganId, type PreparedDatabase } from '@trienkhai/db';
import { EdxmlError, parseEdxml, toEventInput, type EdxmlStatusReceived } from '@trienkhai/domain';

/** What a status message did: the plan it updated, or why it was refused. */
export type StatusOutcome =
	| { ok: true; planId: string; duplicate: boolean }
	| { ok: false; refused: 'not_edxml' | 'not_status' | 'unknown_document' | 'not_recipient'; detail: string };

/**
 * Takes a status message from a recipient's system: the package it answers is found by its DocumentId,
 * the reporting organisation must be one of its recipients, and the status goes into the plan's log
 * (EdxmlStatusReceived; the same message twice is written once), which updates the cascade.
 */
export async function receiveStatusMessage(
	database: PreparedDatabase,
	xml: string,
	now: Date
): Promise<StatusOutcome> {
	let message;
	try {
		message = parseEdxml(xml);
	} catch (error) {
		if (error instanceof EdxmlError) return { ok: false, refused: 'not_edxml', detail: error.code };
		throw error;
	}
	if (message.kind !== 'status') return { ok: false, refused: 'not_status', detail: '' };
	const pkg = await outboxPackageByDocumentId(database.db, message.responseFor.documentId);
	if (!pkg) return { ok: false, refused: 'unknown_document', detail: message.responseFor.documentId };
	const organId = message.from.organId.toUpperCase();
	if (!pkg.recipients.some((r) => r.organId === organId)) {
		return { ok: false, refused: 'not_recipient', detail: organId };
	}
	const unit = (await unitsByOrganId(database.db, [organId])).get(organId);
	const event: EdxmlStatusReceived = {
		type: 'EdxmlStatusReceived',
		planId: pkg.plan_id,
		actor: { userId: null, unitId: unit?.id ?? null },
		at: now.toISOString(),
		data: {
			packageId: pkg.id,
			organId,
			unitId: unit?.id ?? null,
			statusCode: message.statusCode,
			description: message.description,
			reportedAt: message.timestamp,
			staff: [message.staff.staff, message.staff.department].filter(Boolean).join(', ')
		}
	};
	const key = createHash('sha256')
		.update(`${pkg.id}\n${organId}\n${message.statusCode}\n${message.timestamp}`)
		.digest('hex');
	const result = await database.events.append({
		planId: pkg.plan_id,
		events: [toEventInput(event)],
		idempotencyKey: `edxml-status:${key}`
	});
	return { ok: true, planId: pkg.plan_id, duplicate: result.duplicate };
}
