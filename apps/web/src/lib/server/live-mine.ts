import type { PreparedDatabase } from '@trienkhai/db';
import { eventStream, LIVE_DEFAULTS } from './live.ts';
import { hubOf } from './live-hub.ts';
import { inboxConcerns, topicsOfChange, type LiveReader, type MyTopic } from './live-mine-topics.ts';
import { headPosition } from './live-resume.ts';

export { MY_TOPICS, type LiveReader, type MyTopic } from './live-mine-topics.ts';

/**
 * Streams a person's topics as named events (`notifications`, `work`, `audit`), each debounced, so the
 * pages open in their browser re-fetch what the event names: fed by committed events (the log's change
 * notices) and by the notifier's stored notifications, on this instance and across instances. A reconnect
 * (`since` given) or a listener that reconnected may have missed something: every topic is announced.
 */
export async function myLiveStream(
	database: PreparedDatabase,
	reader: LiveReader,
	topics: readonly MyTopic[],
	signal: AbortSignal,
	options: { debounceMs?: number; heartbeatMs?: number; since?: number | null } = {}
): Promise<Response> {
	const wanted = new Set(topics);
	const debounceMs = options.debounceMs ?? LIVE_DEFAULTS.mineDebounceMs;
	const head = await headPosition(database);
	return eventStream(
		signal,
		(send) => {
			const timers = new Map<MyTopic, ReturnType<typeof setTimeout>>();
			// topics announced without a log position (a reconnect, the notifier): the page must not skip them
			const unplaced = new Set<MyTopic>(['notifications']);
			let last = head;
			const announce = (topic: MyTopic, position: number | null = null) => {
				if (!wanted.has(topic)) return;
				if (position === null) unplaced.add(topic);
				else last = Math.max(last, position);
				if (timers.has(topic)) return;
				timers.set(
					topic,
					setTimeout(() => {
						timers.delete(topic);
						const data = unplaced.has(topic) ? null : { position: last };
						if (topic !== 'notifications') unplaced.delete(topic);
						send({ event: topic, data, id: last });
					}, debounceMs)
				);
			};
			const everything = () => wanted.forEach((t) => announce(t));
			send({ event: 'ready', data: { topics: [...wanted] }, id: head });
			if (options.since !== undefined && options.since !== null) everything();
			const hub = hubOf(database);
			const stopChanges = hub.onChange((notice) => {
				if (notice === null) return everything();
				if (!wanted.has('work') && !wanted.has('audit')) return;
				const position = notice.positions?.[1] ?? null;
				void topicsOfChange(database, reader, notice)
					.then((found) => found.forEach((t) => announce(t, position)))
					.catch(() => everything());
			});
			const stopInbox = hub.onInbox((notice) => {
				if (notice === null || inboxConcerns(reader, notice)) announce('notifications');
			});
			// what was committed while the listeners were starting is announced, not lost
			void Promise.all([hub.changesHeard(), hub.inboxHeard()])
				.then(() => headPosition(database))
				.then((now) => now !== head && everything())
				.catch(() => everything());
			return () => {
				for (const timer of timers.values()) clearTimeout(timer);
				stopChanges();
				stopInbox();
			};
		},
		options
	);
}
