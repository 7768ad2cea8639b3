import { randomUUID } from 'node:crypto';
import { planExportData, type Database, type EdxmlRecipient } from '@trienkhai/db';
import { edxmlOrgan, serialiseEdxmlPackage, writeWireDate, type EdxmlPackage } from '@trienkhai/domain';
import { renderPlanDocx } from '@trienkhai/office';

type Db = Database['db'];

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Why a plan cannot be packaged. */
export type PlanPackageRefusal = 'not_found' | 'not_issued' | 'no_code' | 'no_recipients';

export interface PlanPackage {
	id: string;
	pkg: EdxmlPackage;
	xml: string;
	fileName: string;
	recipients: EdxmlRecipient[];
	/** Units of the plan that have no code: not addressed, named so the owner can fix the directory. */
	withoutCode: string[];
}

/** The units a plan addresses: every lead and coordinating unit but the owner, with their codes. */
async function recipientsOf(db: Db, planId: string, ownerUnitId: string) {
	const ids = new Set<string>();
	const tasks = await db
		.selectFrom('tasks')
		.select(['id', 'lead_unit_id'])
		.where('plan_id', '=', planId)
		.execute();
	for (const t of tasks) if (t.lead_unit_id) ids.add(t.lead_unit_id);
	const coordinators = await db
		.selectFrom('task_coordinators')
		.innerJoin('tasks', 'tasks.id', 'task_coordinators.task_id')
		.select('task_coordinators.unit_id')
		.where('tasks.plan_id', '=', planId)
		.execute();
	for (const c of coordinators) ids.add(c.unit_id);
	ids.delete(ownerUnitId);
	if (ids.size === 0) return [];
	return db
		.selectFrom('units')
		.select(['id', 'name', 'organ_id', 'organ_in_charge'])
		.where('id', 'in', [...ids])
		.orderBy('name')
		.execute();
}

/**
 * The edXML package of an issued plan: the header from the plan (its registered document's number, date,
 * place, signer and recipients when it has one; the plan's title as subject), the plan's DOCX in its
 * official layout as the attachment, and a trace header for this system. A plan without a registered
 * document has no number yet: the package says so with an empty CodeNumber (numbering is not done here).
 */
export async function buildPlanPackage(
	db: Db,
	planId: string,
	now: Date
): Promise<{ ok: true; value: PlanPackage } | { ok: false; refused: PlanPackageRefusal }> {
	const data = await planExportData(db, planId);
	if (!data) return { ok: false, refused: 'not_found' };
	if (data.status !== 'issued') return { ok: false, refused: 'not_issued' };
	const owner = await db
		.selectFrom('units')
		.selectAll()
		.where('id', '=', data.ownerUnitId)
		.executeTakeFirst();
	if (!owner?.organ_id) return { ok: false, refused: 'no_code' };
	const units = await recipientsOf(db, planId, data.ownerUnitId);
	const coded = units.filter((u) => u.organ_id);
	if (coded.length === 0) return { ok: false, refused: 'no_recipients' };
	const date = data.date ?? now.toISOString().slice(0, 10);
	const notation = data.symbol;
	const written = data.number ? `${data.number}${/^[^/]+-/.test(notation) ? '/' : '-'}${notation}` : notation;
	const docx = await renderPlanDocx({ ...data, draftYear: Number(date.slice(0, 4)) });
	const id = randomUUID();
	const fileName = `${owner.organ_id}_${date.replaceAll('-', '')}_${id.slice(0, 8)}.edxml`;
	const pkg: EdxmlPackage = {
		kind: 'package',
		header: {
			from: edxmlOrgan(owner.organ_id, owner.name, owner.organ_in_charge || owner.name),
			to: coded.map((u) => edxmlOrgan(u.organ_id ?? '', u.name, u.organ_in_charge || u.name)),
			documentId: `${owner.organ_id},${writeWireDate(date)},${written},${id}`,
			codeNumber: data.number ?? '',
			codeNotation: notation,
			place: data.place,
			promulgationDate: date,
			documentType: '1',
			documentTypeName: 'Kế hoạch',
			subject: data.title,
			content: data.title,
			signer: {
				competence: data.signer.capacity ?? '',
				position: data.signer.title,
				fullName: data.signer.name
			},
			dueDate: null,
			toPlaces: data.recipients,
			priority: '0',
			steeringType: '0',
			responseFor: []
		},
		traces: [{ organId: owner.organ_id, timestamp: now.toISOString() }],
		attachments: [
			{
				contentId: `${id}-1`,
				name: 'ke-hoach.docx',
				contentType: DOCX_TYPE,
				description: data.title,
				bytes: docx
			}
		]
	};
	return {
		ok: true,
		value: {
			id,
			pkg,
			xml: serialiseEdxmlPackage(pkg),
			fileName,
			recipients: coded.map((u) => ({ unitId: u.id, organId: u.organ_id ?? '', name: u.name })),
			withoutCode: units.filter((u) => !u.organ_id).map((u) => u.name)
		}
	};
}
