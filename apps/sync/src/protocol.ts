import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as authProtocol from 'y-protocols/auth';
import * as syncProtocol from 'y-protocols/sync';

// The y-websocket protocol: varUint message type, then the message. 0–3 are y-websocket's own; 100 is ours.
export const MESSAGE = {
	sync: 0,
	awareness: 1,
	auth: 2,
	queryAwareness: 3,
	/**
	 * "Saved": [100][varUint plan update seq][varUint8Array state vector]. Sent to the author once its update
	 * is durable in the log; the state vector lists, for the client ids the update touched, the clocks the
	 * server now holds durably, so the client knows which of its edits are saved (the "Đã lưu" indicator).
	 */
	saved: 100
} as const;

export const SYNC = {
	step1: syncProtocol.messageYjsSyncStep1,
	step2: syncProtocol.messageYjsSyncStep2,
	update: syncProtocol.messageYjsUpdate
} as const;

/** A parsed client message; anything else is a protocol error. */
export type ClientMessage =
	| { type: 'syncStep1'; stateVector: Uint8Array }
	| { type: 'update'; update: Uint8Array }
	| { type: 'awareness'; update: Uint8Array }
	| { type: 'queryAwareness' }
	| { type: 'auth' };

/** Thrown for frames that are not the protocol; the connection closes with CLOSE.badMessage. */
export class ProtocolError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ProtocolError';
	}
}

/** Parses one client frame strictly: known type, complete fields, nothing left over. */
export function parseClientMessage(frame: Uint8Array): ClientMessage {
	try {
		const decoder = decoding.createDecoder(frame);
		const type = decoding.readVarUint(decoder);
		let message: ClientMessage;
		switch (type) {
			case MESSAGE.sync: {
				const sub = decoding.readVarUint(decoder);
				const payload = decoding.readVarUint8Array(decoder);
				if (sub === SYNC.step1) message = { type: 'syncStep1', stateVector: payload };
				else if (sub === SYNC.step2 || sub === SYNC.update) message = { type: 'update', update: payload };
				else throw new ProtocolError(`unknown sync message ${sub}`);
				break;
			}
			case MESSAGE.awareness:
				message = { type: 'awareness', update: decoding.readVarUint8Array(decoder) };
				break;
			case MESSAGE.queryAwareness:
				message = { type: 'queryAwareness' };
				break;
			case MESSAGE.auth:
				// clients have nothing to say here; read and ignore the rest
				return { type: 'auth' };
			default:
				throw new ProtocolError(`unknown message type ${type}`);
		}
		if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes');
		return message;
	} catch (error) {
		if (error instanceof ProtocolError) throw error;
		throw new ProtocolError(`truncated or malformed frame: ${(error as Error).message}`);
	}
}

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
	const encoder = encoding.createEncoder();
	write(encoder);
	return encoding.toUint8Array(encoder);
}

export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
	return frame((e) => {
		encoding.writeVarUint(e, MESSAGE.sync);
		encoding.writeVarUint(e, SYNC.step1);
		encoding.writeVarUint8Array(e, stateVector);
	});
}

export function encodeSyncStep2(update: Uint8Array): Uint8Array {
	return frame((e) => {
		encoding.writeVarUint(e, MESSAGE.sync);
		encoding.writeVarUint(e, SYNC.step2);
		encoding.writeVarUint8Array(e, update);
	});
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
	return frame((e) => {
		encoding.writeVarUint(e, MESSAGE.sync);
		encoding.writeVarUint(e, SYNC.update);
		encoding.writeVarUint8Array(e, update);
	});
}

export function encodeAwareness(update: Uint8Array): Uint8Array {
	return frame((e) => {
		encoding.writeVarUint(e, MESSAGE.awareness);
		encoding.writeVarUint8Array(e, update);
	});
}

/** y-protocols' permission-denied message; `WebsocketProvider` hands the reason to its handler. */
export function encodePermissionDenied(reason: string): Uint8Array {
	return frame((e) => {
		encoding.writeVarUint(e, MESSAGE.auth);
		authProtocol.writePermissionDenied(e, reason);
	});
}

export function encodeSaved(seq: number, stateVector: Uint8Array): Uint8Array {
	return frame((e) => {
		encoding.writeVarUint(e, MESSAGE.saved);
		encoding.writeVarUint(e, seq);
		encoding.writeVarUint8Array(e, stateVector);
	});
}

/** Decodes a "saved" message (for clients and tests). */
export function decodeSaved(payload: Uint8Array): { seq: number; stateVector: Map<number, number> } {
	const decoder = decoding.createDecoder(payload);
	const type = decoding.readVarUint(decoder);
	if (type !== MESSAGE.saved) throw new ProtocolError('not a saved message');
	const seq = decoding.readVarUint(decoder);
	const sv = decoding.createDecoder(decoding.readVarUint8Array(decoder));
	const stateVector = new Map<number, number>();
	const count = decoding.readVarUint(sv);
	for (let i = 0; i < count; i++) stateVector.set(decoding.readVarUint(sv), decoding.readVarUint(sv));
	return { seq, stateVector };
}

/** One entry of an awareness update. */
export interface AwarenessEntry {
	clientId: number;
	clock: number;
	/** The JSON state; null removes the client. */
	state: Record<string, unknown> | null;
}

/** Reads an awareness update strictly (JSON objects or null only). */
export function parseAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
	try {
		const decoder = decoding.createDecoder(update);
		const count = decoding.readVarUint(decoder);
		if (count > 64) throw new ProtocolError('too many awareness entries');
		const entries: AwarenessEntry[] = [];
		for (let i = 0; i < count; i++) {
			const clientId = decoding.readVarUint(decoder);
			const clock = decoding.readVarUint(decoder);
			const state = JSON.parse(decoding.readVarString(decoder)) as unknown;
			if (state !== null && (typeof state !== 'object' || Array.isArray(state))) {
				throw new ProtocolError('awareness state is not an object');
			}
			entries.push({ clientId, clock, state: state as Record<string, unknown> | null });
		}
		if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes in awareness');
		return entries;
	} catch (error) {
		if (error instanceof ProtocolError) throw error;
		throw new ProtocolError(`malformed awareness: ${(error as Error).message}`);
	}
}

/** Encodes awareness entries in y-protocols' format. */
export function encodeAwarenessUpdate(entries: readonly AwarenessEntry[]): Uint8Array {
	return frame((e) => {
		encoding.writeVarUint(e, entries.length);
		for (const entry of entries) {
			encoding.writeVarUint(e, entry.clientId);
			encoding.writeVarUint(e, entry.clock);
			encoding.writeVarString(e, JSON.stringify(entry.state));
		}
	});
}
