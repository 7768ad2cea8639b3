import { databaseConfigFromEnv, prepareDatabase, type PreparedDatabase } from '@trienkhai/db';
import { createImportPool, type ImportPool } from '@trienkhai/office';

/** What the web app's server code needs at run time; built once per process by the composition root. */
export interface WebRuntime {
	database: PreparedDatabase;
	/** Signs websocket tickets the sync server accepts (shared with it; SYNC_SECRET in scaled mode). */
	syncSecret: string;
	/** Worker threads that read imports (and other heavy parsing) off the request thread. */
	importPool: ImportPool;
}

// The embedded server (server/main.ts) builds the runtime before it loads the SvelteKit handler, and the
// same process's sync server shares its database: PGlite allows one owner of the data folder. The built
// handler is a separate bundle, so the hand-over goes through one well-known global key, not a module.
const RUNTIME_KEY = Symbol.for('trienkhai.web.runtime');

type RuntimeHolder = { [RUNTIME_KEY]?: Promise<WebRuntime> };

/** Hands the runtime to the SvelteKit app; called by the composition root before the first request. */
export function provideRuntime(runtime: WebRuntime): void {
	(globalThis as RuntimeHolder)[RUNTIME_KEY] = Promise.resolve(runtime);
}

/** The runtime; under `vite dev` (no composition root) it is built from the environment on first use. */
export function getRuntime(): Promise<WebRuntime> {
	const holder = globalThis as RuntimeHolder;
	holder[RUNTIME_KEY] ??= (async () => ({
		database: await prepareDatabase(databaseConfigFromEnv(process.env, process.cwd()), { demo: true }),
		syncSecret: process.env['SYNC_SECRET'] || 'dev-only-secret',
		importPool: createImportPool()
	}))();
	return holder[RUNTIME_KEY];
}
