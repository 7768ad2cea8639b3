import type { DatabaseConfig } from './config.ts';
import { openDatabase, type Database } from './connect.ts';
import type { EventStore } from './events/event-store.ts';
import { createEventStore } from './store.ts';
import { assertMigrated, migrateToLatest } from './migrate.ts';
import { demoData } from './seed/demo-data.ts';
import { loadDemoData, type DemoLoadResult } from './seed/load-demo-data.ts';
import { setDemoPasswords } from './seed/demo-passwords.ts';
import { seedSigners } from './seed/data/signers.ts';
import { ensureDemoSigners } from './seed/demo-signers.ts';

/** An open, migrated database and what the demo loader did on this start. */
export interface PreparedDatabase extends Database {
	events: EventStore;
	demo: DemoLoadResult | null;
}

/** The steps of preparing a database, in order, for a progress line each. */
export type PrepareStep = 'open' | 'migrate' | 'demo';

/**
 * Opens the database, runs migrations (or, with `migrate: false`, checks they ran), and loads the demo data
 * into an empty one (unless `demo` is false), with the demo password on the demo accounts.
 */
export async function prepareDatabase(
	config: DatabaseConfig,
	options: { demo: boolean; migrate?: boolean; onStep?: (step: PrepareStep) => void }
): Promise<PreparedDatabase> {
	options.onStep?.('open');
	const database = await openDatabase(config);
	try {
		options.onStep?.('migrate');
		if (options.migrate === false) await assertMigrated(database.db);
		else await migrateToLatest(database.db, database.schema ?? undefined);
		const events = createEventStore(database);
		if (options.demo) options.onStep?.('demo');
		const demo = options.demo ? await loadDemoData(database.db, events, demoData) : null;
		// a separate step: also gives passwords to demo accounts of a database loaded before they existed
		if (options.demo) await setDemoPasswords(database.db, demoData);
		if (options.demo) await ensureDemoSigners(database.db, seedSigners);
		return { ...database, events, demo };
	} catch (error) {
		await database.close();
		throw error;
	}
}
