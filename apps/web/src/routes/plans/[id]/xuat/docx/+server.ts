import { renderExport } from '#lib/server/office/render-export.ts';
import { purposeRich } from '#lib/server/purpose-rich.ts';
import { DOCX_TYPE, download, fileBase, loadPlanExport } from '../download.server.ts';
import type { RequestHandler } from './$types';

/** The plan as DOCX in its issuer's official layout (state or party), with the landscape task appendix. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const data = await loadPlanExport(locals, params.id);
	// section I keeps its bold and lists: they live in the plan's document, not in the read model
	const rich = await purposeRich(locals.runtime.database.events, params.id, data.sections.purpose);
	const sections = { ...data.sections, ...(rich ? { purposeRich: rich } : {}) };
	const input = { ...data, sections, draftYear: new Date().getFullYear() };
	const bytes = await renderExport(locals, { kind: 'plan-docx', input });
	return download(bytes, `${fileBase(data.title)}.docx`, DOCX_TYPE);
};
