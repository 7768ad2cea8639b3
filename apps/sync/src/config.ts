import type { PresenceLimits } from './presence-limit.ts';

/** Every limit and default of the sync server in one place; `syncConfigFromEnv` overrides a few from the environment. */
export interface SyncConfig extends PresenceLimits {
	/** Port of the standalone server (the embedded one shares the web port). */
	port: number;
	host: string;
	/** Path the websocket upgrade is served on. */
	path: string;
	/** Largest websocket message accepted, in bytes. */
	maxMessageBytes: number;
	/** Open sockets one user may hold at once. */
	maxConnectionsPerUser: number;
	/** Bytes buffered for one slow client before it is closed. */
	maxBufferedBytes: number;
	/** A plan document with no client for this long is unloaded from memory. */
	idleUnloadMs: number;
	/** Time a shutdown waits for writes to flush. */
	shutdownGraceMs: number;
	/** Redis URL that turns on cross-instance fan-out; null = single instance. */
	redisUrl: string | null;
	/** Typing by one user in one text within this window is logged as one event. */
	textWindowMs: number;
	/**
	 * How long a busy room's writer waits before an append whose batch is still small (log-writer.ts): what
	 * arrives meanwhile goes in the same batch, and an append costs about the same for one update as for fifty.
	 */
	writeLingerMs: number;
	/** A document snapshot is stored after this many updates. */
	snapshotEvery: number;
	/**
	 * A change notice of the log announcing updates the fan-out has not brought after this long makes the
	 * plan read them from the log (a lost last Redis message).
	 */
	catchUpDelayMs: number;
	/**
	 * Bytes of updates one user may store in one plan's log per hour; the log can never be cleaned, so an
	 * update over the budget is refused (CLOSE.refused).
	 */
	maxUpdateBytesPerUserHour: number;
}

/** The defaults, spelled out. */
export const defaultSyncConfig: SyncConfig = {
	port: 1234,
	host: '127.0.0.1',
	path: '/sync',
	maxMessageBytes: 1024 * 1024,
	maxConnectionsPerUser: 20,
	maxBufferedBytes: 4 * 1024 * 1024,
	idleUnloadMs: 60_000,
	shutdownGraceMs: 10_000,
	redisUrl: null,
	textWindowMs: 3000,
	writeLingerMs: 20,
	snapshotEvery: 500,
	catchUpDelayMs: 250,
	// a presence state is a name, a unit, a task id and a cursor: a few hundred bytes
	maxPresenceBytes: 8 * 1024,
	// a caret follows typing (the editor sends at most 10 a second) and focus changes: bursts of legitimate
	// presence are far above one per second, a flood far above these
	presencePerSecond: 60,
	presenceBurst: 120,
	maxUpdateBytesPerUserHour: 4 * 1024 * 1024
};

/** Reads SYNC_PORT, SYNC_HOST and REDIS_URL over the defaults; throws on a malformed port. */
export function syncConfigFromEnv(env: Record<string, string | undefined>): SyncConfig {
	const config = { ...defaultSyncConfig };
	const port = env['SYNC_PORT'];
	if (port !== undefined && port !== '') {
		const n = Number(port);
		if (!Number.isInteger(n) || n < 0 || n > 65535)
			throw new Error(`SYNC_PORT is not a port number: ${port}`);
		config.port = n;
	}
	if (env['SYNC_HOST']) config.host = env['SYNC_HOST'];
	if (env['REDIS_URL']) config.redisUrl = env['REDIS_URL'];
	const linger = env['SYNC_WRITE_LINGER_MS'];
	if (linger !== undefined && linger !== '') {
		const ms = Number(linger);
		if (!Number.isFinite(ms) || ms < 0 || ms > 1000)
			throw new Error(`SYNC_WRITE_LINGER_MS is not 0–1000 ms: ${linger}`);
		config.writeLingerMs = ms;
	}
	return config;
}
