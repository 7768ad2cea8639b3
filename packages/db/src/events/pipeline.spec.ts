import { CompiledQuery } from 'kysely';
import { describe, expect, it } from 'vitest';
import { inlined } from './pipeline.ts';

const query = (text: string, parameters: unknown[]) => ({ ...CompiledQuery.raw(text), parameters });

describe('inlined', () => {
	it('puts each parameter in as a literal, $10 apart from $1', () => {
		const params = Array.from({ length: 10 }, (_, i) => `v${i + 1}`);
		expect(inlined(query('select $1, $10', params))).toBe("select 'v1', 'v10'");
	});

	it('escapes quotes and backslashes in strings', () => {
		expect(inlined(query('select $1', ["it's"]))).toBe("select 'it''s'");
		expect(inlined(query('select $1', ['a \\ b']))).toBe("select  E'a \\\\ b'");
	});

	it('writes numbers, booleans, null and instants', () => {
		const at = new Date('2026-12-07T01:02:03.000Z');
		expect(inlined(query('select $1, $2, $3, $4, $5', [-1, 2n, true, null, at]))).toBe(
			"select (-1), (2), true, null, '2026-12-07T01:02:03.000Z'"
		);
	});

	it('leaves quoted text, identifiers and comments alone', () => {
		expect(inlined(query(`select '$1 it''s', "a$1" -- $1 isn't\nfrom t where x = $1`, [5]))).toBe(
			`select '$1 it''s', "a$1" \nfrom t where x = (5)`
		);
	});

	it('refuses what it cannot write as a literal', () => {
		expect(() => inlined(query('select $1', [new Uint8Array([1])]))).toThrow(/cannot inline/);
		expect(() => inlined(query('select $2', [1]))).toThrow(/no parameter/);
		expect(() => inlined(query('select $1', [Number.NaN]))).toThrow(/cannot inline/);
	});
});
