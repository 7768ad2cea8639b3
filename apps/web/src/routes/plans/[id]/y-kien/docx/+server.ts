import { error } from '@sveltejs/kit';
import { readWorkflowState } from '@trienkhai/db';
import { unitsOwingOpinions } from '@trienkhai/domain';
import { m } from '#lib/paraglide/messages.js';
import { renderExport } from '#lib/server/office/render-export.ts';
import { DOCX_TYPE, download, fileBase, loadPlanExport } from '../../xuat/download.server.ts';
import type { RequestHandler } from './$types';

/** The summary table of the plan's latest opinion round (or of `?dot=<round id>`) as DOCX. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const data = await loadPlanExport(locals, params.id);
	const { db } = locals.runtime.database;
	const state = await readWorkflowState(db, params.id);
	const wanted = url.searchParams.get('dot');
	const round = wanted ? state.rounds.find((r) => r.id === wanted) : state.rounds.at(-1);
	if (!round) error(404, m.wf_no_round());
	const units = new Map(
		(await db.selectFrom('units').select(['id', 'name']).execute()).map((u) => [u.id, u.name])
	);
	const tasks = new Map(data.groups.flatMap((g) => g.tasks).map((t) => [t.id, t]));
	const name = (id: string) => units.get(id) ?? id;
	const input = {
		issuer: data.issuer,
		planTitle: data.title,
		requestedOn: round.at.slice(0, 10),
		dueOn: round.dueOn,
		askedUnits: round.unitIds.map(name),
		silentUnits: unitsOwingOpinions(state, round.id).map(name),
		rows: state.opinions
			.filter((o) => o.roundId === round.id)
			.map((o) => {
				const task = o.taskId ? tasks.get(o.taskId) : undefined;
				return {
					unit: name(o.unitId),
					task: task ? { code: task.code, content: task.content } : null,
					stance: o.stance,
					text: o.text,
					decision: o.decision?.kind ?? null,
					explanation: o.decision?.explanation ?? ''
				};
			})
	};
	const bytes = await renderExport(locals, { kind: 'opinion-summary-docx', input });
	return download(bytes, `bang-tong-hop-y-kien-${fileBase(data.title)}.docx`, DOCX_TYPE);
};
