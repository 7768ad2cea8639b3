import type http from 'node:http';
import { describe, expect, it } from 'vitest';
import { EMBEDDED_PROTOCOL_HEADER, requestProtocolStamp } from './request-protocol.ts';

const request = (encrypted: boolean, headers: http.IncomingHttpHeaders = {}) =>
	({ socket: encrypted ? { encrypted: true } : {}, headers }) as unknown as http.IncomingMessage;

describe('requestProtocolStamp', () => {
	it('tells adapter-node the real protocol of a direct connection, whatever the client claims', () => {
		const env: Record<string, string | undefined> = {};
		const stamp = requestProtocolStamp(env);
		expect(env['PROTOCOL_HEADER']).toBe(EMBEDDED_PROTOCOL_HEADER);
		const plain = request(false, { [EMBEDDED_PROTOCOL_HEADER]: 'https' });
		stamp(plain);
		expect(plain.headers[EMBEDDED_PROTOCOL_HEADER]).toBe('http');
		const tls = request(true);
		stamp(tls);
		expect(tls.headers[EMBEDDED_PROTOCOL_HEADER]).toBe('https');
	});
	it('leaves requests alone behind a proxy that names its own header', () => {
		const env: Record<string, string | undefined> = { PROTOCOL_HEADER: 'x-forwarded-proto' };
		const req = request(false, { 'x-forwarded-proto': 'https' });
		requestProtocolStamp(env)(req);
		expect(env['PROTOCOL_HEADER']).toBe('x-forwarded-proto');
		expect(req.headers).toEqual({ 'x-forwarded-proto': 'https' });
	});
});
