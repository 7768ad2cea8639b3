import type { Database } from './connect.ts';
import { createEventLog, type EventStore } from './events/event-store.ts';
import { READ_MODELS } from './projections/registry.ts';

/** Opens the event store on a database with this application's read models registered (READ_MODELS). */
export function createEventStore(database: Database): EventStore {
	return createEventLog(database, READ_MODELS);
}
