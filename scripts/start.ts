// `npm start`: build the web app when its sources are newer than the build, then run the embedded server.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

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

const builtAt = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
if (builtAt < Math.max(...inputs.map(newestMtime))) {
	process.stdout.write('Đang build ứng dụng web / building the web app…\n');
	const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
}

await import(path.join(root, 'apps/web/server/main.ts'));
