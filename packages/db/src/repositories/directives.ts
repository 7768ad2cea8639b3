import type { Kysely } from 'kysely';
import type { Schema } from '../schema.ts';
import { foldedLikePattern } from './search.ts';

/** Directives with their issuer's name, newest first; `search` ignores diacritics and case. */
export async function listDirectives(db: Kysely<Schema>, options: { search?: string } = {}) {
	let query = db
		.selectFrom('directives')
		.innerJoin('units', 'units.id', 'directives.issuer_unit_id')
		.select([
			'directives.id',
			'directives.type',
			'directives.number',
			'directives.symbol',
			'directives.number_display',
			'directives.issued_on',
			'directives.place',
			'directives.subject',
			'directives.signer_name',
			'directives.signer_capacity',
			'directives.signer_title',
			'directives.issuer_unit_id',
			'units.name as issuer_name'
		])
		.orderBy('directives.issued_on', 'desc')
		.orderBy('directives.id');
	if (options.search?.trim()) {
		query = query.where('directives.search_text', 'like', foldedLikePattern(options.search));
	}
	return query.execute();
}

/** All relations between directives (implements, guides, copies, continues). */
export async function listDirectiveRelations(db: Kysely<Schema>) {
	return db.selectFrom('directive_relations').selectAll().orderBy('from_id').orderBy('to_id').execute();
}
