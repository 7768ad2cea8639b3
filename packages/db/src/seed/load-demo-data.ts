import { foldVietnamese, formatDocumentNumber, parseDeadline, parseDocumentNumber } from '@trienkhai/domain';
import type { Kysely } from 'kysely';
import type { Schema } from '../schema.ts';
import type { SeedDirective, SeedPlan, SeedRelation, SeedUnit } from './data/types.ts';

/** The demo data set: units, directives, their relations and plans, all keyed by stable slugs. */
export interface DemoData {
	units: SeedUnit[];
	directives: SeedDirective[];
	relations: SeedRelation[];
	plans: SeedPlan[];
}

/** What loading did: `loaded` is false when the database already held units and was left alone. */
export interface DemoLoadResult {
	loaded: boolean;
	units: number;
	users: number;
	directives: number;
	plans: number;
	tasks: number;
}

/**
 * Loads the demo data into an empty database, in one transaction. A database that already has units is
 * not touched; every insert also skips rows that exist, so two processes starting at once cannot clash.
 */
export async function loadDemoData(db: Kysely<Schema>, data: DemoData): Promise<DemoLoadResult> {
	return db.transaction().execute(async (trx) => {
		const existing = await trx.selectFrom('units').select('id').limit(1).executeTakeFirst();
		const result: DemoLoadResult = { loaded: false, units: 0, users: 0, directives: 0, plans: 0, tasks: 0 };
		if (existing) return result;
		result.loaded = true;

		for (const unit of parentsFirst(data.units)) {
			await trx
				.insertInto('units')
				.values({
					id: unit.key,
					name: unit.name,
					short_name: unit.shortName,
					kind: unit.kind,
					parent_id: unit.parent,
					search_text: foldVietnamese(`${unit.name} ${unit.shortName}`)
				})
				.onConflict((oc) => oc.column('id').doNothing())
				.execute();
			await trx
				.insertInto('users')
				.values({
					id: `u-${unit.key}`,
					username: unit.username,
					display_name: unit.displayName,
					unit_id: unit.key,
					password_hash: null
				})
				.onConflict((oc) => oc.column('id').doNothing())
				.execute();
			result.units++;
			result.users++;
		}

		for (const d of data.directives) {
			await trx
				.insertInto('directives')
				.values({
					id: d.key,
					type: d.type,
					number: d.number,
					symbol: d.symbol,
					number_display: displayNumber(d),
					issuer_unit_id: d.issuer,
					issued_on: d.issuedOn,
					place: d.place,
					signer_name: d.signer?.name ?? null,
					signer_capacity: d.signer?.capacity ?? null,
					signer_title: d.signer?.title ?? null,
					subject: d.subject,
					recipients: JSON.stringify(d.recipients),
					source_file: d.sourceFile,
					search_text: foldVietnamese(
						[d.number && d.symbol ? `${d.number}-${d.symbol} ${d.number}/${d.symbol}` : '', d.subject].join(
							' '
						)
					)
				})
				.onConflict((oc) => oc.column('id').doNothing())
				.execute();
			result.directives++;
		}

		for (const r of data.relations) {
			await trx
				.insertInto('directive_relations')
				.values({ from_id: r.from, to_id: r.to, kind: r.kind, note: r.note ?? null })
				.onConflict((oc) => oc.columns(['from_id', 'to_id', 'kind']).doNothing())
				.execute();
		}

		for (const plan of data.plans) {
			result.tasks += await insertPlan(trx, plan);
			result.plans++;
		}
		return result;
	});
}

async function insertPlan(trx: Kysely<Schema>, plan: SeedPlan): Promise<number> {
	await trx
		.insertInto('plans')
		.values({
			id: plan.key,
			title: plan.title,
			owner_unit_id: plan.owner,
			directive_id: plan.directive,
			status: 'issued',
			purpose: plan.purpose,
			organisation: plan.organisation,
			issued_at: null,
			search_text: foldVietnamese(plan.title)
		})
		.onConflict((oc) => oc.column('id').doNothing())
		.execute();
	for (const directiveId of plan.implements) {
		await trx
			.insertInto('plan_implements')
			.values({ plan_id: plan.key, directive_id: directiveId })
			.onConflict((oc) => oc.columns(['plan_id', 'directive_id']).doNothing())
			.execute();
	}
	let position = 0;
	for (const [groupIndex, group] of plan.groups.entries()) {
		const groupId = `${plan.key}/${group.code}`;
		await trx
			.insertInto('task_groups')
			.values({ id: groupId, plan_id: plan.key, code: group.code, title: group.title, position: groupIndex })
			.onConflict((oc) => oc.column('id').doNothing())
			.execute();
		for (const task of group.tasks) {
			const taskId = `${plan.key}/${task.code}`;
			const deadline = task.deadline ? parseDeadline(task.deadline) : null;
			await trx
				.insertInto('tasks')
				.values({
					id: taskId,
					plan_id: plan.key,
					group_id: groupId,
					code: task.code,
					position: position++,
					content: task.content,
					lead_unit_id: task.lead,
					output: task.output,
					deadline_text: deadline?.text ?? null,
					deadline_due: deadline?.due ?? null,
					deadline: deadline ? JSON.stringify(deadline) : null,
					status: 'assigned',
					completed_on: null,
					search_text: foldVietnamese(`${task.code} ${task.content}`)
				})
				.onConflict((oc) => oc.column('id').doNothing())
				.execute();
			for (const [i, unitId] of task.coordinators.entries()) {
				await trx
					.insertInto('task_coordinators')
					.values({ task_id: taskId, unit_id: unitId, position: i })
					.onConflict((oc) => oc.columns(['task_id', 'unit_id']).doNothing())
					.execute();
			}
		}
	}
	return position;
}

/**
 * The number line in its normal form ('Số 149-HD/BTGTW', 'Số: 709/QĐ-TTg'). Documents known only from a
 * citation have no number line of their own: it is built from number and symbol, in the symbol's style.
 */
function displayNumber(d: SeedDirective): string | null {
	const written =
		d.display ??
		(d.number && d.symbol ? `${d.number}${/^[^/]+-/.test(d.symbol) ? '/' : '-'}${d.symbol}` : null);
	if (written === null) return null;
	const parsed = parseDocumentNumber(written);
	return parsed ? formatDocumentNumber(parsed) : written;
}

/** Orders units so each parent is inserted before its children (the foreign key needs it). */
function parentsFirst(units: SeedUnit[]): SeedUnit[] {
	const byKey = new Map(units.map((u) => [u.key, u]));
	const done = new Set<string>();
	const out: SeedUnit[] = [];
	const visit = (u: SeedUnit, path: Set<string>) => {
		if (done.has(u.key)) return;
		if (path.has(u.key)) throw new Error(`unit parent cycle at ${u.key}`);
		path.add(u.key);
		const parent = u.parent ? byKey.get(u.parent) : undefined;
		if (u.parent && !parent) throw new Error(`unit ${u.key} has unknown parent ${u.parent}`);
		if (parent) visit(parent, path);
		done.add(u.key);
		out.push(u);
	};
	for (const u of units) visit(u, new Set());
	return out;
}
