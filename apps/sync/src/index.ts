export { defaultSyncConfig, syncConfigFromEnv, type SyncConfig } from './config.ts';
export { checkHealth, type Health } from './health.ts';
export { createHealthHandler } from './http-health.ts';
export { CLOSE, CLOSE_REASONS_VI, type CloseCode } from './close-codes.ts';
export { issueTicket, randomSecret, verifyTicket, type Identity, type TicketClaims } from './ticket.ts';
export {
	createSyncServer,
	ticketAuthenticator,
	type AccessWatch,
	type Authenticate,
	type SyncServer
} from './sync-server.ts';
export { databaseAccessWatch, sessionTicketAuthenticator } from './session-tickets.ts';
export { createRedisFanout, type Fanout } from './fanout.ts';
export { MESSAGE, decodeSaved } from './protocol.ts';
export { DENY_REASONS_VI } from './denial-messages.ts';
export { exitGracefullyOnSignals, type ShutdownParts } from './shutdown.ts';
export { startCheckpointSignerFromEnv } from './ops/checkpoint-signer.ts';
export { createPromMetrics, noMetrics, type SyncMetrics, type PromSyncMetrics } from './ops/metrics.ts';
export { createOpsHandler } from './ops/http-ops.ts';
export { loadPlan, type LoadedPlan } from './room-load.ts';
