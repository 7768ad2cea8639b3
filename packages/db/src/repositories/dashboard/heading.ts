import type { DashboardHeading } from '@trienkhai/domain';
import type { Kysely } from 'kysely';
import type { Schema } from '../../schema.ts';
import type { DashboardScope } from './scope.ts';

/** The heading of a scope, or undefined when the plan or directive does not exist. */
export async function dashboardHeading(
	db: Kysely<Schema>,
	scope: DashboardScope
): Promise<DashboardHeading | undefined> {
	if (scope.kind === 'plan') {
		const plan = await db
			.selectFrom('plans')
			.innerJoin('units', 'units.id', 'plans.owner_unit_id')
			.select(['plans.id', 'plans.title', 'plans.directive_id', 'units.name as owner_name'])
			.where('plans.id', '=', scope.planId)
			.executeTakeFirst();
		if (!plan) return undefined;
		// the directives the plan implements (their dashboards roll this plan up), else its own document
		const implemented = await db
			.selectFrom('plan_implements')
			.innerJoin('directives', 'directives.id', 'plan_implements.directive_id')
			.select(['directives.id', 'directives.number_display', 'directives.subject', 'directives.issued_on'])
			.where('plan_implements.plan_id', '=', plan.id)
			.orderBy('directives.issued_on')
			.orderBy('directives.id')
			.execute();
		const own =
			implemented.length > 0 || plan.directive_id === null
				? []
				: await db
						.selectFrom('directives')
						.select(['id', 'number_display', 'subject', 'issued_on'])
						.where('id', '=', plan.directive_id)
						.execute();
		return {
			kind: 'plan',
			id: plan.id,
			title: plan.title,
			subtitle: plan.owner_name,
			planCount: 1,
			directives: [...implemented, ...own].map((d) => ({
				id: d.id,
				// 'Số: 709/QĐ-TTg' → '709/QĐ-TTg'
				label: (d.number_display ?? d.subject).replace(/^Số:?\s*/u, '')
			}))
		};
	}
	const directive = await db
		.selectFrom('directives')
		.innerJoin('units', 'units.id', 'directives.issuer_unit_id')
		.select(['directives.id', 'directives.subject', 'directives.number_display', 'units.name as issuer_name'])
		.where('directives.id', '=', scope.directiveId)
		.executeTakeFirst();
	if (!directive) return undefined;
	const plans = await db
		.selectFrom('plan_scopes')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('directive_id', '=', scope.directiveId)
		.executeTakeFirstOrThrow();
	return {
		kind: 'directive',
		id: directive.id,
		title: directive.subject,
		subtitle: [directive.number_display, directive.issuer_name].filter(Boolean).join(' · '),
		planCount: Number(plans.n),
		directives: []
	};
}
