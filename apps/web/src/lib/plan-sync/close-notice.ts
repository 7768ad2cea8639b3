import { m } from '#lib/paraglide/messages.js';

/**
 * What the editor does when the sync server closes its socket with a code of 4400–4499 that is not handled
 * elsewhere (4401 access ended, 4404 no such plan, 4409 refused update): the provider does not reconnect on
 * these by itself. Presence over a limit (4413, 4429) is about carets, not the plan: reconnect after a pause.
 * A frame the server could not read (4400, 4422, 4423) will not read better on retry: stop and say so, so the
 * user never keeps typing into a copy that no longer syncs. Codes outside 4400–4499 reconnect as usual.
 */
export type CloseNotice = { kind: 'retry'; afterMs: number } | { kind: 'stop'; message: string } | null;

/** The pause before reconnecting after a presence limit: longer than the limit's window. */
export const PRESENCE_RETRY_MS = 3000;

export function closeNotice(code: number | undefined): CloseNotice {
	if (code === undefined || code < 4400 || code >= 4500) return null;
	switch (code) {
		case 4401:
		case 4404:
		case 4409:
			return null;
		case 4413:
		case 4429:
			return { kind: 'retry', afterMs: PRESENCE_RETRY_MS };
		case 4400:
			return { kind: 'stop', message: m.sync_closed({ reason: m.sync_close_protocol() }) };
		case 4422:
			return { kind: 'stop', message: m.sync_closed({ reason: m.sync_close_invalid() }) };
		case 4423:
			return { kind: 'stop', message: m.sync_closed({ reason: m.sync_close_presence() }) };
		default:
			return { kind: 'stop', message: m.sync_closed({ reason: m.sync_close_other({ code }) }) };
	}
}
