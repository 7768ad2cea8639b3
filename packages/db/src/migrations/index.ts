import type { Migration } from 'kysely/migration';
import * as foundation from './2026-11-22-01-foundation.ts';

// Listed by hand rather than read from the folder, so a bundled server finds them too. Names sort by date.
export const migrations: Record<string, Migration> = {
	'2026-11-22-01-foundation': foundation
};
