import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import {
	createEventStore,
	assertMigrated,
	databaseConfigFromEnv,
	migrateToLatest,
	openDatabase,
	type Database,
	type VerifyResult
} from '@trienkhai/db';
import { EXPORT_FORMATS, exportPlan, parseExportFormat } from './export-command.ts';
import { importCommand } from './import-command.ts';
import { backup, resolveFile, restore } from './backup-command.ts';
import {
	exportCheckpoints,
	keygen,
	signNow,
	verifyAgainst,
	type CommandOutcome
} from './checkpoint-command.ts';

/** Where the CLI reads its settings and writes its output; injectable so tests run it in-process. */
export interface CliIo {
	env: Record<string, string | undefined>;
	cwd: string;
	stdout: NodeJS.WritableStream & { isTTY?: boolean };
	stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** Exit codes: 0 done / chain ok, 1 chain broken, 2 usage or runtime error. */
export const EXIT = { ok: 0, broken: 1, error: 2 } as const;

const USAGE = `Cách dùng / usage: trienkhai <lệnh> [tùy chọn]

  verify [kế-hoạch]   kiểm tra chuỗi băm của nhật ký sự kiện (một kế hoạch hoặc tất cả)
                      re-walk the hash chain of one plan's events, or of all plans
  verify --checkpoints <tệp> [--public-key <tệp.pub>]
                      và chứng minh nhật ký vẫn nối tiếp mọi đầu chuỗi đã ký trong tệp
                      and prove the log still extends every signed head in the file
  backup <tệp>        sao lưu CSDL: PGlite (bản chụp nhất quán) hoặc PostgreSQL (pg_dump)
                      back up the database: PGlite (consistent copy) or PostgreSQL (pg_dump)
  restore <tệp>       khôi phục vào CSDL trống (--force: thay thế), rồi verify
                      restore into an empty database (--force replaces it), then verify
  checkpoint keygen <tệp>   tạo cặp khóa Ed25519 (đặt ngoài CSDL) / new Ed25519 key pair
  checkpoint sign           ký đầu chuỗi của mọi kế hoạch (CHECKPOINT_KEY_FILE) / sign every plan's head
  checkpoint export <tệp>   xuất các mốc đã ký ra tệp JSON / export the signed checkpoints
  replay              dựng lại mọi bảng đọc (projection) từ nhật ký
                      rebuild every projection from the event log
  migrate             cập nhật lược đồ CSDL (chạy bằng vai trò chủ sở hữu, xem infra/)
                      apply pending migrations (as the owner role, see infra/)
  export <kế-hoạch>   xuất kế hoạch: --format docx (văn bản theo thể thức), xlsx (danh sách nhiệm vụ
                      và thống kê), stats (thống kê theo đơn vị), csv (nhật ký); --out tệp đích
                      export a plan: --format docx|xlsx|stats|csv [--out file]
  import <tệp>        đọc kế hoạch từ .docx hoặc .txt (không cần CSDL), --json: số, ký hiệu, nhiệm vụ
                      read a plan from .docx or .txt (no database); --json prints document + tasks

Tùy chọn / options:
  --json              in kết quả dạng JSON / print the result as JSON
  --format, --out     định dạng và tệp của lệnh export / format and file of export
  -h, --help          trợ giúp / this help

Cơ sở dữ liệu như khi chạy ứng dụng / database as for the app: DATABASE_URL (PostgreSQL,
with DATABASE_SCHEMA) or the embedded PGlite under DATA_DIR (default ./data).
`;

/** Runs one CLI command and resolves to its exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				json: { type: 'boolean', default: false },
				format: { type: 'string' },
				out: { type: 'string', short: 'o' },
				checkpoints: { type: 'string' },
				'public-key': { type: 'string' },
				force: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false }
			}
		});
	} catch (error) {
		io.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
		return EXIT.error;
	}
	const [command, ...rest] = parsed.positionals;
	if (parsed.values.help || command === undefined || command === 'help') {
		io.stdout.write(USAGE);
		return command === undefined && !parsed.values.help ? EXIT.error : EXIT.ok;
	}
	const json = parsed.values.json;
	if (command === 'import') {
		const result = await importCommand(rest, { json, cwd: io.cwd });
		if (result.ok) io.stdout.write(result.output);
		else io.stderr.write(`Lỗi / error: ${result.message}\n`);
		return result.ok ? EXIT.ok : EXIT.error;
	}
	if (command === 'backup' || command === 'restore') {
		if (rest.length !== 1) {
			io.stderr.write(`Thiếu hoặc thừa tệp / expected one file\n\n${USAGE}`);
			return EXIT.error;
		}
		const config = databaseConfigFromEnv(io.env, io.cwd);
		const file = resolveFile(io.cwd, rest[0] ?? '');
		try {
			const outcome =
				command === 'backup'
					? await backup(config, file)
					: await restore(config, file, { force: parsed.values.force, now: new Date() });
			return report(io, outcome);
		} catch (error) {
			io.stderr.write(`Lỗi / error: ${error instanceof Error ? error.message : String(error)}\n`);
			return EXIT.error;
		}
	}
	if (command === 'checkpoint' && rest[0] === 'keygen' && rest.length === 2) {
		return report(io, await keygen(rest[1] ?? '', io.cwd));
	}
	if (command === 'checkpoint') {
		const [sub, file] = rest;
		const valid = (sub === 'sign' && rest.length === 1) || (sub === 'export' && rest.length === 2);
		if (!valid) {
			io.stderr.write(`Cách dùng / usage: checkpoint keygen <tệp> | sign | export <tệp>\n\n${USAGE}`);
			return EXIT.error;
		}
		return withDatabase(io, (database) =>
			sub === 'sign' ? signNow(database, io.env) : exportCheckpoints(database, file ?? '', io.cwd)
		);
	}
	if (command !== 'verify' && command !== 'replay' && command !== 'migrate' && command !== 'export') {
		io.stderr.write(`Lệnh không rõ / unknown command: ${command}\n\n${USAGE}`);
		return EXIT.error;
	}
	if (
		(command === 'verify' && rest.length > 1) ||
		(command === 'export' && rest.length > 1) ||
		(command !== 'verify' && command !== 'export' && rest.length > 0)
	) {
		io.stderr.write(`Thừa tham số / too many arguments\n\n${USAGE}`);
		return EXIT.error;
	}
	const exportFormat = parseExportFormat(parsed.values.format);
	if (command === 'export' && (rest.length === 0 || exportFormat === null)) {
		io.stderr.write(
			rest.length === 0
				? `Thiếu mã kế hoạch / missing plan id\n\n${USAGE}`
				: `Định dạng không hợp lệ / unknown format: ${parsed.values.format ?? ''} (${EXPORT_FORMATS.join(', ')})\n\n${USAGE}`
		);
		return EXIT.error;
	}

	let database: Database | null = null;
	try {
		database = await openDatabase(databaseConfigFromEnv(io.env, io.cwd));
		if (command === 'migrate') {
			const result = await migrateToLatest(database.db, database.schema ?? undefined);
			const names = (result.results ?? []).map((r) => r.migrationName);
			io.stdout.write(
				json
					? `${JSON.stringify({ applied: names })}\n`
					: names.length === 0
						? 'Lược đồ đã mới nhất / nothing to migrate\n'
						: `Đã áp dụng / applied: ${names.join(', ')}\n`
			);
			return EXIT.ok;
		}
		await assertMigrated(database.db);
		if (command === 'export') {
			const planId = rest[0] ?? '';
			const result = await exportPlan(database, {
				planId,
				format: exportFormat ?? 'docx',
				out: parsed.values.out,
				cwd: io.cwd,
				now: new Date()
			});
			if (result === null) {
				io.stderr.write(`Không tìm thấy kế hoạch / no such plan: ${planId}\n`);
				return EXIT.error;
			}
			io.stdout.write(
				json ? `${JSON.stringify(result)}\n` : `Đã xuất / exported: ${result.file} (${result.bytes} byte)\n`
			);
			return EXIT.ok;
		}
		const store = createEventStore(database);
		if (command === 'verify') {
			const planId = rest[0];
			const result = await withProgress(io, json, 'Kiểm tra / verify', null, (tick) =>
				store.verify(planId, (checked) => tick(checked))
			);
			io.stdout.write(json ? `${JSON.stringify(result)}\n` : describeVerify(result, planId));
			if (!result.ok) return EXIT.broken;
			const file = parsed.values.checkpoints;
			if (file === undefined) return EXIT.ok;
			const proof = await verifyAgainst(database, {
				file,
				publicKey: parsed.values['public-key'],
				cwd: io.cwd,
				env: io.env
			});
			if (json && proof.json !== undefined) io.stdout.write(`${JSON.stringify(proof.json)}\n`);
			else if (proof.ok) io.stdout.write(proof.output);
			else io.stderr.write(`${proof.message}\n`);
			return proof.ok ? EXIT.ok : proof.broken ? EXIT.broken : EXIT.error;
		}
		const total = Number(
			(
				await database.db
					.selectFrom('events')
					.select((eb) => eb.fn.countAll<number>().as('n'))
					.executeTakeFirstOrThrow()
			).n
		);
		const result = await withProgress(io, json, 'Dựng lại / replay', total, (tick) =>
			store.replay((done) => tick(done))
		);
		io.stdout.write(
			json
				? `${JSON.stringify(result)}\n`
				: `Đã dựng lại / replayed: ${result.events} sự kiện (events), ${result.plans} kế hoạch (plans), ` +
						`${result.tasks} nhiệm vụ (tasks) trong ${result.seconds.toFixed(2)} s\n`
		);
		return EXIT.ok;
	} catch (error) {
		io.stderr.write(`Lỗi / error: ${error instanceof Error ? error.message : String(error)}\n`);
		return EXIT.error;
	} finally {
		await database?.close();
	}
}

function report(io: CliIo, outcome: CommandOutcome): number {
	if (outcome.ok) io.stdout.write(outcome.output);
	else io.stderr.write(`Lỗi / error: ${outcome.message}\n`);
	return outcome.ok ? EXIT.ok : outcome.broken ? EXIT.broken : EXIT.error;
}

/** Opens the configured database (migrated), runs `work`, reports its outcome, closes. */
async function withDatabase(
	io: CliIo,
	work: (database: Database) => Promise<CommandOutcome>
): Promise<number> {
	let database: Database | null = null;
	try {
		database = await openDatabase(databaseConfigFromEnv(io.env, io.cwd));
		await assertMigrated(database.db);
		return report(io, await work(database));
	} catch (error) {
		io.stderr.write(`Lỗi / error: ${error instanceof Error ? error.message : String(error)}\n`);
		return EXIT.error;
	} finally {
		await database?.close();
	}
}

function describeVerify(result: VerifyResult, planId: string | undefined): string {
	if (result.ok) {
		const lines = result.plans.map((p) => `  ${p.planId}: ${p.count} sự kiện, head ${p.headHash}\n`);
		const head = planId !== undefined ? (result.plans[0]?.headHash ?? '') : '';
		return (
			`ok ${result.count} sự kiện (events) trong ${result.plans.length} kế hoạch (plans)` +
			(planId !== undefined ? `, head ${head}` : '') +
			'\n' +
			lines.join('')
		);
	}
	const b = result.broken;
	const where =
		b.stream === 'updates'
			? `bản cập nhật tài liệu (document update)`
			: b.position === null
				? `sau seq ${b.seq - 1} (after seq ${b.seq - 1})`
				: `vị trí (position) ${b.position}`;
	return (
		`CHUỖI BỊ SAI / CHAIN BROKEN: kế hoạch ${b.planId}, ${where}, seq ${b.seq}: ${b.reason}\n` +
		`  đã kiểm tra đúng / verified before it: ${result.count} sự kiện\n`
	);
}

/** Shows a progress bar on a terminal's stderr while `work` runs; silent otherwise and with --json. */
async function withProgress<T>(
	io: CliIo,
	json: boolean,
	label: string,
	total: number | null,
	work: (tick: (value: number) => void) => Promise<T>
): Promise<T> {
	if (json || !io.stderr.isTTY) return work(() => {});
	const bar = new SingleBar({
		format:
			total === null ? `${label} | {value} sự kiện` : `${label} [{bar}] {percentage}% | {value}/{total}`,
		stream: io.stderr,
		hideCursor: true
	});
	bar.start(total ?? 0, 0);
	try {
		return await work((value) => bar.update(value));
	} finally {
		bar.stop();
	}
}
