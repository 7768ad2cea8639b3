import { formatDateVi, isIsoDate } from '../time/dates.ts';

/** The names a merge event carries: the units as they were named on the day of the merge. */
function names(data: Record<string, unknown>) {
	const nameOf = (unit: unknown) =>
		typeof unit === 'object' && unit !== null && typeof (unit as { name?: unknown }).name === 'string'
			? (unit as { name: string }).name
			: '';
	const dissolved = Array.isArray(data['dissolved']) ? data['dissolved'].map(nameOf).filter(Boolean) : [];
	const successor = nameOf(data['successor']) || '?';
	const count = (key: string) => (Array.isArray(data[key]) ? (data[key] as unknown[]).length : 0);
	const on = isIsoDate(data['effectiveOn']) ? formatDateVi(data['effectiveOn']) : null;
	return {
		dissolved: dissolved.join(', ') || '?',
		successor,
		lead: count('leadTaskIds'),
		coord: count('coordinatorTaskIds'),
		owner: data['ownerMoved'] === true,
		coDrafters: data['coDraftersMoved'] === true,
		inbox: data['inboxMoved'] === true,
		split: data['split'] === true,
		on
	};
}

/**
 * "Sáp nhập Sở Thông tin và Truyền thông vào Sở Khoa học và Công nghệ (từ 01/03/2025): 2 nhiệm vụ chưa hoàn
 * thành chuyển sang Sở Khoa học và Công nghệ chủ trì, 1 nhiệm vụ đổi cơ quan phối hợp". The names are the ones
 * the event recorded, so the sentence reads the same after the dissolved unit is gone.
 */
export function describeUnitsMerged(data: Record<string, unknown>): string {
	const n = names(data);
	const parts: string[] = [];
	if (n.owner) parts.push(`kế hoạch chuyển sang ${n.successor}`);
	if (n.coDrafters) parts.push(`${n.successor} cùng soạn thảo thay đơn vị bị sáp nhập`);
	if (n.lead > 0 || (parts.length === 0 && !n.inbox))
		parts.push(`${n.lead} nhiệm vụ chưa hoàn thành chuyển sang ${n.successor} chủ trì`);
	if (n.coord > 0) parts.push(`${n.coord} nhiệm vụ đổi cơ quan phối hợp`);
	if (n.inbox) parts.push(`văn bản đến chuyển sang ${n.successor}`);
	const since = n.on ? ` (từ ${n.on})` : '';
	if (n.split) return `Chia tách ${n.dissolved}${since}: ${parts.join(', ')}`;
	return `Sáp nhập ${n.dissolved} vào ${n.successor}${since}: ${parts.join(', ')}`;
}

/** The English sentence of a merge event. */
export function describeUnitsMergedEn(data: Record<string, unknown>): string {
	const n = names(data);
	const parts: string[] = [];
	if (n.owner) parts.push(`the plan now belongs to ${n.successor}`);
	if (n.coDrafters) parts.push(`${n.successor} co-drafts in the merged unit's place`);
	if (n.lead > 0 || (parts.length === 0 && !n.inbox))
		parts.push(`${n.lead} open task${n.lead === 1 ? '' : 's'} now led by ${n.successor}`);
	if (n.coord > 0) parts.push(`${n.coord} task${n.coord === 1 ? '' : 's'} with new coordinating units`);
	if (n.inbox) parts.push(`the incoming copy is now in ${n.successor}'s inbox`);
	const since = n.on ? ` (from ${n.on})` : '';
	if (n.split) return `${n.dissolved} split up${since}: ${parts.join(', ')}`;
	return `${n.dissolved} merged into ${n.successor}${since}: ${parts.join(', ')}`;
}
