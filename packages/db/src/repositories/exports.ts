import {
	DIRECTIVE_TYPES,
	foldVietnamese,
	formatDateVi,
	isDirectiveType,
	type Deadline,
	type IsoDate,
	type ReportGroup,
	type SignerCapacity
} from '@trienkhai/domain';
import type { Kysely } from 'kysely';
import type { Schema, UnitRow } from '../schema.ts';
import { DIRECTIVE_CITATION, directivesWithIssuer } from './listing-queries.ts';
import { getPlanWithTasks } from './plans.ts';
import { numberingOf } from './plan-numbers.ts';
import { issuedHeading, latestIssue } from './plan-issues.ts';

/**
 * A plan as its official documents show it: the heading (issuer, number, place, date, recipients, signer),
 * what it implements, its sections and its tasks with unit names. Structurally the office package's
 * `PlanExport` without `draftYear`.
 */
export interface PlanExportData {
	planId: string;
	status: 'draft' | 'issued' | 'amending';
	ownerUnitId: string;
	issuer: { name: string; parentName: string | null; kind: 'state' | 'party' };
	number: string | null;
	symbol: string;
	place: string;
	date: IsoDate | null;
	recipients: string[];
	signer: {
		capacity: SignerCapacity | null;
		collective: string;
		title: string;
		name: string;
		/** The signing block's lines as issued, when the plan was issued with a signer. */
		lines?: string[];
	};
	title: string;
	/** 'Kế hoạch số 1520/KH-UBND ngày 01/08/2024 của Ủy ban nhân dân tỉnh Quảng Bình', for reports. */
	reference: string;
	implements: string[];
	sections: { purpose: string; organisation: string };
	groups: ReportGroup[];
}

const PLACE = /(?:^|\s)(?:tỉnh|thành phố|Tỉnh ủy|Thành ủy|Huyện ủy|huyện|Thị ủy|thị xã)\s+(.+)$/u;
const CAPACITIES = new Set<string>(['T/M', 'K/T', 'T/L', 'TM.', 'KT.', 'TL.']);

/** Where the body sits, from its name: 'Ủy ban nhân dân tỉnh Quảng Bình' → 'Quảng Bình'. */
function placeOf(unit: UnitRow): string {
	return PLACE.exec(unit.name)?.[1] ?? unit.name;
}

/** The body's name under its parent line: 'Sở Khoa học và Công nghệ tỉnh Quảng Bình' → 'Sở Khoa học và Công nghệ'. */
function nameUnder(unit: UnitRow, parent: UnitRow | null): string {
	if (parent === null) return unit.name;
	const place = placeOf(unit);
	if (place === unit.name || !foldVietnamese(parent.name).includes(foldVietnamese(place))) return unit.name;
	return unit.name.replace(new RegExp(`\\s+(?:tỉnh|thành phố|Tỉnh ủy|huyện)?\\s*${place}$`, 'u'), '').trim();
}

/** The issuer code of a symbol when the directive has none: 'UBND', 'TU', 'HU', or the initials. */
function issuerCode(unit: UnitRow): string {
	const base = unit.name.replace(PLACE, '').trim() || unit.name;
	if (/^Ủy ban nhân dân/u.test(base)) return 'UBND';
	return foldVietnamese(base)
		.split(' ')
		.filter((w) => w !== '' && w !== 'va')
		.map((w) => w.charAt(0).toUpperCase())
		.join('');
}

function defaultSigner(unit: UnitRow, kind: 'state' | 'party'): PlanExportData['signer'] {
	if (/^Ủy ban nhân dân/u.test(unit.name)) {
		return { capacity: 'TM.', collective: 'Ủy ban nhân dân', title: 'Chủ tịch', name: '' };
	}
	if (kind === 'party' && /^(Tỉnh|Huyện|Thành|Thị|Đảng) ủy/u.test(unit.name)) {
		return { capacity: 'T/M', collective: 'Ban Thường vụ', title: 'Bí thư', name: '' };
	}
	return {
		capacity: null,
		collective: '',
		title: /^Sở /u.test(unit.name) ? 'Giám đốc' : 'Thủ trưởng cơ quan',
		name: ''
	};
}

function collectiveOf(unit: UnitRow, kind: 'state' | 'party'): string {
	if (/^Ủy ban nhân dân/u.test(unit.name)) return 'Ủy ban nhân dân';
	if (kind === 'party' && /^(Tỉnh|Huyện|Thành|Thị|Đảng) ủy/u.test(unit.name)) return 'Ban Thường vụ';
	return unit.name.replace(PLACE, '').trim();
}

/** A directive as cited: 'Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị'. */
function citation(d: {
	type: string;
	number: string | null;
	symbol: string | null;
	number_display: string | null;
	issued_on: string;
	issuer_name: string;
}): string {
	const type = isDirectiveType(d.type) ? DIRECTIVE_TYPES[d.type] : d.type;
	const number =
		d.number_display?.replace(/^Số:?\s*/iu, '') ??
		(d.number !== null && d.symbol !== null
			? `${d.number}${d.symbol.includes('/') ? '-' : '/'}${d.symbol}`
			: null);
	return `${type}${number ? ` số ${number}` : ''} ngày ${formatDateVi(d.issued_on)} của ${d.issuer_name}`;
}

/** The heading parts of a document a unit issues (issuer lines, symbol of a type, place, default signer). */
export interface UnitHeading {
	issuer: PlanExportData['issuer'];
	symbol: string;
	place: string;
	signer: PlanExportData['signer'];
}

function headingOf(unit: UnitRow, units: Map<string, UnitRow>, typeCode: string): UnitHeading {
	const kind = unit.kind === 'party' ? 'party' : 'state';
	const parent = unit.parent_id === null ? null : (units.get(unit.parent_id) ?? null);
	const showParent = parent !== null && parent.parent_id !== null && parent.kind !== 'other';
	return {
		issuer: {
			name: nameUnder(unit, showParent ? parent : null),
			parentName: showParent ? (kind === 'state' ? parent.short_name : parent.name) : null,
			kind
		},
		symbol: kind === 'state' ? `${typeCode}-${issuerCode(unit)}` : `${typeCode}/${issuerCode(unit)}`,
		place: placeOf(unit),
		signer: defaultSigner(unit, kind)
	};
}

/** The heading of a report ('BC') a unit sends; undefined when there is no such unit. */
export async function unitReportHeading(
	db: Kysely<Schema>,
	unitId: string
): Promise<UnitHeading | undefined> {
	return unitDocumentHeading(db, unitId, 'BC');
}

/** The heading of a document of a type ('KH', 'BC') a unit issues; undefined when there is no such unit. */
export async function unitDocumentHeading(
	db: Kysely<Schema>,
	unitId: string,
	typeCode: string
): Promise<UnitHeading | undefined> {
	const units = new Map((await db.selectFrom('units').selectAll().execute()).map((u) => [u.id, u]));
	const unit = units.get(unitId);
	return unit ? headingOf(unit, units, typeCode) : undefined;
}

/** The export data of a plan for its DOCX, XLSX and reports; undefined when there is no such plan. */
export async function planExportData(
	db: Kysely<Schema>,
	planId: string
): Promise<PlanExportData | undefined> {
	const found = await getPlanWithTasks(db, planId);
	if (!found) return undefined;
	const { plan } = found;
	const units = new Map((await db.selectFrom('units').selectAll().execute()).map((u) => [u.id, u]));
	const owner = units.get(plan.owner_unit_id);
	if (!owner) throw new Error(`plan ${planId}: owner unit ${plan.owner_unit_id} missing`);
	const kind = owner.kind === 'party' ? 'party' : 'state';
	const parent = owner.parent_id === null ? null : (units.get(owner.parent_id) ?? null);
	const showParent = parent !== null && parent.parent_id !== null && parent.kind !== 'other';
	const directive = plan.directive_id
		? await db.selectFrom('directives').selectAll().where('id', '=', plan.directive_id).executeTakeFirst()
		: undefined;
	const implemented =
		found.implementsDirectiveIds.length === 0
			? []
			: await directivesWithIssuer(db)
					.select(DIRECTIVE_CITATION)
					.where('directives.id', 'in', found.implementsDirectiveIds)
					.orderBy('directives.issued_on', 'desc')
					.execute();

	const draft = plan.status === 'draft';
	const symbol =
		directive?.symbol ?? (kind === 'state' ? `KH-${issuerCode(owner)}` : `KH/${issuerCode(owner)}`);
	const heading = {
		number: draft ? null : (directive?.number ?? null),
		symbol,
		date: draft ? null : (directive?.issued_on ?? null),
		place: directive?.place ?? placeOf(owner),
		recipients: directive?.recipients ?? [],
		signer: defaultSigner(owner, kind)
	};
	heading.signer =
		directive?.signer_title != null
			? {
					capacity:
						directive.signer_capacity !== null && CAPACITIES.has(directive.signer_capacity)
							? (directive.signer_capacity as SignerCapacity)
							: null,
					collective: collectiveOf(owner, kind),
					title: directive.signer_title,
					name: draft ? '' : (directive.signer_name ?? '')
				}
			: heading.signer;
	const issued = draft ? undefined : await latestIssue(db, planId);
	if (issued) Object.assign(heading, issuedHeading(issued, kind));
	const numberText =
		heading.number === null ? '' : ` số ${heading.number}${kind === 'state' ? '/' : '-'}${heading.symbol}`;

	// the plan's one numbering (1, 1.a …), the same as the editor and the dashboards show
	const numbering = numberingOf(found);
	const groups: ReportGroup[] = found.groups.map((g) => ({
		code: numbering.groups.get(g.id) ?? g.code,
		title: g.title,
		tasks: []
	}));
	const byId = new Map(found.groups.map((g, i) => [g.id, groups[i]]));
	const ungrouped: ReportGroup = { code: '', title: '', tasks: [] };
	for (const t of found.tasks) {
		const group = (t.group_id === null ? undefined : byId.get(t.group_id)) ?? ungrouped;
		group.tasks.push({
			id: t.id,
			code: numbering.tasks.get(t.id)?.code ?? t.code,
			content: t.content,
			leadUnitId: t.lead_unit_id,
			leadName: t.lead_short_name ?? null,
			coordinatorUnitIds: t.coordinators.map((c) => c.unitId),
			coordinatorNames: t.coordinators.map((c) => c.shortName),
			deadline: (t.deadline as Deadline | null) ?? null,
			output: t.output,
			status: t.status,
			progress: t.progress,
			completedOn: t.completed_on,
			resultReport: t.result_report,
			difficulties: t.difficulties,
			extensionRequest: t.extension_request
		});
	}
	if (ungrouped.tasks.length > 0) groups.push(ungrouped);

	return {
		planId: plan.id,
		status: plan.status,
		ownerUnitId: owner.id,
		issuer: {
			name: nameUnder(owner, showParent ? parent : null),
			parentName: showParent ? (kind === 'state' ? parent.short_name : parent.name) : null,
			kind
		},
		...heading,
		title: plan.title,
		reference: `Kế hoạch${numberText}${heading.date ? ` ngày ${formatDateVi(heading.date)}` : ''} của ${owner.name}`,
		implements: implemented.map(citation),
		sections: { purpose: plan.purpose, organisation: plan.organisation },
		groups
	};
}
