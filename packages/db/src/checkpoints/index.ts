export { readSigningKey, readPublicKey, writeNewKeyPair, keyIdOf, type SigningKey } from './keys.ts';
export { signHead, signatureHolds, type ChainHead, type SignedCheckpoint } from './signed-head.ts';
export { signChainHeads, listCheckpoints, startCheckpointSigner } from './signer.ts';
export { checkpointFile, parseCheckpointFile, type CheckpointFile } from './checkpoint-file.ts';
export {
	verifyCheckpoints,
	type CheckpointBreak,
	type CheckpointFailure,
	type CheckpointVerdict
} from './verify-checkpoints.ts';
