// First-contact set-up shared by `npm start` and `npm test`. Plain JavaScript on purpose: it must run on
// whatever Node the machine has (18 or later), before the project's own Node is there.
//
// 1. Node: when the running Node is older than the project needs, fetch Node 24 from the npm registry into a
//    cache (the user's cache directory, else `.cache/` in the project) and re-run the same script with it.
// 2. Dependencies: when node_modules is missing or older than package-lock.json, `npm ci`.
// Every failure prints one Vietnamese/English line saying what to do, and exits non-zero.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';

export const root = path.resolve(import.meta.dirname, '..');

/** The oldest Node that runs the project's TypeScript entry points without a flag (type stripping). */
const MINIMUM = [22, 18];
/** The Node fetched when the machine's is older (the project targets the Node 24 LTS line). */
const FETCHED_MAJOR = 24;

/** Prints one progress line, in Vietnamese then English. */
export function step(vi, en) {
	process.stdout.write(`[trienkhai] ${vi} / ${en}\n`);
}

/** Prints one failure line (what happened and what to do) and exits. */
export function fail(vi, en, code = 1) {
	process.stderr.write(`[trienkhai] LỖI: ${vi} / ERROR: ${en}\n`);
	process.exit(code);
}

function isRecent(version) {
	const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
	return major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1]);
}

function cacheDirs() {
	const dirs = [];
	if (process.env.TRIENKHAI_NODE_CACHE) dirs.push(process.env.TRIENKHAI_NODE_CACHE);
	const userCache = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
	dirs.push(path.join(userCache, 'trienkhai', `node${FETCHED_MAJOR}`));
	dirs.push(path.join(root, '.cache', `node${FETCHED_MAJOR}`));
	return dirs;
}

function cachedNode(dir) {
	const bin = path.join(dir, 'node_modules', '.bin', process.platform === 'win32' ? 'node.cmd' : 'node');
	if (!fs.existsSync(bin)) return null;
	const probe = spawnSync(bin, ['-v'], { encoding: 'utf8' });
	return probe.status === 0 && isRecent(probe.stdout.trim()) ? bin : null;
}

function fetchNode() {
	for (const dir of cacheDirs()) {
		const found = cachedNode(dir);
		if (found) return found;
	}
	for (const dir of cacheDirs()) {
		try {
			fs.mkdirSync(dir, { recursive: true });
			fs.accessSync(dir, fs.constants.W_OK);
		} catch {
			continue;
		}
		step(
			`Node ${process.versions.node} quá cũ, đang tải Node ${FETCHED_MAJOR} từ npm vào ${dir}`,
			`Node ${process.versions.node} is too old, fetching Node ${FETCHED_MAJOR} from the npm registry into ${dir}`
		);
		const npmArgs = ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', '--loglevel=error'];
		const result = spawnSync('npm', [...npmArgs, `node@${FETCHED_MAJOR}`], { stdio: 'inherit' });
		const bin = result.status === 0 ? cachedNode(dir) : null;
		if (bin) return bin;
	}
	return fail(
		`không tải được Node ${FETCHED_MAJOR}; hãy cài Node ≥ ${MINIMUM.join('.')} (xem .nvmrc) rồi chạy lại`,
		`could not fetch Node ${FETCHED_MAJOR}; install Node ≥ ${MINIMUM.join('.')} (see .nvmrc) and run again`
	);
}

/**
 * Makes sure this process runs on a recent enough Node: returns when it does, otherwise re-runs the calling
 * script with the fetched Node (its directory first on PATH, so npm and child scripts use it too) and exits
 * with its status. Signals are passed on to the child.
 */
export async function ensureNode(script) {
	if (isRecent(process.versions.node)) return;
	const node = fetchNode();
	const env = { ...process.env, PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH ?? ''}` };
	// the machine's own PATH, for a check that wants to run the README's commands as a newcomer would
	env.TRIENKHAI_MACHINE_PATH ??= process.env.PATH ?? '';
	const child = spawn(node, [script, ...process.argv.slice(2)], { stdio: 'inherit', env });
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
	const code = await new Promise((resolve) => child.on('exit', (c, s) => resolve(c ?? (s ? 1 : 0))));
	process.exit(code);
}

function installedAt() {
	const hidden = path.join(root, 'node_modules', '.package-lock.json');
	return fs.existsSync(hidden) ? fs.statSync(hidden).mtimeMs : 0;
}

/** Runs `npm ci` when node_modules is missing or older than the lockfile. */
export function ensureDependencies() {
	const lock = fs.statSync(path.join(root, 'package-lock.json')).mtimeMs;
	if (installedAt() >= lock) return;
	step(
		'Đang cài các thư viện (npm ci, lần đầu mất khoảng 1 phút)',
		'installing dependencies (npm ci, about a minute the first time)'
	);
	const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
		cwd: root,
		stdio: 'inherit'
	});
	if (result.status !== 0) {
		fail(
			'npm ci thất bại; kiểm tra kết nối tới npm registry rồi chạy lại',
			'npm ci failed; check the connection to the npm registry and run again'
		);
	}
}
