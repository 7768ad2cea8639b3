// Builds the web app when its sources are newer than the build: used by `npm start` and `npm run test:e2e`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';

const root = path.resolve(import.meta.dirname, '..');
const built = path.join(root, 'apps/web/build/handler.js');
const inputs = [
	'apps/web/src',
	'apps/web/messages',
	'apps/web/project.inlang',
	'apps/web/static',
	'apps/web/vite.config.ts',
	'apps/web/package.json',
	'packages/domain/src',
	'packages/db/src',
	'packages/office/src',
	'apps/sync/src',
	'svelte.config.js',
	'package-lock.json'
].map((p) => path.join(root, p));

function newestMtime(p: string): number {
	if (!fs.existsSync(p)) return 0;
	const stat = fs.statSync(p);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of fs.readdirSync(p)) {
		// The generated message catalogue is rewritten by every build: it is an output here.
		if (entry === 'paraglide') continue;
		newest = Math.max(newest, newestMtime(path.join(p, entry)));
	}
	return newest;
}

/** Runs `npm run build` when a source is newer than the built handler; exits the process if the build fails. */
export function buildIfNeeded(): void {
	const builtAt = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
	if (builtAt >= Math.max(...inputs.map(newestMtime))) return;
	const started = Date.now();
	process.stdout.write(
		'[trienkhai] Đang build ứng dụng web (lần đầu mất 1–3 phút) / building the web app (1–3 minutes the first time)\n'
	);
	const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) {
		process.stderr.write(
			'[trienkhai] LỖI: build thất bại, xem thông báo ở trên / ERROR: the build failed, see the messages above\n'
		);
		process.exit(result.status ?? 1);
	}
	const seconds = Math.round((Date.now() - started) / 1000);
	process.stdout.write(`[trienkhai] Đã build xong sau ${seconds} giây / built in ${seconds} s\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) buildIfNeeded();
