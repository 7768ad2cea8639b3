import { sql, type CompiledQuery, type Kysely, type QueryResult } from 'kysely';
import pg from 'pg';
import type { Schema } from '../schema.ts';

/*
 * Statements sent together. On PostgreSQL a round trip costs about as much as a small statement's work, so
 * the append path sends the statements whose answers it does not need (the log's write, the projections'
 * set-based writes, the COMMIT) as one simple query: one round trip, run in order by the server, and the
 * first that fails stops the rest (the transaction is then aborted, so a COMMIT behind it never runs). A
 * simple query takes no parameters, so each statement's parameters are inlined as literals (`inlined`).
 * PGlite runs in the process: there the statements go one by one.
 */

/** How a transaction sends statements: together (PostgreSQL) or one by one (PGlite). */
export type Sending = 'together' | 'one-by-one';

/** A parameter as a SQL literal; only the kinds the append path's statements carry. */
function literal(value: unknown): string {
	if (value === null || value === undefined) return 'null';
	if (typeof value === 'string') return pg.escapeLiteral(value);
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new Error(`cannot inline the number ${value}`);
		return `(${value})`;
	}
	if (typeof value === 'bigint') return `(${value.toString()})`;
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	if (value instanceof Date) return pg.escapeLiteral(value.toISOString());
	throw new Error(`cannot inline a parameter of type ${typeof value}`);
}

/**
 * The statement's text with its $n parameters replaced by literals. Quoted literals and identifiers are
 * copied as they are (a `$1` inside one is not a parameter), comments dropped; the statements carry no
 * dollar-quoted or E'' text.
 */
export function inlined(query: CompiledQuery): string {
	const text = query.sql;
	let out = '';
	let i = 0;
	while (i < text.length) {
		const c = text[i]!;
		if (c === "'" || c === '"') {
			let end = i + 1;
			for (;;) {
				end = text.indexOf(c, end);
				if (end < 0) throw new Error('unterminated quote in a statement to inline');
				if (text[end + 1] === c) end += 2;
				else break;
			}
			out += text.slice(i, end + 1);
			i = end + 1;
			continue;
		}
		if (c === '-' && text[i + 1] === '-') {
			const end = text.indexOf('\n', i);
			i = end < 0 ? text.length : end;
			continue;
		}
		const param = c === '$' ? /^\$(\d+)/.exec(text.slice(i, i + 12)) : null;
		if (param) {
			const index = Number(param[1]) - 1;
			if (index >= query.parameters.length) throw new Error(`no parameter $${index + 1}`);
			out += literal(query.parameters[index]);
			i += param[0].length;
			continue;
		}
		out += c;
		i++;
	}
	return out;
}

/**
 * Runs the statements in order in the transaction and returns the last one's result: together as one
 * simple query, or one by one.
 */
export async function sendAll(
	trx: Kysely<Schema>,
	statements: readonly CompiledQuery[],
	sending: Sending
): Promise<QueryResult<unknown>> {
	if (statements.length === 0) return { rows: [] };
	if (sending === 'one-by-one' || statements.length === 1) {
		let result: QueryResult<unknown> = { rows: [] };
		for (const statement of statements) result = await trx.executeQuery(statement);
		return result;
	}
	return sql.raw(statements.map(inlined).join(';\n')).execute(trx);
}
