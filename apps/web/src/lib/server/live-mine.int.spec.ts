import {
	executeTaskCommand,
	notifyAccessRevoked,
	prepareDatabase,
	startNotifier,
	type PreparedDatabase,
	type Subscription
} from '@trienkhai/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { untilAccessLost } from './live-hub.ts';
import { myLiveStream, MY_TOPICS, type LiveReader } from './live-mine.ts';

const QB_PLAN = 'plan-ubnd-qb-kl69';
const KHCN: LiveReader = {
	userId: 'u-qb-so-khcn',
	unitId: 'qb-so-khcn',
	isAdmin: false,
	unitIds: ['qb-so-khcn']
};

/** The named events of a server-sent-events response, as they arrive. */
function reader(response: Response) {
	const stream = response.body!.pipeThrough(new TextDecoderStream()).getReader();
	let buffer = '';
	let pending: ReturnType<typeof stream.read> | null = null;
	return {
		/** Every event name that arrives within `ms`. */
		async during(ms: number): Promise<string[]> {
			const deadline = Date.now() + ms;
			const names: string[] = [];
			for (;;) {
				const end = buffer.indexOf('\n\n');
				if (end >= 0) {
					const name = /^event: (.*)$/m.exec(buffer.slice(0, end))?.[1];
					buffer = buffer.slice(end + 2);
					if (name) names.push(name);
					continue;
				}
				const left = deadline - Date.now();
				if (left <= 0) return names;
				pending ??= stream.read();
				const chunk = await Promise.race([
					pending,
					new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), left))
				]);
				if (chunk === 'timeout') return names;
				pending = null;
				if (chunk.done) return [...names, 'closed'];
				buffer += chunk.value;
			}
		}
	};
}

const at = () => new Date().toISOString();

describe('the per-user live feed on the embedded database', () => {
	let database: PreparedDatabase;
	let notifier: Subscription;

	beforeAll(async () => {
		database = await prepareDatabase({ kind: 'pglite', dataDir: null }, { demo: true });
		notifier = await startNotifier(database.db, database.events);
	});

	afterAll(async () => {
		await notifier?.stop();
		await database?.close();
	});

	async function open(who: LiveReader = KHCN) {
		const abort = new AbortController();
		const events = reader(await myLiveStream(database, who, MY_TOPICS, abort.signal, { debounceMs: 50 }));
		expect(await events.during(300)).toEqual(['ready']);
		return { events, close: () => abort.abort() };
	}

	it('announces the work and the audit trail of the reader’s unit, and nothing of a draft it may not see', async () => {
		const { events, close } = await open();
		await executeTaskCommand(database.events, QB_PLAN, {
			type: 'AcceptTask',
			taskId: `${QB_PLAN}/II.2.b.1`,
			actor: KHCN,
			at: at()
		});
		expect((await events.during(800)).sort()).toEqual(['audit', 'work']);

		// another unit's draft, with a task led by a third unit: Sở KH&CN hears nothing of it
		await database.events.append({
			planId: 'plan-live-secret',
			events: [
				{
					type: 'PlanCreated',
					taskId: null,
					userId: 'u-qb-so-tai-chinh',
					unitId: 'qb-so-tai-chinh',
					occurredAt: at(),
					data: {
						title: 'Dự thảo riêng',
						ownerUnitId: 'qb-so-tai-chinh',
						implementsDirectiveIds: [],
						documentId: null
					}
				}
			]
		});
		expect(await events.during(500)).toEqual([]);
		close();
	});

	it('announces a notification stored for the reader’s unit (the notifier’s own notice), and not another unit’s', async () => {
		const { events, close } = await open();
		const finance = await open({
			...KHCN,
			userId: 'u-qb-so-tttt',
			unitId: 'qb-so-tttt',
			unitIds: ['qb-so-tttt']
		});
		// the owner invites Sở KH&CN to draft with it: a notification for the unit, and the draft becomes readable
		await database.events.append({
			planId: 'plan-live-secret',
			events: [
				{
					type: 'CoDrafterInvited',
					taskId: null,
					userId: 'u-qb-so-tai-chinh',
					unitId: 'qb-so-tai-chinh',
					occurredAt: at(),
					data: { unitId: 'qb-so-khcn' }
				}
			]
		});
		const heard = await events.during(1500);
		expect(heard).toContain('notifications');
		expect(heard).toContain('audit');
		expect(heard).not.toContain('work');
		expect(await finance.events.during(300)).toEqual([]);
		close();
		finance.close();
	});

	it('ends when the person loses access (signed out everywhere), and not for someone else’s', async () => {
		const streams = ['u-qb-so-tttt', KHCN.userId].map(async (userId) => {
			const signal = untilAccessLost(
				database,
				{ id: userId, sessionId: 's-1' },
				new AbortController().signal
			);
			const events = reader(
				await myLiveStream(database, { ...KHCN, userId }, MY_TOPICS, signal, { debounceMs: 50 })
			);
			expect(await events.during(300)).toEqual(['ready']);
			return events;
		});
		const [other, mine] = await Promise.all(streams);
		await notifyAccessRevoked(database.db, { userId: KHCN.userId, sessionId: null });
		expect(await mine!.during(1000)).toEqual(['closed']);
		expect(await other!.during(300)).toEqual([]);
	});
});
