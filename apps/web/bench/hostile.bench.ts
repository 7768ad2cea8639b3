// `npm run bench:hostile`: a signed-in but hostile user against a running server (in this process, on the
// loopback, PGlite with the demo data): imports that used to freeze everyone, a zip bomb, truncated XML,
// 40 parallel wrong passwords, a sign-out under an open socket, a reused ticket, a 1 MB presence state.
// Meanwhile another user keeps editing and a probe keeps asking /healthz. Prints a table; `--json` one object.
import { setTimeout as sleep } from 'node:timers/promises';
import { deleteSession, executePlanCommand, prepareDatabase } from '@trienkhai/db';
import { readPlanDocument } from '@trienkhai/domain';
import { createImportPool, type ImportJob } from '@trienkhai/office';
import { bombDocx, manyParagraphsDocx, truncatedDocx } from '@trienkhai/office/testing/hostile';
import { CLOSE } from '@trienkhai/sync';
import {
	keepEditingAndProbing,
	percentile,
	rigClient,
	startSyncRig,
	until
} from '../src/lib/server/testing/sync-rig.ts';
import { signIn } from '../src/lib/server/auth/sign-in.ts';

const json = process.argv.includes('--json');
const PLAN = 'plan-ubnd-qb-kl69';
const say = (line: string) => {
	if (!json) process.stdout.write(`${line}\n`);
};

const database = await prepareDatabase({ kind: 'pglite', dataDir: null }, { demo: true });
const rig = await startSyncRig(database);
const wsUrl = rig.wsUrl;
const pool = createImportPool();
const session = (unitId: string) => rig.session(unitId, PLAN);
const client = (ticket: () => string) => rigClient(rig, PLAN, ticket);
const users = Object.fromEntries(
	(await database.db.selectFrom('users').select(['users.unit_id', 'users.username']).execute()).map((u) => [
		u.unit_id,
		u
	])
);
const round = (n: number) => Math.round(n * 10) / 10;

// --- an honest editor and a health probe, running through every phase -----------------------------------
const owner = await session('ubnd-quang-binh');
// the demo plan is issued (frozen): its owner starts an amendment, so its tasks can be edited again
await executePlanCommand(database.events, {
	type: 'StartAmendment',
	planId: PLAN,
	actor: { userId: owner.userId, unitId: 'ubnd-quang-binh' },
	at: new Date().toISOString(),
	reason: 'bench'
});
const editor = client(owner.ticket);
await until(() => editor.provider.synced);
const taskId =
	readPlanDocument(editor.doc).tasks.find((t) => t.leadUnitId === 'ubnd-quang-binh')?.id ??
	readPlanDocument(editor.doc).tasks[0]!.id;
const load = keepEditingAndProbing(rig, editor, taskId);
const acks = load.acks.samples;
const healthz = load.healthz.samples;

// --- imports off the request thread ----------------------------------------------------------------------
await sleep(2000);
const units = (
	await database.db.selectFrom('units').select(['id', 'name', 'short_name', 'kind', 'parent_id']).execute()
).map((u) => ({
	id: u.id,
	name: u.name,
	shortName: u.short_name,
	kind: u.kind,
	parentId: u.parent_id
}));
const lines = ['KẾ HOẠCH', 'II. NHIỆM VỤ'];
// 20,000 short lines (about 380 KB), as in the report that found the stall
for (let i = 0; i < 20_000; i++) lines.push(`- Nhiệm vụ số ${i}`);
const imports: Array<{ name: string; input: string; job: ImportJob }> = [
	{
		name: 'text-20000-lines',
		input: `${Math.round(lines.join('\n').length / 1024)} KB`,
		job: { source: { kind: 'text', text: lines.join('\n') }, units, maxTasks: 1000 }
	},
	{
		name: 'docx-100000-paragraphs',
		input: '',
		job: { source: { kind: 'docx', bytes: await manyParagraphsDocx(100_000) }, units }
	},
	{
		name: 'docx-bomb-200MB',
		input: '',
		job: { source: { kind: 'docx', bytes: await bombDocx(200 * 1024 * 1024) }, units }
	},
	{
		name: 'docx-truncated-xml',
		input: '',
		job: { source: { kind: 'docx', bytes: await truncatedDocx() }, units }
	}
];
const importRows: Array<{
	name: string;
	input: string;
	outcome: string;
	seconds: number;
	rssGrowthMb: number;
}> = [];
for (const item of imports) {
	if (item.job.source.kind === 'docx')
		item.input = `${Math.round(item.job.source.bytes.byteLength / 1024)} KB`;
	load.setPhase(item.name);
	const rss0 = process.memoryUsage().rss;
	let peak = rss0;
	const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
	const start = performance.now();
	const result = await pool.read(item.job);
	clearInterval(sampler);
	importRows.push({
		name: item.name,
		input: item.input,
		outcome: result.ok ? `${result.plan.tasks.length} tasks` : result.problem,
		seconds: round((performance.now() - start) / 1000),
		rssGrowthMb: round((peak - rss0) / 1024 / 1024)
	});
	await sleep(500);
}
load.setPhase('after');
await sleep(1000);
await load.stop();

// --- 40 parallel wrong passwords for one account --------------------------------------------------------
const target = users['qb-so-khcn']!.username;
const t0 = performance.now();
const guesses = await Promise.all(
	Array.from({ length: 40 }, (_, i) =>
		signIn(database.db, {
			username: target,
			password: `sai-${i}`,
			address: '10.9.9.9',
			userAgent: 'bench',
			now: new Date()
		})
	)
);
const checked = Number(
	(
		await database.db
			.selectFrom('login_attempts')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('key', '=', `user:${target}`)
			.executeTakeFirstOrThrow()
	).n
);
const signInRow = {
	parallel: 40,
	checked,
	throttled: guesses.filter((g) => !g.ok && g.reason === 'throttled').length,
	ms: Math.round(performance.now() - t0)
};

// --- sign-out under an open socket, a reused ticket ----------------------------------------------------
const leaver = await session('qb-so-khcn');
const leaving = client(leaver.ticket);
await until(() => leaving.provider.synced);
const unused = leaver.ticket();
const outAt = performance.now();
await deleteSession(database.db, leaver.token);
await until(() => leaving.closes.includes(CLOSE.unauthorized), 5000);
const closeMs = Math.round(performance.now() - outAt);
leaving.provider.destroy();
const status = async (ticket: string) =>
	new Promise<number>((resolve) => {
		const ws = new WebSocket(`${wsUrl}/${PLAN}?ticket=${encodeURIComponent(ticket)}`);
		ws.onopen = () => {
			resolve(101);
			ws.close();
		};
		ws.onerror = () => resolve(401);
	});
const fresh = owner.ticket();
const sessionRow = {
	signOutCloseMs: closeMs,
	code: CLOSE.unauthorized,
	oldTicket: await status(unused),
	firstUse: await status(fresh),
	reuse: await status(fresh)
};

// --- a 1 MB presence state --------------------------------------------------------------------------------
const viewer = await session('bct');
const hostile = client(viewer.ticket);
await until(() => hostile.provider.synced);
let presenceBytes = 0;
editor.provider.awareness.on('update', () => {
	const state = editor.provider.awareness.getStates().get(hostile.doc.clientID) as
		{ note?: string } | undefined;
	presenceBytes = Math.max(presenceBytes, state?.note?.length ?? 0);
});
hostile.provider.awareness.setLocalStateField('note', 'x'.repeat(1024 * 1024));
await until(() => hostile.closes.length > 0, 5000);
hostile.provider.destroy();
await sleep(300);
const presenceRow = {
	stateBytes: 1024 * 1024,
	closedWith: hostile.closes[0],
	bytesOthersReceived: presenceBytes
};

const phases = Object.keys(acks).map((name) => ({
	phase: name,
	edits: acks[name]!.length,
	ackP50: round(percentile(acks[name]!, 0.5)),
	ackP99: round(percentile(acks[name]!, 0.99)),
	healthzP99: round(percentile(healthz[name] ?? [], 0.99)),
	healthzMax: round(Math.max(0, ...(healthz[name] ?? [])))
}));
const report = {
	machine: 'shared',
	imports: importRows,
	phases,
	healthzFailures: load.healthz.failures,
	signIn: signInRow,
	sessions: sessionRow,
	presence: presenceRow
};

editor.provider.destroy();
await pool.close();
await rig.close();
await database.close();

if (json) process.stdout.write(`${JSON.stringify(report)}\n`);
else {
	say('Imports (worker pool) while another user edits and /healthz is probed:');
	console.table(importRows);
	say('Edit acknowledgement and /healthz latency per phase (ms):');
	console.table(phases);
	say('Sign-in, sessions, presence:');
	console.table([{ ...signInRow }]);
	console.table([{ ...sessionRow }]);
	console.table([{ ...presenceRow }]);
	say(JSON.stringify(report));
}
process.exit(0);
