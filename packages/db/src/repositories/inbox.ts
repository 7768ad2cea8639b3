import { formatRegisterNumber, type Actor } from '@trienkhai/domain';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../connect.ts';
import type { EventStore } from '../events/event-store.ts';
import type { Schema } from '../schema.ts';
import { createPlanFromImport, type ImportPlanResult } from './import-plan.ts';
import { getPlanWithTasks } from './plans.ts';
import { numberingOf } from './plan-numbers.ts';

/** An issued plan in a recipient unit's inbox, with how far the unit has taken it. */
export interface InboxEntry {
	planId: string;
	revision: number;
	documentId: string;
	title: string;
	issuerName: string;
	/** '01/KH-UBND' */
	number: string;
	issuedOn: string;
	deliveredAt: string;
	receivedAt: string | null;
	assignedUserName: string | null;
	/** Tasks of the plan this unit leads or coordinates. */
	tasks: number;
	/** The unit's own plan implementing it, if started. */
	followUp: { planId: string; status: string } | null;
}

/** The inbox (văn bản đến) of a unit: issued plans sent to it, newest first. */
export async function unitInbox(db: Kysely<Schema>, unitId: string): Promise<InboxEntry[]> {
	const rows = await db
		.selectFrom('inbox_items as i')
		.innerJoin('plans as p', 'p.id', 'i.plan_id')
		.innerJoin('units as o', 'o.id', 'p.owner_unit_id')
		.innerJoin('plan_issues as pi', (j) =>
			j.onRef('pi.plan_id', '=', 'i.plan_id').onRef('pi.revision', '=', 'i.revision')
		)
		.select([
			'i.plan_id',
			'i.revision',
			'i.document_id',
			'p.title',
			'o.name as issuer_name',
			'pi.number',
			'pi.symbol',
			'pi.issued_on',
			'i.delivered_at',
			'i.received_at',
			'i.assigned_user_name',
			sql<number>`(select count(*)::int4 from tasks t where t.plan_id = i.plan_id and (t.lead_unit_id = i.unit_id
				or exists (select 1 from task_coordinators c where c.task_id = t.id and c.unit_id = i.unit_id)))`.as('tasks'),
			sql<string | null>`(select f.id from plans f join plan_implements fi on fi.plan_id = f.id
				where f.owner_unit_id = i.unit_id and fi.directive_id = i.document_id order by f.created_at limit 1)`.as(
				'follow_up_id'
			),
			sql<string | null>`(select f.status from plans f join plan_implements fi on fi.plan_id = f.id
				where f.owner_unit_id = i.unit_id and fi.directive_id = i.document_id order by f.created_at limit 1)`.as(
				'follow_up_status'
			)
		])
		.where('i.unit_id', '=', unitId)
		.orderBy('i.delivered_at', 'desc')
		.execute();
	return rows.map((r) => ({
		planId: r.plan_id,
		revision: r.revision,
		documentId: r.document_id,
		title: r.title,
		issuerName: r.issuer_name,
		number: `${formatRegisterNumber(r.number)}${r.symbol.includes('/') ? '-' : '/'}${r.symbol}`,
		issuedOn: r.issued_on,
		deliveredAt: new Date(r.delivered_at).toISOString(),
		receivedAt: r.received_at ? new Date(r.received_at).toISOString() : null,
		assignedUserName: r.assigned_user_name,
		tasks: r.tasks,
		followUp: r.follow_up_id ? { planId: r.follow_up_id, status: r.follow_up_status ?? 'draft' } : null
	}));
}

/** Per recipient of a plan's issue in force: whether it received it, planned (own plan) and issued that plan. */
export interface RecipientProgress {
	unitId: string;
	unitName: string;
	received: boolean;
	planned: boolean;
	issued: boolean;
	followUpPlanId: string | null;
}

/** The recipients of a plan's latest issue and how far each has taken it (the cascade's view). */
export async function recipientProgress(db: Kysely<Schema>, planId: string): Promise<RecipientProgress[]> {
	const rows = await sql<{
		unit_id: string;
		unit_name: string;
		received_at: Date | null;
		follow_up_id: string | null;
		follow_up_status: string | null;
	}>`
		select i.unit_id, u.short_name as unit_name, i.received_at,
			f.id as follow_up_id, f.status as follow_up_status
		from inbox_items i
		join units u on u.id = i.unit_id
		left join lateral (
			select fp.id, fp.status from plans fp join plan_implements fi on fi.plan_id = fp.id
			where fp.owner_unit_id = i.unit_id and fi.directive_id = i.document_id
			order by fp.created_at limit 1
		) f on true
		where i.plan_id = ${planId}
			and i.revision = (select max(revision) from inbox_items where plan_id = ${planId})
		order by u.short_name`.execute(db);
	return rows.rows.map((r) => ({
		unitId: r.unit_id,
		unitName: r.unit_name,
		received: r.received_at !== null,
		planned: r.follow_up_id !== null,
		issued: r.follow_up_status === 'issued' || r.follow_up_status === 'amending',
		followUpPlanId: r.follow_up_id
	}));
}

/**
 * "Xây dựng kế hoạch triển khai": a new draft of the recipient unit implementing the issued plan, with the
 * tasks the plan gives that unit (those it leads keep it as lead; those it coordinates wait for a lead).
 */
export async function startFollowUpPlan(
	database: { db: Database['db']; events: EventStore },
	actor: Actor,
	sourcePlanId: string
): Promise<ImportPlanResult | null> {
	const { db } = database;
	const item = await db
		.selectFrom('inbox_items')
		.select(['document_id', 'revision'])
		.where('plan_id', '=', sourcePlanId)
		.where('unit_id', '=', actor.unitId)
		.orderBy('revision', 'desc')
		.executeTakeFirst();
	const found = item ? await getPlanWithTasks(db, sourcePlanId) : undefined;
	if (!item || !found) return null;
	const mine = found.tasks.filter(
		(t) => t.lead_unit_id === actor.unitId || t.coordinators.some((c) => c.unitId === actor.unitId)
	);
	const groups = found.groups.filter((g) => mine.some((t) => t.group_id === g.id));
	const numbers = numberingOf(found);
	const codeOf = new Map(groups.map((g) => [g.id, numbers.groups.get(g.id) ?? g.code]));
	const issue = await db
		.selectFrom('plan_issues')
		.select(['number', 'symbol'])
		.where('plan_id', '=', sourcePlanId)
		.where('revision', '=', item.revision)
		.executeTakeFirst();
	const cited = issue ? ` số ${formatRegisterNumber(issue.number)}/${issue.symbol}` : '';
	return createPlanFromImport(database, actor, {
		title: `Kế hoạch triển khai thực hiện Kế hoạch${cited} ${found.plan.title.replace(/^Kế hoạch\s+/iu, '')}`,
		documentId: null,
		implementsDirectiveIds: [item.document_id],
		purpose: '',
		organisation: '',
		groups: groups.map((g) => ({ code: codeOf.get(g.id) ?? g.code, title: g.title })),
		tasks: mine.map((t) => ({
			code: numbers.tasks.get(t.id)?.code ?? t.code,
			groupCode: t.group_id === null ? null : (codeOf.get(t.group_id) ?? null),
			content: t.content,
			leadUnitId: t.lead_unit_id === actor.unitId ? actor.unitId : null,
			coordinatorUnitIds: [],
			deadline: (t.deadline as { text?: string } | null)?.text ?? '',
			output: t.output ?? ''
		}))
	});
}

/** How many issued plans sent to a unit it has not marked received yet (the header's count). */
export async function unreceivedInboxCount(db: Kysely<Schema>, unitId: string): Promise<number> {
	const row = await db
		.selectFrom('inbox_items')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('unit_id', '=', unitId)
		.where('received_at', 'is', null)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

/** The tasks of a plan a unit leads or coordinates, in plan order, with its role in each. */
export async function unitTasksOfPlan(db: Kysely<Schema>, planId: string, unitId: string) {
	const found = await getPlanWithTasks(db, planId);
	if (!found) return [];
	const numbers = numberingOf(found);
	return found.tasks
		.filter((t) => t.lead_unit_id === unitId || t.coordinators.some((c) => c.unitId === unitId))
		.map((t) => ({
			id: t.id,
			groupId: t.group_id,
			code: numbers.tasks.get(t.id)?.code ?? t.code,
			content: t.content,
			role: t.lead_unit_id === unitId ? ('lead' as const) : ('coordinator' as const),
			deadline: (t.deadline as { text?: string } | null)?.text ?? null
		}));
}
