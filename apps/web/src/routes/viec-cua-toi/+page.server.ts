import { redirect } from '@sveltejs/kit';
import type { MyWorkFilters, TaskStatus } from '@trienkhai/domain';
import { loadMyWork } from '#lib/server/my-work.ts';
import type { PageServerLoad } from './$types';

const STATUSES: readonly TaskStatus[] = [
	'assigned',
	'accepted',
	'in_progress',
	'reported',
	'returned',
	'done',
	'paused'
];

export const load: PageServerLoad = async ({ depends, locals, url }) => {
	depends('live:work');
	if (!locals.user) redirect(303, '/dang-nhap');
	const param = (name: string) => url.searchParams.get(name)?.slice(0, 200) ?? '';
	const status = param('trang-thai');
	const filters: MyWorkFilters = {
		planId: param('ke-hoach'),
		directiveId: param('van-ban'),
		status: (STATUSES as readonly string[]).includes(status) ? (status as TaskStatus) : '',
		unitId: param('don-vi')
	};
	const view = await loadMyWork(locals, { filters, subunits: url.searchParams.get('cap-duoi') === '1' });
	return { ...view, filters, subunits: url.searchParams.get('cap-duoi') === '1', statuses: STATUSES };
};
