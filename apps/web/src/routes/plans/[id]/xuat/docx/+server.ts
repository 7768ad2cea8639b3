import { renderExport } from '#lib/server/office/render-export.ts';
import { DOCX_TYPE, download, fileBase, loadPlanExport } from '../download.server.ts';
import type { RequestHandler } from './$types';

/** The plan as DOCX in its issuer's official layout (state or party), with the landscape task appendix. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const data = await loadPlanExport(locals, params.id);
	const input = { ...data, draftYear: new Date().getFullYear() };
	const bytes = await renderExport(locals, { kind: 'plan-docx', input });
	return download(bytes, `${fileBase(data.title)}.docx`, DOCX_TYPE);
};
