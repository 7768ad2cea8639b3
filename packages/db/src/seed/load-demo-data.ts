import {
	foldVietnamese,
	formatDocumentNumber,
	parseDeadline,
	parseDocumentNumber,
	type EventInput
} from '@trienkhai/domain';
import type { Kysely } from 'kysely';
import type { EventStore } from '../events/event-store.ts';
import type { Schema } from '../schema.ts';
import type { SeedDirective, SeedPlan, SeedRelation, SeedUnit } from './data/types.ts';
import { seedOrganIds } from './data/organ-ids.ts';

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
 * Plans are written through the event log, so they have a history and replay rebuilds them.
 */
export async function loadDemoData(
	db: Kysely<Schema>,
	store: EventStore,
	data: DemoData
): Promise<DemoLoadResult> {
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
					search_text: foldVietnamese(`${unit.name} ${unit.shortName}`),
					organ_id: seedOrganIds[unit.key]?.organId ?? null,
					organ_in_charge: seedOrganIds[unit.key]?.inCharge ?? ''
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

		const issuedOn = new Map(data.directives.map((d) => [d.key, d.issuedOn]));
		for (const plan of data.plans) {
			// A fresh database has no stream for the plan: this cannot conflict, and the log says who wrote it.
			await store.execute(plan.key, () => ({ events: planEvents(plan, issuedOn), value: null }), { trx });
			result.tasks += plan.groups.reduce((n, g) => n + g.tasks.length, 0);
			result.plans++;
		}
		return result;
	});
}

/**
 * The events that write a seed plan as its owner would have: create the draft, write sections I and III,
 * the task groups and tasks of section II, then issue it, all on the day of the plan's document.
 */
export function planEvents(plan: SeedPlan, issuedOn: ReadonlyMap<string, string>): EventInput[] {
	const day = (plan.directive && issuedOn.get(plan.directive)) ?? '2024-01-02';
	const at = new Date(`${day}T08:00:00+07:00`).toISOString();
	const base = { userId: `u-${plan.owner}`, unitId: plan.owner, occurredAt: at };
	const events: EventInput[] = [
		{
			...base,
			taskId: null,
			type: 'PlanCreated',
			data: {
				title: plan.title,
				ownerUnitId: plan.owner,
				implementsDirectiveIds: plan.implements,
				documentId: plan.directive
			}
		},
		{
			...base,
			taskId: null,
			type: 'PlanSectionEdited',
			data: { section: 'purpose', from: '', to: plan.purpose }
		},
		{
			...base,
			taskId: null,
			type: 'PlanSectionEdited',
			data: { section: 'organisation', from: '', to: plan.organisation }
		}
	];
	for (const [groupIndex, group] of plan.groups.entries()) {
		const groupId = `${plan.key}/${group.code}`;
		events.push({
			...base,
			taskId: null,
			type: 'TaskGroupCreated',
			data: { groupId, code: group.code, title: group.title, index: groupIndex }
		});
		for (const [index, task] of group.tasks.entries()) {
			events.push({
				...base,
				taskId: `${plan.key}/${task.code}`,
				type: 'TaskCreated',
				data: {
					groupId,
					index,
					code: task.code,
					content: task.content,
					leadUnitId: task.lead,
					coordinatorUnitIds: task.coordinators,
					deadline: task.deadline ? parseDeadline(task.deadline) : null,
					output: task.output
				}
			});
		}
	}
	events.push({ ...base, taskId: null, type: 'PlanIssued', data: { revision: 1 } });
	return events;
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
