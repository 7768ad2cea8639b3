import {
	DIRECTIVE_TYPES,
	documentNumberKey,
	foldVietnamese,
	formatDocumentNumber,
	isDirectiveType,
	isIsoDate,
	parseDocumentNumber,
	type DirectiveRelationKind,
	type SignerCapacity
} from '@trienkhai/domain';
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Schema } from '../schema.ts';
import { descendantDirectiveIds } from './cascade.ts';
import {
	DIRECTIVE_BRIEF,
	DIRECTIVE_CITATION,
	directivesWithIssuer,
	plansWithOwner
} from './listing-queries.ts';
import { foldedLikePattern } from './search.ts';

/** Filters of the directive registry; all optional, combined with AND. */
export interface DirectiveFilter {
	/** Every word must occur in the number, type name, subject or issuer, ignoring diacritics and case. */
	search?: string;
	/** A type code ('KL', 'QĐ' …). */
	type?: string;
	issuerUnitId?: string;
}

// The type's folded Vietnamese name, so 'ket luan 69' finds 69-KL/TW; built from the domain's list.
const typeNameSql = sql<string>`case directives.type ${sql.join(
	Object.entries(DIRECTIVE_TYPES).map(([code, name]) => sql`when ${code} then ${foldVietnamese(name)}`),
	sql` `
)} else '' end`;

/** Folded words of a search, at most 12 (longer queries are typing accidents, not searches). */
function searchWords(search: string): string[] {
	return foldVietnamese(search).split(' ').filter(Boolean).slice(0, 12);
}

/**
 * Directives with their issuer's name: the best match of the search first (type name and number in that
 * order, e.g. 'ket luan 69'), then newest first.
 */
export async function listDirectives(db: Kysely<Schema>, options: DirectiveFilter = {}) {
	const words = options.search ? searchWords(options.search) : [];
	const haystack = sql<string>`(${typeNameSql} || ' ' || coalesce(directives.number, '') || ' ' || directives.search_text || ' ' || units.search_text)`;
	const phrase = words.length > 0 ? foldedLikePattern(words.join(' ')) : null;
	let query = directivesWithIssuer(db).select([
		...DIRECTIVE_CITATION,
		'directives.place',
		'directives.subject',
		'directives.signer_name',
		'directives.signer_capacity',
		'directives.signer_title',
		'directives.issuer_unit_id'
	]);
	for (const word of words) {
		query = query.where(sql<SqlBool>`${haystack} like ${foldedLikePattern(word)}`);
	}
	if (options.type) query = query.where('directives.type', '=', options.type);
	if (options.issuerUnitId) query = query.where('directives.issuer_unit_id', '=', options.issuerUnitId);
	if (phrase !== null) {
		query = query.orderBy(sql`case when ${haystack} like ${phrase} then 0 else 1 end`);
	}
	return query.orderBy('directives.issued_on', 'desc').orderBy('directives.id').execute();
}

/** All relations between directives (implements, guides, copies, continues). */
export async function listDirectiveRelations(db: Kysely<Schema>) {
	return db.selectFrom('directive_relations').selectAll().orderBy('from_id').orderBy('to_id').execute();
}

/** One directive with its issuer, or undefined. */
export async function getDirective(db: Kysely<Schema>, id: string) {
	const row = await db
		.selectFrom('directives')
		.innerJoin('units', 'units.id', 'directives.issuer_unit_id')
		.selectAll('directives')
		.select(['units.name as issuer_name', 'units.kind as issuer_kind'])
		.where('directives.id', '=', id)
		.executeTakeFirst();
	if (!row) return undefined;
	const recipients: unknown = row.recipients;
	return {
		...row,
		recipients: Array.isArray(recipients) ? recipients.filter((r): r is string => typeof r === 'string') : []
	};
}

/** A directive as the other end of a relation shows it. */
/**
 * What links to a directive: its own relations (this one implements, guides, copies or continues
 * another), the ones pointing at it, the plans it carries (it is their own document) and the plans
 * implementing it.
 */
export async function directiveLinks(db: Kysely<Schema>, id: string) {
	// the documents at the other end of this one's relations, one way or the other
	const related = (here: 'from_id' | 'to_id', there: 'from_id' | 'to_id') =>
		directivesWithIssuer(db)
			.innerJoin('directive_relations', `directive_relations.${there}`, 'directives.id')
			.select(['directive_relations.kind', 'directive_relations.note', ...DIRECTIVE_BRIEF])
			.where(`directive_relations.${here}`, '=', id)
			.orderBy('directives.issued_on')
			.orderBy('directives.id')
			.execute();
	const [outgoing, incoming, carried, implementing] = await Promise.all([
		related('from_id', 'to_id'),
		related('to_id', 'from_id'),
		plansWithOwner(db).where('plans.directive_id', '=', id).orderBy('plans.created_at').execute(),
		plansWithOwner(db)
			.innerJoin('plan_implements', 'plan_implements.plan_id', 'plans.id')
			.where('plan_implements.directive_id', '=', id)
			.orderBy('plans.created_at')
			.execute()
	]);
	return { outgoing, incoming, carried, implementing };
}

/** Who registers: a user may register documents of their own unit or of a unit under it; admins any. */
export interface RegistryActor {
	unitId: string;
	isAdmin: boolean;
}

/** A directive to register, as typed into the form (the number as written, the date as an ISO date). */
export interface NewDirective {
	type: string;
	/** 'Số 69-KL/TW', '709/QĐ-TTg' …; '' for a document without a number. */
	number: string;
	issuerUnitId: string;
	issuedOn: string;
	place: string;
	signerName: string;
	signerCapacity: string;
	signerTitle: string;
	subject: string;
	recipients: string[];
}

/** Why a field of a new directive or relation was refused; the web maps each to a Vietnamese sentence. */
export type RegistryErrorCode =
	| 'required'
	| 'too_long'
	| 'type_invalid'
	| 'number_invalid'
	| 'number_type_mismatch'
	| 'number_taken'
	| 'issuer_missing'
	| 'issuer_not_allowed'
	| 'date_invalid'
	| 'capacity_invalid'
	| 'directive_missing'
	| 'relation_kind_invalid'
	| 'relation_self'
	| 'relation_exists'
	| 'relation_cycle'
	| 'relation_not_allowed';

/** One refused field. */
export interface RegistryError {
	field: string;
	code: RegistryErrorCode;
}

/** The outcome of a registry write: the new id, or every refused field. */
export type RegistryResult = { ok: true; id: string } | { ok: false; errors: RegistryError[] };

/** Signer capacities a directive may carry (party and state layouts). */
export const SIGNER_CAPACITIES: readonly SignerCapacity[] = ['T/M', 'K/T', 'T/L', 'TM.', 'KT.', 'TL.'];
/** The relation kinds, in the order the registry offers them. */
export const DIRECTIVE_RELATION_KINDS: readonly DirectiveRelationKind[] = [
	'implements',
	'guides',
	'copies',
	'continues'
];

const LIMITS: Record<string, number> = {
	place: 100,
	signerName: 100,
	signerTitle: 200,
	subject: 2000,
	number: 60,
	recipients: 100,
	recipient: 300,
	note: 200
};

/** The units an actor may register for: its own and every unit under it. */
async function unitsUnder(db: Kysely<Schema>, unitId: string): Promise<Set<string>> {
	const rows = await db
		.withRecursive('sub(id)', (qb) =>
			qb
				.selectFrom('units')
				.select('id')
				.where('id', '=', unitId)
				.unionAll((qb2) =>
					qb2.selectFrom('units').innerJoin('sub', 'sub.id', 'units.parent_id').select('units.id')
				)
		)
		.selectFrom('sub')
		.select('id')
		.execute();
	return new Set(rows.map((r) => r.id));
}

/** Whether the actor may register documents issued by `unitId`. */
export async function mayRegisterFor(db: Kysely<Schema>, actor: RegistryActor, unitId: string) {
	return actor.isAdmin || (await unitsUnder(db, actor.unitId)).has(unitId);
}

/**
 * Registers a directive after checking every field: the number must read as a party or state number whose
 * type code (if any) is the chosen type, and no other document of the same issuer may have it.
 */
export async function createDirective(
	db: Kysely<Schema>,
	actor: RegistryActor,
	input: NewDirective
): Promise<RegistryResult> {
	const errors: RegistryError[] = [];
	const fail = (field: string, code: RegistryErrorCode) => errors.push({ field, code });
	const type = input.type.trim();
	if (!isDirectiveType(type)) fail('type', 'type_invalid');

	const numberText = input.number.trim();
	const number = numberText === '' ? null : parseDocumentNumber(numberText);
	if (numberText.length > LIMITS['number']!) fail('number', 'too_long');
	else if (numberText !== '' && number === null) fail('number', 'number_invalid');
	else if (number !== null && number.type !== null && isDirectiveType(type) && number.type !== type) {
		fail('number', 'number_type_mismatch');
	}

	const issuer = await db
		.selectFrom('units')
		.select('id')
		.where('id', '=', input.issuerUnitId)
		.executeTakeFirst();
	if (!issuer) fail('issuerUnitId', 'issuer_missing');
	else if (!(await mayRegisterFor(db, actor, issuer.id))) fail('issuerUnitId', 'issuer_not_allowed');

	if (!isIsoDate(input.issuedOn)) fail('issuedOn', 'date_invalid');
	for (const field of ['place', 'subject'] as const) {
		if (input[field].trim() === '') fail(field, 'required');
	}
	for (const field of ['place', 'signerName', 'signerTitle', 'subject'] as const) {
		if (input[field].trim().length > LIMITS[field]!) fail(field, 'too_long');
	}
	const capacity = input.signerCapacity.trim();
	if (capacity !== '' && !(SIGNER_CAPACITIES as readonly string[]).includes(capacity)) {
		fail('signerCapacity', 'capacity_invalid');
	}
	const recipients = input.recipients.map((r) => r.trim()).filter(Boolean);
	if (recipients.length > LIMITS['recipients']! || recipients.some((r) => r.length > LIMITS['recipient']!)) {
		fail('recipients', 'too_long');
	}

	// the same number of the same issuer, however it was written ('69/KL-TW' is '69-KL/TW')
	if (number !== null && issuer && !errors.some((e) => e.field === 'number')) {
		const same = await db
			.selectFrom('directives')
			.select(['number', 'symbol', 'number_display'])
			.where('issuer_unit_id', '=', issuer.id)
			.where('number', '=', number.number)
			.execute();
		const key = documentNumberKey(number);
		const taken = same.some((row) => {
			const parsed = parseDocumentNumber(row.number_display ?? `${row.number}-${row.symbol}`);
			return parsed !== null && documentNumberKey(parsed) === key;
		});
		if (taken) fail('number', 'number_taken');
	}
	if (errors.length > 0 || !isDirectiveType(type)) return { ok: false, errors };

	const symbol =
		number === null ? null : number.year === null ? number.symbol : `${number.year}/${number.symbol}`;
	const id = `vb-${crypto.randomUUID()}`;
	const subject = input.subject.trim().replace(/\s+/g, ' ');
	await db
		.insertInto('directives')
		.values({
			id,
			type,
			number: number?.number ?? null,
			symbol,
			number_display: number === null ? null : formatDocumentNumber(number),
			issuer_unit_id: input.issuerUnitId,
			issued_on: input.issuedOn,
			place: input.place.trim(),
			signer_name: input.signerName.trim() || null,
			signer_capacity: capacity || null,
			signer_title: input.signerTitle.trim() || null,
			subject,
			recipients: JSON.stringify(recipients),
			source_file: null,
			search_text: foldVietnamese(
				[
					number
						? `${formatDocumentNumber(number, { prefix: false })} ${number.number}/${number.symbol}`
						: '',
					subject
				].join(' ')
			)
		})
		.execute();
	return { ok: true, id };
}

/** A relation to record: `fromId` implements, guides, copies or continues `toId`. */
export interface NewDirectiveRelation {
	fromId: string;
	toId: string;
	kind: string;
	note: string;
}

function isRelationKind(kind: string): kind is DirectiveRelationKind {
	return (DIRECTIVE_RELATION_KINDS as readonly string[]).includes(kind);
}

/**
 * Records a relation. The actor must be allowed to register for the issuer of `fromId` (a unit says what
 * its own documents carry out); a relation that would close a loop in the cascade is refused.
 */
export async function addDirectiveRelation(
	db: Kysely<Schema>,
	actor: RegistryActor,
	input: NewDirectiveRelation
): Promise<RegistryResult> {
	const errors: RegistryError[] = [];
	if (!isRelationKind(input.kind)) errors.push({ field: 'kind', code: 'relation_kind_invalid' });
	const note = input.note.trim();
	if (note.length > LIMITS['note']!) errors.push({ field: 'note', code: 'too_long' });
	const [from, to] = await Promise.all(
		[input.fromId, input.toId].map((id) =>
			db.selectFrom('directives').select(['id', 'issuer_unit_id']).where('id', '=', id).executeTakeFirst()
		)
	);
	if (!from) errors.push({ field: 'fromId', code: 'directive_missing' });
	if (!to) errors.push({ field: 'toId', code: 'directive_missing' });
	if (!from || !to || errors.length > 0 || !isRelationKind(input.kind)) return { ok: false, errors };
	if (from.id === to.id) return { ok: false, errors: [{ field: 'toId', code: 'relation_self' }] };
	if (!(await mayRegisterFor(db, actor, from.issuer_unit_id))) {
		return { ok: false, errors: [{ field: 'fromId', code: 'relation_not_allowed' }] };
	}
	const exists = await db
		.selectFrom('directive_relations')
		.select('kind')
		.where('from_id', '=', from.id)
		.where('to_id', '=', to.id)
		.where('kind', '=', input.kind)
		.executeTakeFirst();
	if (exists) return { ok: false, errors: [{ field: 'toId', code: 'relation_exists' }] };
	// from → to makes `from` a child of `to`: a loop when `to` already sits under `from`
	if ((await descendantDirectiveIds(db, from.id)).has(to.id)) {
		return { ok: false, errors: [{ field: 'toId', code: 'relation_cycle' }] };
	}
	await db
		.insertInto('directive_relations')
		.values({ from_id: from.id, to_id: to.id, kind: input.kind, note: note || null })
		.execute();
	return { ok: true, id: `${from.id}>${to.id}` };
}
