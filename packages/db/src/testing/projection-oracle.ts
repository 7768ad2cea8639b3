import { projectPlan, type EventRecord } from '@trienkhai/domain';

type Row = Record<string, unknown>;
type Tables = Record<string, unknown[]>;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function rowsOf(tables: Tables, table: string, planId: string, taskIds?: Set<string>): Row[] {
	return (tables[table] as Row[]).filter((r) =>
		taskIds ? taskIds.has(String(r['task_id'])) : r['plan_id'] === planId
	);
}

/**
 * A plan's read-model rows and the domain's pure fold of its events (PlanProjection), side by side in one
 * shape, for a test to compare: the projections and the domain's model must agree on every plan.
 */
export function projectionVersusOracle(tables: Tables, planId: string, events: readonly EventRecord[]) {
	const state = projectPlan(events);
	const plan = (tables['plans'] as Row[]).find((r) => r['id'] === planId);
	const tasks = rowsOf(tables, 'tasks', planId);
	const taskIds = new Set(tasks.map((t) => String(t['id'])));
	const contributions = rowsOf(tables, 'task_contributions', planId, taskIds);
	const coordinators = rowsOf(tables, 'task_coordinators', planId, taskIds);
	const coordinatorsOf = (id: unknown) =>
		coordinators
			.filter((c) => c['task_id'] === id)
			.sort((a, b) => Number(a['position']) - Number(b['position']))
			.map((c) => c['unit_id']);
	const contributionsOf = (id: unknown): Record<string, unknown> =>
		Object.fromEntries(
			contributions.filter((c) => c['task_id'] === id).map((c) => [String(c['unit_id']), c['note']])
		);
	const actual = {
		plan: plan && {
			status: plan['status'],
			revision: plan['revision'],
			title: plan['title'],
			purpose: plan['purpose'],
			organisation: plan['organisation'],
			version: plan['version'],
			updatedAt: plan['updated_at'],
			coDrafterUnitIds: plan['co_drafter_unit_ids']
		},
		groups: rowsOf(tables, 'task_groups', planId)
			.map((g) => ({ id: String(g['id']), code: g['code'], title: g['title'], position: g['position'] }))
			.sort(byId),
		tasks: tasks
			.map((t) => ({
				id: String(t['id']),
				groupId: t['group_id'],
				position: t['position'],
				code: t['code'],
				content: t['content'],
				leadUnitId: t['lead_unit_id'],
				coordinatorUnitIds: coordinatorsOf(t['id']),
				output: t['output'],
				deadline: t['deadline'],
				status: t['status'],
				progress: t['progress'],
				completedOn: t['completed_on'],
				pausedFrom: t['paused_from'],
				resultReport: t['result_report'],
				difficulties: t['difficulties'],
				extensionRequest: t['extension_request'],
				contributions: contributionsOf(t['id']),
				version: t['version'],
				updatedAt: t['updated_at']
			}))
			.sort(byId)
	};
	const p = state.plan;
	const expected = {
		plan: p && {
			status: p.status,
			revision: p.revision,
			title: p.title,
			purpose: p.purpose,
			organisation: p.organisation,
			version: p.version,
			updatedAt: p.updatedAt,
			coDrafterUnitIds: p.coDrafterUnitIds
		},
		groups: state.groups
			.map((g) => ({ id: g.id, code: g.code, title: g.title, position: g.position }))
			.sort(byId),
		tasks: state.tasks
			.map((t) => ({
				id: t.id,
				groupId: t.groupId,
				position: t.position,
				code: t.code,
				content: t.content,
				leadUnitId: t.leadUnitId,
				coordinatorUnitIds: t.coordinatorUnitIds,
				output: t.output,
				deadline: t.deadline,
				status: t.status,
				progress: t.progress,
				completedOn: t.completedOn,
				pausedFrom: t.pausedFrom,
				resultReport: t.resultReport,
				difficulties: t.difficulties,
				extensionRequest: t.extensionRequest,
				contributions: t.contributions,
				version: t.version,
				updatedAt: t.updatedAt
			}))
			.sort(byId)
	};
	return { actual, expected };
}
