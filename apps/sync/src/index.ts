export { defaultSyncConfig, syncConfigFromEnv, type SyncConfig } from './config.ts';
export { checkHealth, type Health } from './health.ts';
export { createHealthHandler } from './http-health.ts';
