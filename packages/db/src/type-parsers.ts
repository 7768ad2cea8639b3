// Both dialects must hand the application the same JavaScript types. Left alone, `pg` returns int8 as a
// string and `date` as a local-time Date, and PGlite returns int8 as a bigint; one table of parsers fixes both.

const INT8_OID = 20;
const DATE_OID = 1082;

/** Parses an int8 into a number, refusing values JavaScript cannot hold exactly. */
export function parseInt8(value: string): number {
	const n = Number(value);
	if (!Number.isSafeInteger(n)) throw new RangeError(`int8 value ${value} does not fit a JavaScript number`);
	return n;
}

/** Keeps a SQL date as the 'YYYY-MM-DD' string it is, free of any time zone. */
export function parseDate(value: string): string {
	return value;
}

/** Parsers by type OID, shared by the pg pool and PGlite. */
export const typeParsers: Record<number, (value: string) => unknown> = {
	[INT8_OID]: parseInt8,
	[DATE_OID]: parseDate
};
