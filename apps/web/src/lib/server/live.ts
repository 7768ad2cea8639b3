import { CONTENT_EVENT_TYPES } from '@trienkhai/domain';
import {
	dashboardPlanIds,
	getMeeting,
	type ChangeNotice,
	type DashboardScope,
	type PreparedDatabase
} from '@trienkhai/db';
import { hubOf } from './live-hub.ts';
import { headPosition, missedPosition } from './live-resume.ts';

/** Limits of the live (server-sent events) endpoints, spelled out in one place. */
export const LIVE_DEFAULTS = {
	/** Changes are batched this long before "changed" goes out, so a burst of typing is one re-fetch. */
	debounceMs: 150,
	/**
	 * A person's own feed waits a little longer: on a plan page the plan's whole reload then usually starts
	 * first and already covers the header's counts (the page skips a reload for a position it covers).
	 */
	mineDebounceMs: 200,
	/** A comment line this often keeps proxies from closing an idle stream and detects gone clients. */
	heartbeatMs: 15_000,
	/** How long a browser waits before reconnecting a dropped stream. */
	retryMs: 2_000
} as const;

/** What a stream sends: a named event with JSON data, and the log position it reflects (the resume id). */
export interface LiveMessage {
	event: string;
	data: unknown;
	id?: number;
}

/**
 * A text/event-stream response. `start` wires the stream to its source and returns the cleanup, which
 * runs once, when the client goes away (abort or cancel) or the server closes the stream.
 */
export function eventStream(
	signal: AbortSignal,
	start: (send: (message: LiveMessage) => void) => () => void,
	options: { heartbeatMs?: number; retryMs?: number } = {}
): Response {
	const encoder = new TextEncoder();
	let cleanup: (() => void) | null = null;
	const stop = () => {
		const c = cleanup;
		cleanup = null;
		c?.();
	};
	const body = new ReadableStream<Uint8Array>({
		start(controller) {
			const write = (text: string) => {
				try {
					controller.enqueue(encoder.encode(text));
				} catch {
					stop();
				}
			};
			write(`retry: ${options.retryMs ?? LIVE_DEFAULTS.retryMs}\n\n`);
			const heartbeat = setInterval(() => write(': ♥\n\n'), options.heartbeatMs ?? LIVE_DEFAULTS.heartbeatMs);
			const unsubscribe = start((message) =>
				write(
					`${message.id === undefined ? '' : `id: ${message.id}\n`}event: ${message.event}\ndata: ${JSON.stringify(message.data)}\n\n`
				)
			);
			cleanup = () => {
				clearInterval(heartbeat);
				unsubscribe();
				signal.removeEventListener('abort', onAbort);
				try {
					controller.close();
				} catch {
					// already closed by the client
				}
			};
			const onAbort = () => stop();
			if (signal.aborted) stop();
			else signal.addEventListener('abort', onAbort);
		},
		cancel() {
			stop();
		}
	});
	return new Response(body, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-store',
			connection: 'keep-alive',
			// nginx and similar proxies otherwise buffer the stream
			'x-accel-buffering': 'no'
		}
	});
}

/**
 * Streams "changed" to a dashboard when any plan of its scope changes (debounced), so the page re-fetches.
 * The scope's plans are resolved when the stream opens and again when a new plan appears (it may join the
 * directive's cascade); a notice without a plan (a reconnect of the listener: something may have been
 * missed) counts as a change.
 */
export async function dashboardStream(
	database: PreparedDatabase,
	scope: DashboardScope,
	signal: AbortSignal,
	options: { debounceMs?: number; heartbeatMs?: number; since?: number | null } = {}
): Promise<Response> {
	// drafts too: a draft's issue is the change that brings it into the roll-up
	const planIds = new Set(await dashboardPlanIds(database.db, scope, { includeDrafts: true }));
	const debounceMs = options.debounceMs ?? LIVE_DEFAULTS.debounceMs;
	const head = await headPosition(database);
	const missed =
		options.since === undefined || options.since === null
			? null
			: await missedPosition(database, [...planIds], options.since);
	return eventStream(
		signal,
		(send) => {
			let timer: ReturnType<typeof setTimeout> | null = null;
			let positions: number[] = [];
			send({ event: 'ready', data: { plans: planIds.size }, id: head });
			const changed = (notice: ChangeNotice | null) => {
				if (notice?.positions) positions.push(notice.positions[1]);
				timer ??= setTimeout(() => {
					timer = null;
					const last = positions.length > 0 ? Math.max(...positions) : null;
					positions = [];
					send({ event: 'changed', data: { position: last }, ...(last === null ? {} : { id: last }) });
				}, debounceMs);
			};
			if (missed !== null) send({ event: 'changed', data: { position: missed }, id: Math.max(missed, head) });
			const hub = hubOf(database);
			const unsubscribe = hub.onChange((notice) => {
				if (notice === null || planIds.has(notice.planId)) return changed(notice);
				// a plan joins a directive's cascade when it is created (its first events name the directive)
				if (scope.kind === 'directive' && notice.eventSeqs?.[0] === 1) {
					void dashboardPlanIds(database.db, scope, { includeDrafts: true })
						.then((ids) => {
							if (!ids.includes(notice.planId)) return;
							planIds.add(notice.planId);
							changed(notice);
						})
						.catch(() => {});
				}
			});
			void hub
				.changesHeard()
				.then(() => missedPosition(database, [...planIds], head))
				.then((position) => {
					if (position === null) return;
					positions.push(position);
					changed(null);
				})
				.catch(() => changed(null));
			return () => {
				if (timer) clearTimeout(timer);
				unsubscribe();
			};
		},
		options
	);
}

/**
 * Events an open plan page already shows through its shared document (typing, structure, fields): they need
 * no reload. Anything else (issue, amendment, invitations, the tasks' workflow, contribution notes) does.
 */
const SHOWN_BY_THE_DOCUMENT: ReadonlySet<string> = new Set(
	CONTENT_EVENT_TYPES.filter((t) => t !== 'TaskContributionNoted')
);

async function changesThePage(database: PreparedDatabase, notice: ChangeNotice): Promise<boolean> {
	if (!notice.eventSeqs) return false;
	const types = await database.db
		.selectFrom('events')
		.select('type')
		.distinct()
		.where('plan_id', '=', notice.planId)
		.where('seq', '>=', notice.eventSeqs[0])
		.where('seq', '<=', notice.eventSeqs[1])
		.execute();
	return types.some((t) => !SHOWN_BY_THE_DOCUMENT.has(t.type));
}

/**
 * Streams "changed" to an open plan page when the plan's status, rights or workflow moved (not for edits the
 * page's shared document shows by itself, which would only reset half-filled forms), debounced; a notice
 * without a plan (the listener reconnected: something may have been missed) counts as a change.
 */
export async function planPageStream(
	database: PreparedDatabase,
	planId: string,
	signal: AbortSignal,
	options: { debounceMs?: number; heartbeatMs?: number; since?: number | null } = {}
): Promise<Response> {
	const debounceMs = options.debounceMs ?? LIVE_DEFAULTS.debounceMs;
	const head = await headPosition(database);
	const missed =
		options.since === undefined || options.since === null
			? null
			: await missedPosition(database, [planId], options.since, [...SHOWN_BY_THE_DOCUMENT]);
	return eventStream(
		signal,
		(send) => {
			let timer: ReturnType<typeof setTimeout> | null = null;
			let last = head;
			const changed = (position: number | null = null) => {
				if (position !== null) last = Math.max(last, position);
				timer ??= setTimeout(() => {
					timer = null;
					send({ event: 'changed', data: null, id: last });
				}, debounceMs);
			};
			send({ event: 'ready', data: { planId }, id: head });
			if (missed !== null) send({ event: 'changed', data: null, id: Math.max(missed, head) });
			const hub = hubOf(database);
			const unsubscribe = hub.onChange((notice) => {
				if (notice === null) return changed();
				if (notice.planId !== planId) return;
				const position = notice.positions?.[1] ?? null;
				void changesThePage(database, notice)
					.then((yes) => yes && changed(position))
					.catch(() => changed(position));
			});
			void hub
				.changesHeard()
				.then(() => missedPosition(database, [planId], head, [...SHOWN_BY_THE_DOCUMENT]))
				.then((position) => position !== null && changed(position))
				.catch(() => changed());
			return () => {
				if (timer) clearTimeout(timer);
				unsubscribe();
			};
		},
		options
	);
}

/**
 * Streams the presenter's focus changes of one meeting to an attendee. A meeting that ended while the stream
 * was starting to listen (between the page's load and now) is announced as ended, not waited for.
 */
export function meetingStream(
	database: PreparedDatabase,
	code: string,
	signal: AbortSignal,
	options: { heartbeatMs?: number } = {}
): Response {
	return eventStream(
		signal,
		(send) => {
			send({ event: 'ready', data: { code } });
			const hub = hubOf(database);
			const stop = hub.onMeeting((notice) => {
				// null: the listener reconnected and may have missed a move; the page looks again
				if (notice === null) send({ event: 'focus', data: null });
				else if (notice.code !== code) return;
				else if ('ended' in notice) send({ event: 'ended', data: notice });
				else send({ event: 'focus', data: notice });
			});
			void hub
				.meetingsHeard()
				.then(() => getMeeting(database.db, code))
				.then((meeting) => meeting === undefined && send({ event: 'ended', data: { code, ended: true } }))
				.catch(() => send({ event: 'focus', data: null }));
			return stop;
		},
		options
	);
}
