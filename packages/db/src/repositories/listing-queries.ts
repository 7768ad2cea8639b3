import type { Kysely } from 'kysely';
import type { Schema } from '../schema.ts';

// The joins and columns directives and plans are listed with wherever they appear (the registry, a
// document's links, the cascade, an export's citations), so every list names them the same way.

/** Directives joined to the unit that issued them. */
export function directivesWithIssuer(db: Kysely<Schema>) {
	return db.selectFrom('directives').innerJoin('units', 'units.id', 'directives.issuer_unit_id');
}

/** The columns a directive is listed by: type, number, date, subject and the issuer's name. */
export const DIRECTIVE_BRIEF = [
	'directives.id',
	'directives.type',
	'directives.number_display',
	'directives.issued_on',
	'directives.subject',
	'units.name as issuer_name'
] as const;

/** The columns a directive is cited by: type, number and symbol as parts and as written, date, issuer. */
export const DIRECTIVE_CITATION = [
	'directives.id',
	'directives.type',
	'directives.number',
	'directives.symbol',
	'directives.number_display',
	'directives.issued_on',
	'units.name as issuer_name'
] as const;

/** Plans with the columns they are listed by: id, title, status and the owner unit's name. */
export function plansWithOwner(db: Kysely<Schema>) {
	return db
		.selectFrom('plans')
		.innerJoin('units', 'units.id', 'plans.owner_unit_id')
		.select(['plans.id', 'plans.title', 'plans.status', 'units.name as owner_name']);
}
