/**
 * Shapes of the demo data taken from the seed documents (packages/domain/src/import/fixtures/seeds).
 * Self-contained on purpose: the data files import nothing but these types.
 */

export type SeedUnitKind = 'party' | 'state' | 'other';

/** A body (cơ quan, đơn vị; cấp ủy). `parent` is another unit's key; each unit gets one demo user. */
export interface SeedUnit {
	key: string;
	name: string;
	shortName: string;
	kind: SeedUnitKind;
	parent: string | null;
	username: string;
	displayName: string;
}

/**
 * How one directive stands to another: `implements` (a plan or letter carrying it out), `guides`
 * (hướng dẫn), `copies` (sao y, sao lục, sao gửi), `continues` (tiếp tục thực hiện).
 */
export type SeedRelationKind = 'implements' | 'guides' | 'copies' | 'continues';

export interface SeedDirective {
	key: string;
	/** Code: NQ KL CT QĐ KH CTr HD CV BC TB BS (party copy) … */
	type: string;
	/** '69' */
	number: string | null;
	/** 'KL/TW', 'QĐ-TTg', 'CV/TU', 'BS/VPTU' */
	symbol: string | null;
	/** Exactly as the document writes its number line: 'Số 69-KL/TW', 'Số: 709/QĐ-TTg'. */
	display: string | null;
	/** SeedUnit key. */
	issuer: string;
	/** 'YYYY-MM-DD' */
	issuedOn: string;
	/** 'Hà Nội', 'Long An' … */
	place: string;
	signer: { name: string; capacity: 'T/M' | 'K/T' | 'T/L' | 'TM.' | 'KT.' | 'TL.' | null; title: string } | null;
	/** Trích yếu. */
	subject: string;
	/** Kính gửi and Nơi nhận lines, without the leading '- '. */
	recipients: string[];
	/** Seed file name when the document text is in the seeds. */
	sourceFile: string | null;
}

export interface SeedRelation {
	from: string;
	to: string;
	kind: SeedRelationKind;
	note?: string;
}

export interface SeedTask {
	code: string;
	content: string;
	/** Lead unit (chủ trì), a SeedUnit key. */
	lead: string | null;
	/** Coordinating units (phối hợp), SeedUnit keys only; generic phrases stay in `content`. */
	coordinators: string[];
	/** The wording of the deadline as written ('chậm nhất ngày 27/02/2024', 'Thường xuyên'), or null. */
	deadline: string | null;
	/** Expected product named by the text (Đề án, Báo cáo, Kế hoạch …), or null. */
	output: string | null;
}

export interface SeedTaskGroup {
	code: string;
	title: string;
	tasks: SeedTask[];
}

export interface SeedPlan {
	key: string;
	title: string;
	/** SeedUnit key of the owner unit. */
	owner: string;
	/** SeedDirective key of the document that carries the plan, if any. */
	directive: string | null;
	/** SeedDirective keys of the directives the plan implements. */
	implements: string[];
	purpose: string;
	organisation: string;
	groups: SeedTaskGroup[];
	/** The opening paragraph before section I ("Thực hiện … ban hành Kế hoạch … như sau:"), when there is one. */
	preamble?: string;
}
