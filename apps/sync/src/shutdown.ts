import type http from 'node:http';
import type { Logger } from 'pino';

/** What a server process closes, in order, when it is told to stop. */
export interface ShutdownParts {
	log: Logger;
	server: http.Server;
	/** Flushes open plans to the log and closes their sockets. */
	sync: { close(): Promise<void> };
	fanout: { close(): Promise<void> } | null;
	database: { close(): Promise<void> };
	/** After this long the process exits anyway, with code 1. */
	graceMs: number;
}

/**
 * On SIGINT/SIGTERM: stop accepting, flush every open plan to the log, close Redis and the database, exit 0
 * (1 when something failed or the grace period ran out). Shared by the standalone and embedded servers.
 */
export function exitGracefullyOnSignals(parts: ShutdownParts): void {
	const shutdown = (signal: string) => {
		parts.log.info({ signal }, 'shutting down: flushing plans to the log');
		setTimeout(() => process.exit(1), parts.graceMs).unref();
		parts.server.close();
		parts.server.closeIdleConnections();
		parts.sync
			.close()
			.then(() => parts.fanout?.close())
			.then(() => parts.database.close())
			.then(
				() => process.exit(0),
				(error: unknown) => {
					parts.log.error({ err: error }, 'shutdown failed');
					process.exit(1);
				}
			);
	};
	process.once('SIGINT', () => shutdown('SIGINT'));
	process.once('SIGTERM', () => shutdown('SIGTERM'));
}
