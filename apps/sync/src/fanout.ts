import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { noMetrics, type SyncMetrics } from './ops/metrics.ts';
import type { FanoutMessage } from './room.ts';

/**
 * How sync instances tell each other about committed updates and presence. Redis is only the fast path:
 * every update message carries its plan seq, and an instance that sees a gap reads the missing updates from
 * the log (PostgreSQL stays the source of truth).
 */
export interface Fanout {
	publish(message: FanoutMessage): void;
	onMessage(listener: (message: FanoutMessage) => void): void;
	close(): Promise<void>;
}

interface Wire {
	/** sending instance */
	i: string;
	k: FanoutMessage['kind'];
	p: string;
	f?: number;
	u: string[];
	/** when it was published (ms since the epoch): the receiver's fan-out lag */
	t?: number;
}

const CHANNEL = 'trienkhai:sync';

/** Fan-out over Redis pub/sub: one publishing and one subscribed connection per instance. */
export async function createRedisFanout(
	url: string,
	log: Logger,
	channel = CHANNEL,
	metrics: Pick<SyncMetrics, 'fanoutLag'> = noMetrics
): Promise<Fanout> {
	const instance = randomUUID();
	const pub = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
	const sub = new Redis(url, { lazyConnect: true });
	for (const client of [pub, sub])
		client.on('error', (error: Error) => log.warn({ err: error.message }, 'redis error'));
	await Promise.all([pub.connect(), sub.connect()]);
	await sub.subscribe(channel);
	const listeners: Array<(message: FanoutMessage) => void> = [];
	sub.on('message', (_channel: string, raw: string) => {
		let wire: Wire;
		try {
			wire = JSON.parse(raw) as Wire;
		} catch (error) {
			log.warn({ err: (error as Error).message }, 'unreadable fan-out message ignored');
			return;
		}
		if (wire.i === instance) return;
		if (wire.t !== undefined) metrics.fanoutLag((Date.now() - wire.t) / 1000);
		const bytes = wire.u.map((b) => new Uint8Array(Buffer.from(b, 'base64')));
		const message: FanoutMessage =
			wire.k === 'updates'
				? { kind: 'updates', planId: wire.p, from: wire.f ?? 0, updates: bytes }
				: { kind: 'awareness', planId: wire.p, update: bytes[0] ?? new Uint8Array() };
		for (const listener of listeners) listener(message);
	});
	return {
		publish(message) {
			const wire: Wire =
				message.kind === 'updates'
					? {
							i: instance,
							t: Date.now(),
							k: 'updates',
							p: message.planId,
							f: message.from,
							u: message.updates.map((u) => Buffer.from(u).toString('base64'))
						}
					: {
							i: instance,
							t: Date.now(),
							k: 'awareness',
							p: message.planId,
							u: [Buffer.from(message.update).toString('base64')]
						};
			// a lost message is caught up from the log by seq; never let Redis trouble reach the editing path
			pub.publish(channel, JSON.stringify(wire)).catch((error: unknown) => {
				log.warn({ err: (error as Error).message }, 'redis publish failed');
			});
		},
		onMessage(listener) {
			listeners.push(listener);
		},
		async close() {
			await Promise.allSettled([sub.quit(), pub.quit()]);
		}
	};
}
