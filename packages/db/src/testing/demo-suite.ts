import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../connect.ts';
import type { EventStore } from '../events/event-store.ts';
import { createTestDatabase, openDemoDatabase, type TestDatabase } from './test-databases.ts';

/** The demo database of one suite, readable once the suite's `beforeAll` has run. */
export interface DemoSuite {
	readonly database: Database;
	readonly db: Database['db'];
	readonly store: EventStore;
}

/**
 * Gives a vitest suite a fresh demo database of the given kind: opened, migrated and seeded before its
 * tests (then `prepare` adds what the suite needs), closed and thrown away after them.
 */
export function useDemoDatabase(
	kind: TestDatabase['name'],
	prepare?: (opened: { database: Database; store: EventStore }) => Promise<void>
): DemoSuite {
	let testDb: TestDatabase | undefined;
	let opened: { database: Database; store: EventStore } | undefined;
	const get = () => {
		if (!opened) throw new Error('the demo database is opened in beforeAll; read it inside a test');
		return opened;
	};
	beforeAll(async () => {
		testDb = createTestDatabase(kind);
		opened = await openDemoDatabase(testDb.config);
		await prepare?.(opened);
	});
	afterAll(async () => {
		await opened?.database.close();
		await testDb?.dispose();
	});
	return {
		get database() {
			return get().database;
		},
		get db() {
			return get().database.db;
		},
		get store() {
			return get().store;
		}
	};
}
