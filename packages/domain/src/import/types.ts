import type { DirectiveType } from '../directive/directive-type.ts';
import type { IsoDate } from '../time/dates.ts';
import type { UnitKind } from '../unit/unit.ts';

/** One cell of an imported table; a merged cell appears once, with its spans. */
export interface ImportTableCell {
	text: string;
	colSpan: number;
	rowSpan: number;
}

/** A paragraph or a table of the source, in reading order; `line` is 1-based, one line per table row. */
export type ImportBlock =
	| { kind: 'paragraph'; text: string; line: number }
	| { kind: 'table'; rows: ImportTableCell[][]; line: number };

/** A document cited as implemented ('Thực hiện Quyết định số 709/QĐ-TTg ngày 23/7/2024 của …'). */
export interface ImportedCitation {
	type: DirectiveType | null;
	number: string | null;
	symbol: string | null;
	date: IsoDate | null;
	issuer: string | null;
	text: string;
}

/** A heading of the plan's outline: 'II', 'II.1', 'II.1.a'. */
export interface ImportedSection {
	code: string;
	title: string;
	line: number;
	children: ImportedSection[];
}

/** A task group (nhóm nhiệm vụ): a heading directly under the tasks section. */
export interface ImportedGroup {
	code: string;
	title: string;
	line: number;
}

/** One task as read: text, lead and coordinators as the document names them, deadline, output. */
export interface ImportedTask {
	code: string;
	groupCode: string | null;
	content: string;
	lead: string | null;
	leadUnitId: string | null;
	coordinators: string[];
	coordinatorUnitIds: (string | null)[];
	deadline: { text: string; due: IsoDate | null } | null;
	output: string | null;
	source: { line: number; endLine: number };
}

/** A unit name met as lead or coordinator, with the known unit it matches or a proposal for a new one. */
export interface ImportedUnitName {
	name: string;
	unitId: string | null;
	proposal: { name: string; shortName: string; kind: UnitKind } | null;
}

/** Another numbered document header met further down (copies 'sao y', 'sao lục', cited originals). */
export interface ImportedRelatedDocument {
	type: ImportedCitation['type'];
	number: string;
	symbol: string;
	issuer: string | null;
	date: IsoDate | null;
	line: number;
	/** 'copies' for a sao y / sao lục / BS copy, 'included' for another document bound into the same file. */
	relation: 'copies' | 'included';
}

/** The header of the imported document. */
export interface ImportedDocument {
	type: DirectiveType | null;
	number: string | null;
	symbol: string | null;
	issuer: string | null;
	parentIssuer: string | null;
	place: string | null;
	date: IsoDate | null;
	title: string | null;
	implements: ImportedCitation[];
	style: 'party' | 'state' | null;
}

/** Everything the importer read from one plan. */
export interface ImportedPlan {
	document: ImportedDocument;
	sections: ImportedSection[];
	groups: ImportedGroup[];
	narrative: { purpose: string; organisation: string };
	tasks: ImportedTask[];
	units: ImportedUnitName[];
	/** Further numbered documents in the same file (e.g. the copies of a Kết luận). */
	related: ImportedRelatedDocument[];
	lines: string[];
	warnings: string[];
}

/** The `trienkhai import --json` contract. */
export interface ImportJson {
	document: {
		type: string | null;
		number: string | null;
		symbol: string | null;
		issuer: string | null;
		date: IsoDate | null;
		title: string | null;
		implements: {
			type: string | null;
			number: string | null;
			symbol: string | null;
			date: IsoDate | null;
			issuer: string | null;
			text: string;
		}[];
	};
	tasks: {
		code: string;
		content: string;
		lead: string | null;
		coordinators: string[];
		deadline: { text: string; due: IsoDate | null } | null;
		output: string | null;
		source: { line: number };
	}[];
}
