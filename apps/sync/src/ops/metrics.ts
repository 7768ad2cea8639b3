import type { EventStore } from '@trienkhai/db';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * What the sync server and its rooms report, as a small interface: the server and room code call it, the
 * Prometheus registry behind it is built once in the composition root (or `noMetrics` in tests that do not
 * look).
 */
export interface SyncMetrics {
	/** A client's document update arrived. */
	updateIn(): void;
	/** `count` document updates reached editors (a frame to one editor may carry a committed batch). */
	updateOut(count: number): void;
	/** Something was refused: an update (by its deny reason), an upgrade (401, 429…), a client closed. */
	refused(reason: string): void;
	/** An append to the log finished (or failed) after `seconds`, carrying `updates` document updates. */
	appended(seconds: number, updates: number, ok: boolean): void;
	/** A fan-out message arrived `seconds` after another instance published it. */
	fanoutLag(seconds: number): void;
}

export const noMetrics: SyncMetrics = {
	updateIn: () => {},
	updateOut: () => {},
	refused: () => {},
	appended: () => {},
	fanoutLag: () => {}
};

/** What the gauges read at scrape time. */
export interface SyncGauges {
	stats(): { rooms: number; connections: number; queued: number };
}

/** The Prometheus side: a registry with the series below and Node's own (event-loop delay, heap, CPU). */
export interface PromSyncMetrics {
	registry: Registry;
	metrics: SyncMetrics;
	/** Reads rooms, connections and the write queue from the server at each scrape. */
	observe(server: SyncGauges): void;
}

export function createPromMetrics(labels: Record<string, string> = {}): PromSyncMetrics {
	const registry = new Registry();
	registry.setDefaultLabels(labels);
	// includes nodejs_eventloop_lag_seconds and the nodejs_eventloop_lag_p99_seconds family (perf_hooks)
	collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 10 });
	let server: SyncGauges | null = null;
	const read = (pick: 'rooms' | 'connections' | 'queued') => () => server?.stats()[pick] ?? 0;
	const gauge = (name: string, help: string, pick: 'rooms' | 'connections' | 'queued') =>
		new Gauge({
			name,
			help,
			registers: [registry],
			collect() {
				this.set(read(pick)());
			}
		});
	gauge('trienkhai_sync_open_rooms', 'Plan documents loaded in this instance', 'rooms');
	gauge('trienkhai_sync_connections', 'Open websocket connections', 'connections');
	gauge(
		'trienkhai_sync_flush_queue_depth',
		'Accepted updates and events waiting to be written to the log',
		'queued'
	);
	const updatesIn = new Counter({
		name: 'trienkhai_sync_updates_in_total',
		help: 'Document updates received from clients',
		registers: [registry]
	});
	const updatesOut = new Counter({
		name: 'trienkhai_sync_updates_out_total',
		help: 'Document update frames sent to clients',
		registers: [registry]
	});
	const refusals = new Counter({
		name: 'trienkhai_sync_refusals_total',
		help: 'Refused updates (by deny reason), upgrades and messages',
		labelNames: ['reason'],
		registers: [registry]
	});
	const appendSeconds = new Histogram({
		name: 'trienkhai_append_duration_seconds',
		help: 'Time of one append to the log (group commit included), from the room',
		labelNames: ['outcome'],
		buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
		registers: [registry]
	});
	const groupSize = new Histogram({
		name: 'trienkhai_append_group_updates',
		help: 'Document updates written together in one append of a room (its group commit)',
		buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256],
		registers: [registry]
	});
	const lag = new Histogram({
		name: 'trienkhai_fanout_lag_seconds',
		help: 'From publishing a fan-out message on one instance to receiving it on another',
		buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
		registers: [registry]
	});
	return {
		registry,
		observe: (s) => {
			server = s;
		},
		metrics: {
			updateIn: () => updatesIn.inc(),
			updateOut: (count) => updatesOut.inc(count),
			refused: (reason) => refusals.inc({ reason }),
			appended: (seconds, updates, ok) => {
				appendSeconds.observe({ outcome: ok ? 'ok' : 'error' }, seconds);
				if (ok) groupSize.observe(updates);
			},
			fanoutLag: (seconds) => lag.observe(Math.max(0, seconds))
		}
	};
}

/** The store a room writes through, timing each append. */
export function instrumentStore(store: EventStore, metrics: SyncMetrics): EventStore {
	return {
		...store,
		append: async (batch) => {
			const started = performance.now();
			try {
				const result = await store.append(batch);
				metrics.appended((performance.now() - started) / 1000, batch.updates?.length ?? 0, true);
				return result;
			} catch (error) {
				metrics.appended((performance.now() - started) / 1000, batch.updates?.length ?? 0, false);
				throw error;
			}
		}
	};
}
