import {
	executeTaskCommand,
	prepareDatabase,
	setMeetingFocus,
	endMeeting,
	startMeeting,
	type PreparedDatabase
} from '@trienkhai/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardStream, meetingStream, planPageStream } from './live.ts';

const QB_PLAN = 'plan-ubnd-qb-kl69';
const QNG_PLAN = 'plan-tu-qng-kl69';

/** Reads server-sent events off a response body as they arrive. */
function reader(response: Response) {
	const stream = response.body!.pipeThrough(new TextDecoderStream()).getReader();
	let buffer = '';
	// a read still waiting when a wait times out is kept for the next call, so no chunk is lost
	let pending: ReturnType<typeof stream.read> | null = null;
	const seen: { lastId: string | null } = { lastId: null };
	return {
		seen,
		/** The next event (name and data), or null when none comes within `ms`. */
		async next(ms: number): Promise<{ event: string; data: unknown } | null> {
			const deadline = Date.now() + ms;
			for (;;) {
				const end = buffer.indexOf('\n\n');
				if (end >= 0) {
					const block = buffer.slice(0, end);
					buffer = buffer.slice(end + 2);
					const event = /^event: (.*)$/m.exec(block)?.[1];
					const data = /^data: (.*)$/m.exec(block)?.[1];
					const id = /^id: (.*)$/m.exec(block)?.[1];
					if (id !== undefined) seen.lastId = id;
					if (event !== undefined) return { event, data: data === undefined ? null : JSON.parse(data) };
					continue;
				}
				const left = deadline - Date.now();
				if (left <= 0) return null;
				pending ??= stream.read();
				const chunk = await Promise.race([
					pending,
					new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), left))
				]);
				if (chunk === 'timeout') return null;
				pending = null;
				if (chunk.done) return { event: 'closed', data: null };
				buffer += chunk.value;
			}
		},
		cancel: () => stream.cancel()
	};
}

describe('live streams on the embedded database', () => {
	let database: PreparedDatabase;
	let listening = 0;

	beforeAll(async () => {
		const prepared = await prepareDatabase({ kind: 'pglite', dataDir: null }, { demo: true });
		// count the change listeners the streams hold, to see that a closed stream lets go of its own
		const onChange: PreparedDatabase['events']['onChange'] = async (listener) => {
			const stop = await prepared.events.onChange(listener);
			listening += 1;
			return async () => {
				listening -= 1;
				await stop();
			};
		};
		database = { ...prepared, events: { ...prepared.events, onChange } };
	});

	afterAll(async () => {
		await database?.close();
	});

	it('says "changed" within a second of a change to the plan, ignores other plans, and lets go on abort', async () => {
		const abort = new AbortController();
		const response = await dashboardStream(database, { kind: 'plan', planId: QB_PLAN }, abort.signal, {
			debounceMs: 50
		});
		expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
		const events = reader(response);
		expect(await events.next(1000)).toEqual({ event: 'ready', data: { plans: 1 } });
		await expect.poll(() => listening).toBe(1);

		const other = await database.db
			.selectFrom('tasks')
			.select('id')
			.where('plan_id', '=', QNG_PLAN)
			.executeTakeFirstOrThrow();
		const otherLead = await database.db
			.selectFrom('tasks')
			.select('lead_unit_id')
			.where('id', '=', other.id)
			.executeTakeFirstOrThrow();
		await executeTaskCommand(database.events, QNG_PLAN, {
			type: 'AcceptTask',
			taskId: other.id,
			actor: { userId: 'u-test', unitId: otherLead.lead_unit_id! },
			at: new Date().toISOString()
		});
		expect(await events.next(400)).toBeNull();

		const started = Date.now();
		await executeTaskCommand(database.events, QB_PLAN, {
			type: 'AcceptTask',
			taskId: `${QB_PLAN}/II.2.b.1`,
			actor: { userId: 'u-qb-so-khcn', unitId: 'qb-so-khcn' },
			at: new Date().toISOString()
		});
		const changed = await events.next(1000);
		expect(changed?.event).toBe('changed');
		expect(Date.now() - started).toBeLessThan(1000);

		abort.abort();
		await expect.poll(() => listening).toBe(0);
		expect(await events.next(500)).toEqual({ event: 'closed', data: null });
	});

	it('announces a change committed while the stream was still starting to listen', async () => {
		const streams = [
			(db: PreparedDatabase, signal: AbortSignal) => planPageStream(db, QB_PLAN, signal, { debounceMs: 50 }),
			(db: PreparedDatabase, signal: AbortSignal) =>
				dashboardStream(db, { kind: 'plan', planId: QB_PLAN }, signal, { debounceMs: 50 })
		];
		const actor = { userId: 'u-qb-so-khcn', unitId: 'qb-so-khcn' };
		const taskId = `${QB_PLAN}/II.2.b.1`;
		const { status } = await database.db
			.selectFrom('tasks')
			.select('status')
			.where('id', '=', taskId)
			.executeTakeFirstOrThrow();
		if (status === 'assigned') {
			await executeTaskCommand(database.events, QB_PLAN, {
				type: 'AcceptTask',
				taskId,
				actor,
				at: new Date().toISOString()
			});
		}
		let progress = 20;
		for (const open of streams) {
			// a listener that takes its time to start, as LISTEN on a new PostgreSQL connection does
			let release = () => {};
			const gate = new Promise<void>((resolve) => (release = resolve));
			const onChange: PreparedDatabase['events']['onChange'] = async (listener) => {
				await gate;
				return database.events.onChange(listener);
			};
			const slow = { ...database, events: { ...database.events, onChange } };
			const abort = new AbortController();
			const events = reader(await open(slow, abort.signal));
			expect((await events.next(1000))?.event).toBe('ready');
			await executeTaskCommand(database.events, QB_PLAN, {
				type: 'UpdateTaskProgress',
				taskId,
				progress: (progress += 10),
				actor,
				at: new Date().toISOString()
			});
			release();
			expect((await events.next(1000))?.event).toBe('changed');
			abort.abort();
		}
	});

	it('tells a directive dashboard about a plan that joins its cascade after the stream opened', async () => {
		const abort = new AbortController();
		const scope = { kind: 'directive', directiveId: 'kl-69' } as const;
		const events = reader(await dashboardStream(database, scope, abort.signal, { debounceMs: 50 }));
		expect(await events.next(1000)).toEqual({ event: 'ready', data: { plans: 2 } });
		await database.events.append({
			planId: 'plan-new-kl69',
			events: [
				{
					type: 'PlanCreated',
					taskId: null,
					userId: 'u-qb-so-khcn',
					unitId: 'qb-so-khcn',
					occurredAt: new Date().toISOString(),
					data: {
						title: 'Kế hoạch của Sở KH&CN thực hiện Kết luận 69-KL/TW',
						ownerUnitId: 'qb-so-khcn',
						implementsDirectiveIds: ['kl-69'],
						documentId: null
					}
				}
			]
		});
		expect((await events.next(1000))?.event).toBe('changed');
		abort.abort();
	});

	it('resumes from the position a browser last saw: what was logged while it was away is announced at once', async () => {
		const task = await database.db
			.selectFrom('tasks')
			.select(['id', 'lead_unit_id'])
			.where('plan_id', '=', QB_PLAN)
			.where('status', '=', 'assigned')
			.where('lead_unit_id', 'is not', null)
			.executeTakeFirstOrThrow();
		// a page and a dashboard see the plan, then go away
		let abort = new AbortController();
		const page = reader(await planPageStream(database, QB_PLAN, abort.signal, { debounceMs: 20 }));
		expect((await page.next(1000))?.event).toBe('ready');
		const before = Number(page.seen.lastId);
		expect(before).toBeGreaterThan(0);
		abort.abort();

		// while they are away, the lead unit accepts a task
		await executeTaskCommand(database.events, QB_PLAN, {
			type: 'AcceptTask',
			taskId: task.id,
			actor: { userId: 'u-test', unitId: task.lead_unit_id! },
			at: new Date().toISOString()
		});

		// back from `before`: told at once, with the new position as the id
		abort = new AbortController();
		const back = reader(
			await planPageStream(database, QB_PLAN, abort.signal, { debounceMs: 20, since: before })
		);
		expect((await back.next(1000))?.event).toBe('ready');
		expect((await back.next(300))?.event).toBe('changed');
		const after = Number(back.seen.lastId);
		expect(after).toBeGreaterThan(before);
		abort.abort();

		const dashboard = reader(
			await dashboardStream(
				database,
				{ kind: 'plan', planId: QB_PLAN },
				(abort = new AbortController()).signal,
				{
					debounceMs: 20,
					since: before
				}
			)
		);
		expect((await dashboard.next(1000))?.event).toBe('ready');
		expect((await dashboard.next(300))?.event).toBe('changed');
		abort.abort();

		// back from the latest position: nothing to announce
		abort = new AbortController();
		const current = reader(
			await planPageStream(database, QB_PLAN, abort.signal, { debounceMs: 20, since: after })
		);
		expect((await current.next(1000))?.event).toBe('ready');
		expect(await current.next(400)).toBeNull();
		abort.abort();
	});

	it('relays the presenter’s focus of one meeting, not of another', async () => {
		const presenter = await database.db
			.selectFrom('users')
			.select('id')
			.where('username', '=', 'ubnd.quang.binh')
			.executeTakeFirstOrThrow();
		const scope = { kind: 'plan', planId: QB_PLAN } as const;
		expect(await startMeeting(database.db, { code: 'LIVE22', scope, presenterUserId: presenter.id })).toBe(
			true
		);
		expect(await startMeeting(database.db, { code: 'OTHER3', scope, presenterUserId: presenter.id })).toBe(
			true
		);
		const abort = new AbortController();
		const events = reader(meetingStream(database, 'LIVE22', abort.signal));
		expect(await events.next(1000)).toEqual({ event: 'ready', data: { code: 'LIVE22' } });
		// the listener starts with the stream; let it attach before the first notice
		await new Promise((resolve) => setTimeout(resolve, 100));

		const focus = { panel: 'units' as const, unitId: 'qb-so-khcn', taskId: null };
		await setMeetingFocus(database, { code: 'OTHER3', userId: presenter.id, focus });
		await setMeetingFocus(database, { code: 'LIVE22', userId: presenter.id, focus });
		expect(await events.next(1000)).toEqual({
			event: 'focus',
			data: { code: 'LIVE22', focusSeq: 1, focus }
		});
		abort.abort();
		expect(await events.next(500)).toEqual({ event: 'closed', data: null });
	});

	it('tells an attendee whose stream opens after the meeting ended that it ended', async () => {
		const presenter = await database.db
			.selectFrom('users')
			.select('id')
			.where('username', '=', 'ubnd.quang.binh')
			.executeTakeFirstOrThrow();
		const scope = { kind: 'plan', planId: QB_PLAN } as const;
		expect(await startMeeting(database.db, { code: 'ENDED4', scope, presenterUserId: presenter.id })).toBe(
			true
		);
		expect(await endMeeting(database, { code: 'ENDED4', userId: presenter.id })).toBe(true);
		const abort = new AbortController();
		const events = reader(meetingStream(database, 'ENDED4', abort.signal));
		expect(await events.next(1000)).toEqual({ event: 'ready', data: { code: 'ENDED4' } });
		expect(await events.next(1000)).toEqual({ event: 'ended', data: { code: 'ENDED4', ended: true } });
		abort.abort();
	});
});
