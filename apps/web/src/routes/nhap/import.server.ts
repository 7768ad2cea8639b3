import {
	IMPORT_LIMITS,
	listDirectives,
	listUnits,
	type Database,
	type ImportPlanInput,
	type ImportProblem
} from '@trienkhai/db';
import {
	documentNumberKey,
	formatDocumentNumber,
	issuerFullName,
	parseDocumentNumber,
	titleInSentenceCase,
	type ImportedDocument,
	type ImportedPlan
} from '@trienkhai/domain';
import type { ImportPool } from '@trienkhai/office';
import { issuerUnitsFirst } from './issuer-units.ts';
import { m } from '#lib/paraglide/messages.js';
import { ImportReadError, importProblemMessage, type ImportSource } from './import-read.server.ts';
import {
	isProposalChoice,
	isUnitProblem,
	proposedParentId,
	type UnitProposal
} from './unit-proposals.server.ts';

/** What the preview shows and the user edits; plain JSON, posted back on confirm. */
export interface ImportDraft {
	title: string;
	number: string | null;
	issuer: string | null;
	date: string | null;
	documentId: string | null;
	implementsDirectiveIds: string[];
	citations: Array<{ text: string; directiveId: string | null }>;
	purpose: string;
	organisation: string;
	groups: Array<{ code: string; title: string }>;
	tasks: Array<{
		key: string;
		code: string;
		groupCode: string | null;
		content: string;
		lead: string | null;
		leadUnitId: string;
		coordinators: string[];
		coordinatorUnitIds: string[];
		deadline: string;
		output: string;
		line: number;
		endLine: number;
	}>;
	/** Names the importer did not match, each listed once, with the user's choice for it. */
	proposals: UnitProposal[];
	lines: string[];
	warnings: string[];
}

/** Names a capitals title writes with capitals: the place of the header and the issuer's place. */
function placeNames(doc: ImportedDocument): string[] {
	const issuer = doc.issuer === null ? '' : issuerFullName(doc.issuer);
	const place = /(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn) (.+)$/u.exec(issuer)?.[1];
	return [doc.place, place].filter((n): n is string => n != null && n !== '');
}

/** The registry entry a number names, however it is written. */
function matcher(directives: Awaited<ReturnType<typeof listDirectives>>) {
	const byKey = new Map<string, string>();
	for (const d of directives) {
		const parsed = parseDocumentNumber(d.number_display ?? '');
		if (parsed) byKey.set(documentNumberKey(parsed), d.id);
	}
	return (number: string | null, symbol: string | null): string | null => {
		if (!number || !symbol) return null;
		const written = `${number}${/^[^/]+-/.test(symbol) ? '/' : '-'}${symbol}`;
		const parsed = parseDocumentNumber(written);
		return parsed ? (byKey.get(documentNumberKey(parsed)) ?? null) : null;
	};
}

/**
 * Reads a plan in the import pool's worker threads (never on the request thread) and turns it into the
 * editable preview, matched against the units and the registry; a name no unit matches gets a proposed new
 * unit (see unit-proposals.server.ts), to be created only if the user chooses so. A file that cannot be read,
 * passes a limit or takes too long is an ImportReadError in Vietnamese.
 */
export async function draftFromSource(
	db: Database['db'],
	pool: ImportPool,
	source: ImportSource,
	importer: { unitId: string; issuerUnitId?: string | null }
): Promise<ImportDraft> {
	const [listed, directives] = await Promise.all([listUnits(db), listDirectives(db)]);
	// names are matched first against the issuer's own tree when it is known (an edXML package's sender)
	const units = importer.issuerUnitId ? issuerUnitsFirst(listed, importer.issuerUnitId) : listed;
	const options = {
		units: units.map((u) => ({
			id: u.id,
			name: u.name,
			shortName: u.short_name,
			kind: u.kind,
			parentId: u.parent_id
		}))
	};
	const read = await pool.read({ source, units: options.units, maxTasks: IMPORT_LIMITS.tasks });
	if (!read.ok) throw new ImportReadError(importProblemMessage(read.problem));
	const plan: ImportedPlan = read.plan;
	const find = matcher(directives);
	const doc = plan.document;
	const citations = doc.implements.map((c) => ({ text: c.text, directiveId: find(c.number, c.symbol) }));
	const numberOf = () => {
		if (!doc.number || !doc.symbol) return null;
		const parsed = parseDocumentNumber(`${doc.number}${/^[^/]+-/.test(doc.symbol) ? '/' : '-'}${doc.symbol}`);
		return parsed ? formatDocumentNumber(parsed) : `${doc.number}-${doc.symbol}`;
	};
	return {
		title: titleInSentenceCase((doc.title ?? '').replace(/\s+/g, ' ').trim(), placeNames(doc)),
		number: numberOf(),
		issuer: doc.issuer === null ? null : issuerFullName(doc.issuer, plan.lines),
		date: doc.date,
		documentId: find(doc.number, doc.symbol),
		implementsDirectiveIds: [
			...new Set(citations.map((c) => c.directiveId).filter((id): id is string => id !== null))
		],
		citations,
		purpose: plan.narrative.purpose,
		organisation: plan.narrative.organisation,
		groups: plan.groups.map((g) => ({ code: g.code, title: g.title })),
		tasks: plan.tasks.map((t, i) => ({
			key: `t${i}`,
			code: t.code,
			groupCode: t.groupCode,
			content: t.content,
			lead: t.lead,
			leadUnitId: t.leadUnitId ?? '',
			coordinators: t.coordinators,
			coordinatorUnitIds: t.coordinatorUnitIds.map((id) => id ?? ''),
			deadline: t.deadline?.text ?? '',
			output: t.output ?? '',
			line: t.source.line,
			endLine: t.source.endLine
		})),
		proposals: proposalsOf(plan, proposedParentId(doc.issuer, options.units, importer.unitId)),
		lines: plan.lines,
		warnings: plan.warnings
	};
}

/** Each unmatched name once, left unassigned until the user chooses, with the unit proposed for it. */
function proposalsOf(plan: ImportedPlan, parentId: string): UnitProposal[] {
	const seen = new Set<string>();
	const out: UnitProposal[] = [];
	for (const u of plan.units) {
		if (u.unitId !== null || seen.has(u.name)) continue;
		seen.add(u.name);
		out.push({
			name: u.name,
			choice: 'none',
			unitId: '',
			proposed: {
				name: u.proposal?.name ?? u.name,
				shortName: u.proposal?.shortName ?? u.name,
				kind: u.proposal?.kind ?? 'other',
				parentId
			}
		});
	}
	return out;
}

const isString = (v: unknown): v is string => typeof v === 'string';
/** A posted text field; anything that is not a string counts as empty. */
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** What a confirmed draft asks for: the plan, and for each new unit (by index) the proposal it came from. */
export interface ConfirmedDraft {
	input: ImportPlanInput;
	/** `createdFor[i]` is the proposal name of `input.newUnits[i]`. */
	createdFor: string[];
}

/**
 * How the tasks take the units chosen for unmatched names: name → existing unit id or new unit id; and the
 * new units asked for, each with a fresh id from `newId`.
 */
function resolveProposals(
	raw: unknown,
	newId: () => string
): { byName: Map<string, string>; newUnits: NonNullable<ImportPlanInput['newUnits']>; createdFor: string[] } {
	const byName = new Map<string, string>();
	const newUnits: NonNullable<ImportPlanInput['newUnits']> = [];
	const createdFor: string[] = [];
	for (const p of Array.isArray(raw) ? raw : []) {
		if (!isRecord(p) || !isString(p['name']) || byName.has(p['name'])) continue;
		const choice = isProposalChoice(p['choice']) ? p['choice'] : 'none';
		if (choice === 'map' && isString(p['unitId']) && p['unitId']) byName.set(p['name'], p['unitId']);
		if (choice === 'create' && isRecord(p['proposed'])) {
			const u = p['proposed'];
			const id = newId();
			byName.set(p['name'], id);
			createdFor.push(p['name']);
			newUnits.push({
				id,
				name: str(u['name']),
				shortName: str(u['shortName']),
				kind: str(u['kind']),
				parentId: str(u['parentId']) || null
			});
		}
	}
	return { byName, newUnits, createdFor };
}

/**
 * The confirmed draft (posted as JSON) as the plan to create, with the units to create for the names the
 * user chose so (ids from `newId`); null when it is not a draft at all.
 */
export function planFromDraft(json: string, newId: () => string): ConfirmedDraft | null {
	let raw: unknown;
	try {
		raw = JSON.parse(json);
	} catch {
		return null;
	}
	if (
		!isRecord(raw) ||
		!isString(raw['title']) ||
		!Array.isArray(raw['tasks']) ||
		!Array.isArray(raw['groups'])
	) {
		return null;
	}
	const { byName: proposals, newUnits, createdFor } = resolveProposals(raw['proposals'], newId);
	const groups = raw['groups']
		.filter(isRecord)
		.map((g) => ({ code: str(g['code']), title: str(g['title']) }));
	const codes = new Set(groups.map((g) => g.code));
	const tasks: ImportPlanInput['tasks'] = [];
	for (const t of raw['tasks']) {
		if (!isRecord(t)) return null;
		const names = Array.isArray(t['coordinators']) ? t['coordinators'].filter(isString) : [];
		const ids = Array.isArray(t['coordinatorUnitIds'])
			? t['coordinatorUnitIds'].map((v) => (isString(v) ? v : ''))
			: [];
		// a coordinator the importer did not know takes the unit chosen for its name (existing or new)
		const coordinatorUnitIds = names
			.map((name, i) => ids[i] || proposals.get(name) || '')
			.concat(ids.slice(names.length))
			.filter(Boolean);
		const lead = isString(t['lead']) ? t['lead'] : null;
		const groupCode = isString(t['groupCode']) && codes.has(t['groupCode']) ? t['groupCode'] : null;
		tasks.push({
			code: str(t['code']),
			groupCode,
			content: str(t['content']),
			leadUnitId:
				(isString(t['leadUnitId']) && t['leadUnitId']) || (lead ? (proposals.get(lead) ?? null) : null),
			coordinatorUnitIds: [...new Set(coordinatorUnitIds)],
			deadline: str(t['deadline']),
			output: str(t['output'])
		});
	}
	const input: ImportPlanInput = {
		title: raw['title'],
		documentId: isString(raw['documentId']) && raw['documentId'] ? raw['documentId'] : null,
		implementsDirectiveIds: Array.isArray(raw['implementsDirectiveIds'])
			? raw['implementsDirectiveIds'].filter(isString).filter(Boolean)
			: [],
		purpose: str(raw['purpose']),
		organisation: str(raw['organisation']),
		groups,
		tasks,
		newUnits
	};
	return { input, createdFor };
}

const PROBLEMS: Partial<Record<ImportProblem['code'], () => string>> = {
	title_required: m.import_problem_title_required,
	no_tasks: m.import_problem_no_tasks,
	too_many: m.import_problem_too_many,
	too_long: m.import_problem_too_long,
	content_required: m.import_problem_content_required,
	unknown_unit: m.import_problem_unknown_unit,
	unknown_directive: m.import_problem_unknown_directive,
	unknown_group: m.import_problem_unknown_group,
	duplicate_group: m.import_problem_duplicate_group
};

/**
 * Each refusal but those of new units (proposalErrors places these beside their fields) as a Vietnamese
 * sentence naming the task (by its code) when there is one.
 */
export function problemMessages(problems: readonly ImportProblem[], input: ImportPlanInput): string[] {
	return problems
		.filter((p) => !isUnitProblem(p))
		.map((p) => {
			const text = PROBLEMS[p.code]?.() ?? m.import_problems();
			const task = p.task === null ? undefined : input.tasks[p.task];
			return task
				? m.import_problem_task({ code: task.code || String((p.task ?? 0) + 1), problem: text })
				: text;
		});
}
