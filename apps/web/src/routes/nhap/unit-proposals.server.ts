import { IMPORT_LIMITS, type ImportProblem } from '@trienkhai/db';
import { matchUnitName, type Unit } from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';

/*
 * Unit names of an imported plan that match no unit of the directory. For each one the user chooses: map it
 * to an existing unit, create the unit the importer proposes (fields editable), or leave its tasks without
 * that unit. Creating units changes the directory everyone assigns tasks from, so it is the unit
 * administrators' right, as on the Quản trị pages; the database checks it again when the plan is created.
 */

/** What the user does with a name the directory does not know. */
export type ProposalChoice = 'map' | 'create' | 'none';

const CHOICES: readonly string[] = ['map', 'create', 'none'] satisfies ProposalChoice[];

/** Whether a posted value is one of the choices. */
export const isProposalChoice = (v: unknown): v is ProposalChoice =>
	typeof v === 'string' && CHOICES.includes(v);

/** A unit kind as the units table stores it. */
export type UnitKind = Unit['kind'];

/** The unit the importer proposes to create for a name; every field is editable in the preview. */
export interface ProposedUnit {
	name: string;
	shortName: string;
	kind: UnitKind;
	/** An existing unit's id, '' for the top of the tree. */
	parentId: string;
}

/** A name met in the plan that matched no unit, with the user's choice for it. */
export interface UnitProposal {
	/** The name as the document writes it: the tasks that name it take the chosen unit. */
	name: string;
	choice: ProposalChoice;
	/** The existing unit chosen when `choice` is 'map' ('' while none is picked). */
	unitId: string;
	proposed: ProposedUnit;
}

/** Whether a user may create units from an import: administrators only, like on the Quản trị pages. */
export function mayCreateUnits(user: { isAdmin: boolean }): boolean {
	return user.isAdmin;
}

/**
 * The parent proposed for new units: the plan's issuer when the directory knows it (the bodies a plan
 * assigns tasks to usually sit under the body that issues it), else the parent of the importing user's unit,
 * else the top of the tree.
 */
export function proposedParentId(
	issuer: string | null,
	units: readonly Unit[],
	importerUnitId: string
): string {
	const issuing = issuer ? matchUnitName(issuer, units) : null;
	if (issuing) return issuing.id;
	return units.find((u) => u.id === importerUnitId)?.parentId ?? '';
}

/** A field of a proposed unit an error belongs to. */
export type ProposalField = keyof ProposedUnit | 'choice';

/** An error of one proposal's unit, shown next to its field and in the list at the top. */
export interface ProposalError {
	/** The proposal's `name` (as written in the document). */
	name: string;
	field: ProposalField;
	message: string;
}

const UNIT_ERRORS: Partial<Record<ImportProblem['code'], { field: ProposalField; message: () => string }>> = {
	units_not_allowed: { field: 'choice', message: m.import_unit_admin_only },
	unit_name_required: { field: 'name', message: m.import_unit_error_name_required },
	unit_name_too_long: {
		field: 'name',
		message: () => m.import_unit_error_too_long({ max: IMPORT_LIMITS.unitName })
	},
	unit_short_name_too_long: {
		field: 'shortName',
		message: () => m.import_unit_error_too_long({ max: IMPORT_LIMITS.unitShortName })
	},
	unit_kind_invalid: { field: 'kind', message: m.import_unit_error_kind_invalid },
	unit_parent_unknown: { field: 'parentId', message: m.import_unit_error_parent_unknown },
	unit_name_taken: { field: 'name', message: m.import_unit_error_name_taken },
	unit_short_name_taken: { field: 'shortName', message: m.import_unit_error_short_name_taken }
};

/**
 * The refusals that concern units to create, each attached to its proposal; `createdFor[i]` is the proposal
 * name of the i-th new unit. A refusal of unit creation as such goes to every proposal that chose it.
 */
export function proposalErrors(
	problems: readonly ImportProblem[],
	createdFor: readonly string[]
): ProposalError[] {
	const errors: ProposalError[] = [];
	for (const p of problems) {
		const known = UNIT_ERRORS[p.code];
		if (!known) continue;
		const names = p.unit === undefined ? createdFor : createdFor.slice(p.unit, p.unit + 1);
		for (const name of names) errors.push({ name, field: known.field, message: known.message() });
	}
	return errors;
}

/** Whether a problem is about a unit to create (and so shown by proposalErrors). */
export function isUnitProblem(problem: ImportProblem): boolean {
	return UNIT_ERRORS[problem.code] !== undefined;
}
