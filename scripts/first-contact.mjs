// The newcomer's check (`npm run test:first-contact`): a scratch clone of HEAD, the machine's own Node first
// on PATH, an empty Node cache, and the README's `npm start` with no `npm install` before it. Passes when the
// sign-in page comes within 5 minutes, a demo account's home page lists 69-KL/TW, and a second `npm start`
// serves within 20 s. With --with-test it then runs `npm test` in the same clone (about 15 minutes; CI's own
// run on a fresh clone is that check). Prints a table and JSON of the timings.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fail, root, step } from './bootstrap.mjs';

const FIRST_START_LIMIT_S = 300;
const SECOND_START_LIMIT_S = 20;

/** The machine's PATH as a newcomer has it: without the Node this run fetched or npm's script folders. */
function machinePath() {
	const entries = (process.env.TRIENKHAI_MACHINE_PATH || process.env.PATH || '').split(path.delimiter);
	return entries
		.filter(
			(p) => !p.endsWith(`node_modules${path.sep}.bin`) && !/[/\\]node2[2-9]\b|trienkhai[/\\]node/.test(p)
		)
		.join(path.delimiter);
}

function newcomerEnv(cacheHome, port) {
	const env = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (!key.startsWith('npm_') && key !== 'INIT_CWD' && key !== 'TRIENKHAI_MACHINE_PATH') env[key] = value;
	}
	return { ...env, PATH: machinePath(), XDG_CACHE_HOME: cacheHome, PORT: String(port), HOST: '127.0.0.1' };
}

async function freePort() {
	const server = net.createServer();
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address();
	await new Promise((resolve) => server.close(resolve));
	return port;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForPage(url, child, limitS) {
	const started = Date.now();
	while (Date.now() - started < limitS * 1000) {
		if (child.exitCode !== null) return null;
		try {
			const res = await fetch(url, { redirect: 'manual' });
			if (res.status === 200) return (Date.now() - started) / 1000;
		} catch {
			// not listening yet
		}
		await sleep(500);
	}
	return null;
}

function startApp(dir, env, logFile) {
	const out = fs.openSync(logFile, 'a');
	return spawn('npm', ['start'], { cwd: dir, env, stdio: ['ignore', out, out], detached: true });
}

async function stopApp(child) {
	if (child.exitCode !== null) return;
	process.kill(-child.pid, 'SIGTERM');
	const exited = new Promise((resolve) => child.on('exit', resolve));
	if ((await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)])) === false) {
		process.kill(-child.pid, 'SIGKILL');
	}
}

async function homeListsDirective(base) {
	const body = new URLSearchParams({ username: 'ubnd.quang.binh', password: 'trienkhai' });
	const signIn = await fetch(`${base}/dang-nhap`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: base, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body
	});
	const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
	if (signIn.status !== 303 || !cookie.startsWith('tk_session=')) return false;
	const home = await fetch(`${base}/`, { headers: { cookie } });
	return home.status === 200 && (await home.text()).includes('69-KL/TW');
}

function tail(file) {
	return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').slice(-30).join('\n') : '';
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'trienkhai-first-contact-'));
const app = path.join(scratch, 'app');
const logFile = path.join(scratch, 'start.log');
const port = await freePort();
const env = newcomerEnv(path.join(scratch, 'cache'), port);
const base = `http://127.0.0.1:${port}`;
const machineNode = spawnSync('node', ['-v'], { env, encoding: 'utf8' }).stdout.trim() || 'none';
step(
	`Bản sao mới tại ${app}, Node của máy: ${machineNode}`,
	`fresh clone in ${app}, machine's Node: ${machineNode}`
);
spawnSync('git', ['clone', '-q', root, app], { stdio: 'inherit' });

const results = {
	machineNode,
	firstStartS: null,
	homeListsDirective: false,
	secondStartS: null,
	npmTestS: null,
	npmTestPassed: null
};
let problem = null;
try {
	const first = startApp(app, env, logFile);
	results.firstStartS = await waitForPage(`${base}/dang-nhap`, first, FIRST_START_LIMIT_S);
	if (results.firstStartS === null) problem = `first start: no sign-in page within ${FIRST_START_LIMIT_S} s`;
	else results.homeListsDirective = await homeListsDirective(base);
	if (!problem && !results.homeListsDirective) problem = 'the demo home page does not list 69-KL/TW';
	await stopApp(first);
	if (!problem) {
		const second = startApp(app, env, logFile);
		results.secondStartS = await waitForPage(`${base}/dang-nhap`, second, SECOND_START_LIMIT_S);
		if (results.secondStartS === null)
			problem = `second start: no sign-in page within ${SECOND_START_LIMIT_S} s`;
		await stopApp(second);
	}
	if (!problem && process.argv.includes('--with-test')) {
		// the README's other command in the same scratch clone (without this check again: no recursion)
		step('Chạy npm test trên bản sao mới', 'running npm test in the fresh clone');
		const started = Date.now();
		const run = spawnSync('npm', ['test'], {
			cwd: app,
			env: { ...env, TEST_FIRST_CONTACT: '0' },
			stdio: 'inherit'
		});
		results.npmTestS = (Date.now() - started) / 1000;
		results.npmTestPassed = run.status === 0;
		if (!results.npmTestPassed) problem = 'npm test failed in the fresh clone';
	}
} finally {
	if (problem) process.stderr.write(`${tail(logFile)}\n`);
	fs.rmSync(scratch, { recursive: true, force: true });
}

const fmt = (s) => (s === null ? '—' : `${s.toFixed(1)} s`);
process.stdout.write(
	[
		'| measure | value | limit |',
		'|---|---|---|',
		`| machine's Node | ${machineNode} | |`,
		`| first \`npm start\` → sign-in page | ${fmt(results.firstStartS)} | ${FIRST_START_LIMIT_S} s |`,
		`| home lists 69-KL/TW after sign-in | ${results.homeListsDirective ? 'yes' : 'no'} | yes |`,
		`| second \`npm start\` → sign-in page | ${fmt(results.secondStartS)} | ${SECOND_START_LIMIT_S} s |`,
		'',
		JSON.stringify(results),
		''
	].join('\n')
);
if (problem) fail(`lần chạy đầu không đạt: ${problem}`, `first contact failed: ${problem}`);
