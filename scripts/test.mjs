// `npm test`: everything CI runs, from a fresh clone on any Node ≥ 18. Sets up Node, the dependencies, the
// local services and Debian packages the suites need, then runs typecheck + lint, unit, integration,
// end-to-end tests and the cluster fault suite, stopping at the first that fails. With TEST_FIRST_CONTACT=1 (CI sets it) it ends with
// the first-contact check: `npm start` in a scratch clone with the machine's own Node (scripts/first-contact.mjs).
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { ensureDependencies, ensureNode, fail, root, step } from './bootstrap.mjs';
import { defaultServiceUrls, ensureDebianPackages, ensureServices } from './services.mjs';

await ensureNode(import.meta.filename);
ensureDependencies();
ensureServices();
ensureDebianPackages();
const env = { ...process.env };
defaultServiceUrls(env);
step(
	`PostgreSQL cho kiểm thử tích hợp: ${env.TEST_DATABASE_URL ?? 'không (chỉ PGlite)'}`,
	`PostgreSQL for the integration suites: ${env.TEST_DATABASE_URL ?? 'none (PGlite only)'}`
);

const steps = [
	['kiểm tra kiểu và lint', 'typecheck and lint', ['run', 'check']],
	['kiểm thử đơn vị', 'unit tests', ['run', 'test:unit']],
	['kiểm thử tích hợp', 'integration tests', ['run', 'test:int']],
	['kiểm thử đầu-cuối (Chromium)', 'end-to-end tests (Chromium)', ['run', 'test:e2e']],
	// three instances behind Debian's nginx, each fault while editors type: acknowledged edits = edits in the log
	['sự cố trên cụm ba máy chủ sau nginx', 'cluster faults behind nginx', ['run', 'test:cluster']]
];
if (env.TEST_FIRST_CONTACT === '1') {
	steps.push([
		'lần chạy đầu trên bản sao mới',
		'first contact on a fresh clone',
		['run', 'test:first-contact']
	]);
}

for (const [index, [vi, en, args]] of steps.entries()) {
	const started = Date.now();
	step(`Bước ${index + 1}/${steps.length}: ${vi}`, `step ${index + 1}/${steps.length}: ${en}`);
	const result = spawnSync('npm', args, { cwd: root, stdio: 'inherit', env });
	const seconds = Math.round((Date.now() - started) / 1000);
	if (result.status !== 0) fail(`${vi} thất bại (${seconds} giây)`, `${en} failed (${seconds} s)`);
	step(`Xong ${vi} sau ${seconds} giây`, `${en} passed in ${seconds} s`);
}
