import type http from 'node:http';
import type { TLSSocket } from 'node:tls';

/** The header the embedded server writes the connection's protocol into for adapter-node to read. */
export const EMBEDDED_PROTOCOL_HEADER = 'x-trienkhai-protocol';

/**
 * adapter-node 6 has no ORIGIN variable any more and, without a protocol header, takes every request for
 * https: forms posted over plain http then fail SvelteKit's CSRF origin check and cookies come back Secure.
 * Behind a proxy the operator names the proxy's header in PROTOCOL_HEADER (adapter-node's own variable) and
 * requests are left alone. Otherwise this names our own header, and the returned function stamps each
 * request with the real protocol of its connection, overwriting whatever a client sent in that header.
 * Must run before the SvelteKit handler is imported: adapter-node reads the variable when it loads.
 */
export function requestProtocolStamp(
	env: Record<string, string | undefined>
): (req: http.IncomingMessage) => void {
	if (env['PROTOCOL_HEADER']) return () => {};
	env['PROTOCOL_HEADER'] = EMBEDDED_PROTOCOL_HEADER;
	return (req) => {
		req.headers[EMBEDDED_PROTOCOL_HEADER] = (req.socket as Partial<TLSSocket>).encrypted ? 'https' : 'http';
	};
}
