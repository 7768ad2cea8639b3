import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, prepareDatabase } from '@trienkhai/db';
import { rewriteChainFrom } from '@trienkhai/db/testing/rewrite-chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from './cli.ts';

const QB = 'plan-ubnd-qb-kl69';

describe('trienkhai checkpoint keygen | sign | export, verify --checkpoints', () => {
	let dir: string;
	let out: string[];
	let err: string[];
	const io = (env: Record<string, string> = {}): CliIo => ({
		env: { DATA_DIR: dir, CHECKPOINT_KEY_FILE: path.join(dir, 'keys', 'signing.pem'), ...env },
		cwd: dir,
		stdout: { write: (s: string) => out.push(s) } as unknown as CliIo['stdout'],
		stderr: { write: (s: string) => err.push(s) } as unknown as CliIo['stderr']
	});
	const cli = async (args: string[], env?: Record<string, string>) => {
		out = [];
		err = [];
		const code = await runCli(args, io(env));
		return { code, stdout: out.join(''), stderr: err.join('') };
	};

	beforeAll(async () => {
		dir = await fs.mkdtemp(path.join(os.tmpdir(), 'trienkhai-checkpoints-'));
		await fs.mkdir(path.join(dir, 'keys'));
		const prepared = await prepareDatabase(
			{ kind: 'pglite', dataDir: path.join(dir, 'pglite') },
			{ demo: true }
		);
		await prepared.close();
	});

	afterAll(async () => {
		await fs.rm(dir, { recursive: true, force: true });
	});

	it('makes a key pair outside the database and never overwrites one', async () => {
		const made = await cli(['checkpoint', 'keygen', 'keys/signing.pem']);
		expect(made.code).toBe(0);
		expect(made.stdout).toMatch(/mã khóa \/ key id: [0-9a-f]{16}/);
		expect((await fs.stat(path.join(dir, 'keys', 'signing.pem'))).mode & 0o777).toBe(0o600);
		const again = await cli(['checkpoint', 'keygen', 'keys/signing.pem']);
		expect(again.code).toBe(2);
		expect(again.stderr).toContain('không ghi đè');
	});

	it('signs every head, exports them, and proves the intact log extends them', async () => {
		const signed = await cli(['checkpoint', 'sign']);
		expect(signed.stdout).toMatch(/^Đã ký \/ signed: 2 đầu chuỗi/);
		expect((await cli(['checkpoint', 'sign'])).stdout).toMatch(/^Đã ký \/ signed: 0 đầu chuỗi/);
		expect((await cli(['checkpoint', 'export', 'heads.json'])).code).toBe(0);
		const file = JSON.parse(await fs.readFile(path.join(dir, 'heads.json'), 'utf8')) as {
			checkpoints: { planId: string }[];
		};
		expect(file.checkpoints.map((c) => c.planId)).toContain(QB);
		// only the public key is needed to verify
		const ok = await cli(['verify', '--checkpoints', 'heads.json', '--public-key', 'keys/signing.pem.pub'], {
			CHECKPOINT_KEY_FILE: ''
		});
		expect(ok.stderr).toBe('');
		expect(ok.code).toBe(0);
		expect(ok.stdout).toContain('ok 2 mốc ký (signed heads) của 2 kế hoạch');
	});

	it('asks for a trusted key rather than trusting the file', async () => {
		const result = await cli(['verify', '--checkpoints', 'heads.json'], { CHECKPOINT_KEY_FILE: '' });
		expect(result.code).toBe(2);
		expect(result.stdout + result.stderr).toContain('thiếu khóa công khai');
	});

	it('catches a chain rewritten with recomputed hashes, which plain verify passes: exit 1, plan and position', async () => {
		const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'pglite') });
		try {
			await rewriteChainFrom(database, QB, 7);
		} finally {
			await database.close();
		}
		expect((await cli(['verify'])).code).toBe(0);
		const file = JSON.parse(await fs.readFile(path.join(dir, 'heads.json'), 'utf8')) as {
			checkpoints: { planId: string; seq: number; position: number }[];
		};
		const head = file.checkpoints.find((c) => c.planId === QB)!;
		const result = await cli(['verify', '--checkpoints', 'heads.json']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(
			`kế hoạch ${QB}, vị trí (position) ${head.position}, seq ${head.seq}: nhật ký đã bị viết lại`
		);
		const json = await cli(['verify', '--checkpoints', 'heads.json', '--json']);
		expect(JSON.parse(json.stdout.trim().split('\n').at(-1)!)).toMatchObject({
			ok: false,
			broken: { planId: QB, seq: head.seq, reason: 'rewritten' }
		});
	});
});
