import type { ImportedPlan, ImportJson } from './types.ts';

/** The `trienkhai import --json` shape of an imported plan: document header and tasks, nothing else. */
export function toImportJson(plan: ImportedPlan): ImportJson {
	const d = plan.document;
	return {
		document: {
			type: d.type,
			number: d.number,
			symbol: d.symbol,
			issuer: d.issuer,
			date: d.date,
			title: d.title,
			implements: d.implements.map((c) => ({
				type: c.type,
				number: c.number,
				symbol: c.symbol,
				date: c.date,
				issuer: c.issuer,
				text: c.text
			}))
		},
		tasks: plan.tasks.map((t) => ({
			code: t.code,
			content: t.content,
			lead: t.lead,
			coordinators: [...t.coordinators],
			deadline: t.deadline === null ? null : { text: t.deadline.text, due: t.deadline.due },
			output: t.output,
			source: { line: t.source.line }
		}))
	};
}
