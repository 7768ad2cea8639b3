import type { SignedCheckpoint } from './signed-head.ts';

/** The export format: a JSON document an operator keeps away from the database (another host, a ticket, mail). */
export interface CheckpointFile {
	format: 'trienkhai-checkpoints/1';
	exportedAt: string;
	checkpoints: SignedCheckpoint[];
}

export function checkpointFile(checkpoints: SignedCheckpoint[], now: Date): CheckpointFile {
	return { format: 'trienkhai-checkpoints/1', exportedAt: now.toISOString(), checkpoints };
}

/** Parses an exported file; throws a Vietnamese (and English) message naming what is wrong. */
export function parseCheckpointFile(text: string): CheckpointFile {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		throw new Error('tệp mốc ký không phải JSON (checkpoint file is not JSON)');
	}
	const file = value as Partial<CheckpointFile> | null;
	if (file?.format !== 'trienkhai-checkpoints/1' || !Array.isArray(file.checkpoints)) {
		throw new Error('tệp không phải tệp mốc ký trienkhai-checkpoints/1 (not a trienkhai-checkpoints/1 file)');
	}
	file.checkpoints.forEach((c, i) => {
		const ok =
			typeof c.planId === 'string' &&
			Number.isSafeInteger(c.seq) &&
			Number.isSafeInteger(c.position) &&
			typeof c.headHash === 'string' &&
			typeof c.signedAt === 'string' &&
			typeof c.keyId === 'string' &&
			typeof c.signature === 'string';
		if (!ok) throw new Error(`mốc ký thứ ${i + 1} thiếu trường (checkpoint ${i + 1} is incomplete)`);
	});
	return file as CheckpointFile;
}
