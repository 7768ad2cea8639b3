import { timingSafeEqual } from 'node:crypto';
import { json } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { edxmlConfigFromEnv } from '#lib/server/edxml/config.ts';
import { receiveStatusMessage, type StatusOutcome } from '#lib/server/edxml/status.ts';
import type { RequestHandler } from './$types';

/** Status messages are small; anything bigger is not one. */
const MAX_STATUS_BYTES = 256 * 1024;

function gatewayMayPost(header: string | null, token: string | null): boolean {
	if (!token || !header?.startsWith('Bearer ')) return false;
	const given = Buffer.from(header.slice('Bearer '.length));
	const expected = Buffer.from(token);
	return given.length === expected.length && timingSafeEqual(given, expected);
}

const REFUSED: Record<Extract<StatusOutcome, { ok: false }>['refused'], () => string> = {
	not_edxml: m.edxml_status_not_edxml,
	not_status: m.edxml_status_not_status,
	unknown_document: m.edxml_status_unknown_document,
	not_recipient: m.edxml_status_not_recipient
};

/**
 * POST /api/edxml/trang-thai: a status message (edXML Status, QCVN 102:2016) about a package this system
 * sent, posted by the unit's exchange gateway (Authorization: Bearer EDXML_INBOX_TOKEN) or by signed-in
 * staff. Answers 200 with the plan it updated, or 4xx with a Vietnamese reason.
 */
export const POST: RequestHandler = async ({ locals, request }) => {
	const config = edxmlConfigFromEnv(process.env, process.cwd());
	if (!locals.user && !gatewayMayPost(request.headers.get('authorization'), config.inboxToken)) {
		return json({ error: m.api_unauthorized() }, { status: 401 });
	}
	const length = Number(request.headers.get('content-length') ?? '0');
	if (length > MAX_STATUS_BYTES) return json({ error: m.edxml_status_too_large() }, { status: 413 });
	const xml = await request.text();
	if (xml.length > MAX_STATUS_BYTES) return json({ error: m.edxml_status_too_large() }, { status: 413 });
	const outcome = await receiveStatusMessage(locals.runtime.database, xml, new Date());
	if (!outcome.ok) {
		return json(
			{ error: REFUSED[outcome.refused](), detail: outcome.detail },
			{ status: outcome.refused === 'unknown_document' ? 404 : 400 }
		);
	}
	return json({ ok: true, planId: outcome.planId, duplicate: outcome.duplicate });
};
