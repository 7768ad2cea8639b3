// What `npm test` needs from the machine besides Node: PostgreSQL and Redis running when they are installed,
// and Debian's Chromium (end-to-end tests) and LibreOffice Writer (the DOCX → PDF test).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import process from 'node:process';
import { fail, step } from './bootstrap.mjs';

function run(command, args, options = {}) {
	const result = spawnSync(command, args, { encoding: 'utf8', ...options });
	return result.error ? { status: -1, stdout: '', stderr: String(result.error) } : result;
}

function has(command) {
	return run('sh', ['-c', `command -v ${command}`]).status === 0;
}

function waitFor(check, seconds) {
	for (let i = 0; i < seconds * 2; i++) {
		if (check()) return true;
		spawnSync('sleep', ['0.5']);
	}
	return check();
}

const postgresUp = () => run('pg_isready', ['-q', '-h', '127.0.0.1', '-p', '5432']).status === 0;
const redisUp = () => run('redis-cli', ['-h', '127.0.0.1', '-p', '6379', 'ping']).stdout.trim() === 'PONG';

/** Starts the local PostgreSQL cluster and Redis when they are installed but stopped. */
export function ensureServices() {
	if (has('pg_isready') && !postgresUp() && has('pg_ctlcluster') && fs.existsSync('/etc/postgresql')) {
		step('Đang khởi động PostgreSQL', 'starting PostgreSQL');
		const version = fs.readdirSync('/etc/postgresql')[0];
		run('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], { stdio: 'inherit' });
		if (!waitFor(postgresUp, 30)) step('PostgreSQL chưa chạy được', 'PostgreSQL did not come up');
	}
	if (has('redis-server') && has('redis-cli') && !redisUp()) {
		step('Đang khởi động Redis', 'starting Redis');
		const args = [
			'--daemonize',
			'yes',
			'--bind',
			'127.0.0.1',
			'--port',
			'6379',
			'--save',
			'',
			'--appendonly',
			'no'
		];
		run('redis-server', args, { stdio: 'inherit' });
		if (!waitFor(redisUp, 30)) step('Redis chưa chạy được', 'Redis did not come up');
	}
}

/**
 * The integration suites also run on PostgreSQL and Redis when TEST_DATABASE_URL / TEST_REDIS_URL are set:
 * default them to the local services when those answer (trust auth, database `test`).
 */
export function defaultServiceUrls(env) {
	const url = 'postgres://postgres@127.0.0.1:5432/test';
	if (
		!env.TEST_DATABASE_URL &&
		has('psql') &&
		run('psql', [url, '-qAtc', 'select 1']).stdout.trim() === '1'
	) {
		env.TEST_DATABASE_URL = url;
	}
	if (!env.TEST_REDIS_URL && has('redis-cli') && redisUp()) env.TEST_REDIS_URL = 'redis://127.0.0.1:6379';
}

/** Installs Debian's Chromium, LibreOffice Writer and nginx (the cluster suite's load balancer) when missing (as root with apt), else says how. */
export function ensureDebianPackages() {
	const missing = [];
	if (!fs.existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium')) missing.push('chromium');
	if (!has('soffice')) missing.push('libreoffice-writer-nogui');
	if (!has('nginx') && !fs.existsSync('/usr/sbin/nginx')) missing.push('nginx');
	if (missing.length === 0) return;
	const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
	if (process.getuid?.() !== 0 || !has('apt-get')) {
		fail(
			`thiếu ${missing.join(', ')}; hãy chạy với quyền root: ${command}`,
			`${missing.join(', ')} missing; run as root: ${command}`
		);
	}
	step(`Đang cài ${missing.join(', ')} từ Debian`, `installing ${missing.join(', ')} from Debian`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	const update = run('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	const install = run('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
	if (update.status !== 0 || install.status !== 0) {
		fail(`cài ${missing.join(', ')} thất bại; hãy chạy: ${command}`, `installing failed; run: ${command}`);
	}
}
