import fs from 'node:fs/promises';
import path from 'node:path';
import {
	checkpointFile,
	listCheckpoints,
	parseCheckpointFile,
	readPublicKey,
	readSigningKey,
	signChainHeads,
	verifyCheckpoints,
	writeNewKeyPair,
	type CheckpointBreak,
	type Database
} from '@trienkhai/db';

/** Outcome of a checkpoint command: text for stdout, or an error message; `broken` for a failed proof. */
export type CommandOutcome = { ok: true; output: string } | { ok: false; message: string; broken?: boolean };

/** Where the signing key is: `CHECKPOINT_KEY_FILE` (never in the database). */
export function signingKeyFile(env: Record<string, string | undefined>): string | null {
	return env['CHECKPOINT_KEY_FILE'] || null;
}

/** `checkpoint keygen <file>`: a new Ed25519 pair, `<file>` (0600) and `<file>.pub`. No database. */
export async function keygen(file: string, cwd: string): Promise<CommandOutcome> {
	const target = path.resolve(cwd, file);
	try {
		const { keyId, publicFile } = await writeNewKeyPair(target);
		return {
			ok: true,
			output:
				`Đã tạo khóa ký / key pair written: ${target} (bí mật / private), ${publicFile} (công khai / public)\n` +
				`  mã khóa / key id: ${keyId}\n`
		};
	} catch (error) {
		const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
		return {
			ok: false,
			message: exists ? `tệp đã có, không ghi đè (exists, not overwritten): ${target}` : String(error)
		};
	}
}

/** `checkpoint sign`: signs every plan head not yet signed by the configured key. */
export async function signNow(
	database: Database,
	env: Record<string, string | undefined>
): Promise<CommandOutcome> {
	const keyFile = signingKeyFile(env);
	if (keyFile === null)
		return { ok: false, message: 'thiếu CHECKPOINT_KEY_FILE (no signing key configured)' };
	const key = await readSigningKey(keyFile);
	const made = await signChainHeads(database.db, key);
	return { ok: true, output: `Đã ký / signed: ${made.length} đầu chuỗi (chain heads), khóa ${key.keyId}\n` };
}

/** `checkpoint export <file>`: every stored checkpoint, as JSON. */
export async function exportCheckpoints(
	database: Database,
	file: string,
	cwd: string
): Promise<CommandOutcome> {
	const checkpoints = await listCheckpoints(database.db);
	const target = path.resolve(cwd, file);
	await fs.writeFile(target, JSON.stringify(checkpointFile(checkpoints, new Date()), null, 1) + '\n');
	return { ok: true, output: `Đã xuất / exported: ${checkpoints.length} mốc ký (checkpoints) → ${target}\n` };
}

/**
 * `verify --checkpoints <file>`: the trusted public key comes from `--public-key`, `CHECKPOINT_PUBLIC_KEY_FILE`
 * or the private `CHECKPOINT_KEY_FILE`, never from the checkpoint file.
 */
export async function verifyAgainst(
	database: Database,
	options: {
		file: string;
		publicKey: string | undefined;
		cwd: string;
		env: Record<string, string | undefined>;
	}
): Promise<CommandOutcome & { json?: unknown }> {
	const keyFile =
		options.publicKey ?? (options.env['CHECKPOINT_PUBLIC_KEY_FILE'] || signingKeyFile(options.env));
	if (!keyFile) {
		return {
			ok: false,
			message: 'thiếu khóa công khai: --public-key hoặc CHECKPOINT_PUBLIC_KEY_FILE (no trusted public key)'
		};
	}
	const trusted = await readPublicKey(path.resolve(options.cwd, keyFile));
	const file = parseCheckpointFile(await fs.readFile(path.resolve(options.cwd, options.file), 'utf8'));
	const verdict = await verifyCheckpoints(database.db, file.checkpoints, trusted);
	if (verdict.ok) {
		return {
			ok: true,
			json: verdict,
			output: `ok ${verdict.checked} mốc ký (signed heads) của ${verdict.plans} kế hoạch vẫn được nhật ký nối tiếp (still extended by the log)\n`
		};
	}
	return { ok: false, broken: true, json: verdict, message: describeBreak(verdict.broken) };
}

const REASONS: Record<CheckpointBreak['reason'], string> = {
	rewritten: 'nhật ký đã bị viết lại (history rewritten: another hash at the signed seq)',
	missing: 'nhật ký không còn sự kiện đã ký (the signed event is gone)',
	bad_signature: 'chữ ký không hợp lệ: tệp mốc ký bị sửa (signature does not hold: the file was altered)',
	unknown_key: 'ký bằng khóa khác khóa tin cậy (signed by another key than the trusted one)'
};

function describeBreak(b: CheckpointBreak): string {
	const since =
		b.lastGoodSeq === null
			? 'không có mốc nào trước đó còn đúng (no earlier signed head holds)'
			: `mốc ${b.lastGoodSeq} còn đúng, sai từ sau seq ${b.lastGoodSeq} (holds up to seq ${b.lastGoodSeq})`;
	return (
		`MỐC KÝ BỊ PHÁ / SIGNED HEAD NOT EXTENDED: kế hoạch ${b.planId}, vị trí (position) ${b.position}, seq ${b.seq}: ` +
		`${REASONS[b.reason]}\n  ký lúc / signed at ${b.signedAt}; đã ký / signed ${b.signedHash}; ` +
		`hiện có / found ${b.foundHash ?? '(không có / none)'}\n  ${since}`
	);
}
