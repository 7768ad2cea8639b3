import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { startNotifier } from '@trienkhai/db';
import { useDemoDatabase } from '@trienkhai/db/testing/suite';
import { dateDeadline } from '@trienkhai/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendDueMails, smtpSender } from './mail-job.ts';

interface Received {
	from: string | null;
	to: string[];
	subject: string;
	text: string;
}

/** Starts the SMTP sink as a separate process and collects what it receives. */
async function startSink(): Promise<{
	port: number;
	received: Received[];
	stop: () => void;
	child: ChildProcessWithoutNullStreams;
}> {
	const child = spawn(process.execPath, [path.join(import.meta.dirname, 'testing/smtp-sink.ts')], {
		stdio: 'pipe'
	});
	const received: Received[] = [];
	const port = await new Promise<number>((resolve, reject) => {
		child.once('exit', (code) => reject(new Error(`SMTP sink exited with ${code}`)));
		createInterface({ input: child.stdout }).on('line', (line) => {
			const message = JSON.parse(line) as { port?: number } & Received;
			if (message.port !== undefined) resolve(message.port);
			else received.push(message);
		});
	});
	return { port, received, child, stop: () => child.kill('SIGTERM') };
}

const OWNER = 'ubnd-quang-binh';
const PLAN = 'p-mail';

describe('notification mails through a real SMTP server', () => {
	const demo = useDemoDatabase('pglite');
	let sink: Awaited<ReturnType<typeof startSink>>;
	beforeAll(async () => {
		sink = await startSink();
	});
	afterAll(() => sink?.stop());

	it('an assignment reaches the lead unit staff who have an address, once', async () => {
		await demo.db
			.updateTable('users')
			.set({ email: 'van.thu@stc.quangbinh.gov.vn' })
			.where('id', '=', 'u-qb-so-tai-chinh')
			.execute();
		const notifier = await startNotifier(demo.db, demo.store, {
			mail: true,
			baseUrl: 'https://trienkhai.example.vn/'
		});
		const base = { userId: `u-${OWNER}`, unitId: OWNER, occurredAt: new Date().toISOString() };
		try {
			await demo.store.append({
				planId: PLAN,
				events: [
					{
						...base,
						taskId: null,
						type: 'PlanCreated',
						data: {
							title: 'Kế hoạch chuyển đổi số',
							ownerUnitId: OWNER,
							implementsDirectiveIds: [],
							documentId: null
						}
					},
					{
						...base,
						taskId: `${PLAN}/1`,
						type: 'TaskCreated',
						data: {
							groupId: null,
							index: 0,
							code: '1',
							content: 'Bố trí kinh phí',
							leadUnitId: 'qb-so-tai-chinh',
							coordinatorUnitIds: ['qb-so-tttt'],
							deadline: dateDeadline('2027-06-30'),
							output: null
						}
					}
				]
			});
			await notifier.catchUp();
		} finally {
			await notifier.stop();
		}
		const sender = smtpSender(`smtp://127.0.0.1:${sink.port}`);
		try {
			const run = await sendDueMails(demo.db, sender, 'Triển Khai <trienkhai@example.vn>');
			expect(run).toEqual({ sent: 1, failed: 0 });
			// a second run sends nothing more
			expect(await sendDueMails(demo.db, sender, 'Triển Khai <trienkhai@example.vn>')).toEqual({
				sent: 0,
				failed: 0
			});
		} finally {
			sender.close();
		}
		await expect.poll(() => sink.received.length).toBe(1);
		const [mail] = sink.received;
		expect(mail).toMatchObject({ from: 'trienkhai@example.vn', to: ['van.thu@stc.quangbinh.gov.vn'] });
		expect(mail!.subject).toBe('[Triển Khai] Đơn vị được giao chủ trì nhiệm vụ 1');
		expect(mail!.text).toContain('Kế hoạch: Kế hoạch chuyển đổi số');
		expect(mail!.text).toContain(`https://trienkhai.example.vn/plans/${PLAN}`);
	});
});
