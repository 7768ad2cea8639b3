import { error } from '@sveltejs/kit';
import type { ExportJob } from '@trienkhai/office';
import { m } from '#lib/paraglide/messages.js';

/**
 * Writes an export (a plan's DOCX or XLSX, a report, an opinion summary) in the worker pool that reads imports,
 * so a huge plan never stalls the request thread; past the pool's time limit, or with its queue full, the user
 * gets a Vietnamese error instead of a file and the server carries on.
 */
export async function renderExport(locals: App.Locals, job: ExportJob): Promise<Uint8Array> {
	const done = await locals.runtime.importPool.render(job);
	if (done.ok) return done.bytes;
	if (done.problem === 'timeout') error(503, m.export_error_timeout());
	if (done.problem === 'busy') error(503, m.export_error_busy());
	error(500, m.export_error_failed());
}
