import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import type { RequestHandler } from './$types';

/**
 * The plan's audit log as CSV: the audit page's export, unfiltered, so the app has one CSV of the log (same
 * columns, same rule for refused attempts: the owner unit and administrators see them).
 */
export const GET: RequestHandler = ({ params }) => {
	redirect(308, resolve('/plans/[id]/nhat-ky/csv', { id: params.id }));
};
