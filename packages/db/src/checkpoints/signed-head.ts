import { sign, verify, type KeyObject } from 'node:crypto';

/** What a checkpoint asserts: plan `planId`'s chain had `headHash` as its event `seq` (global `position`). */
export interface ChainHead {
	planId: string;
	seq: number;
	position: number;
	headHash: string;
	/** ISO 8601, UTC. */
	signedAt: string;
}

/** A chain head with the Ed25519 signature over its canonical bytes and the id of the signing key. */
export interface SignedCheckpoint extends ChainHead {
	keyId: string;
	/** base64 */
	signature: string;
}

/** The exact bytes signed: a versioned JSON array, so no field can be reordered or reinterpreted. */
export function checkpointMessage(head: ChainHead, keyId: string): Buffer {
	return Buffer.from(
		JSON.stringify([
			'trienkhai-checkpoint/1',
			keyId,
			head.planId,
			head.seq,
			head.position,
			head.headHash,
			head.signedAt
		]),
		'utf8'
	);
}

export function signHead(head: ChainHead, privateKey: KeyObject, keyId: string): SignedCheckpoint {
	const signature = sign(null, checkpointMessage(head, keyId), privateKey).toString('base64');
	return { ...head, keyId, signature };
}

export function signatureHolds(checkpoint: SignedCheckpoint, publicKey: KeyObject): boolean {
	try {
		return verify(
			null,
			checkpointMessage(checkpoint, checkpoint.keyId),
			publicKey,
			Buffer.from(checkpoint.signature, 'base64')
		);
	} catch {
		return false;
	}
}
