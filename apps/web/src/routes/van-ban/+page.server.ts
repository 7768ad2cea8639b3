import { listDirectives } from '@trienkhai/db';
import { DIRECTIVE_TYPES, isDirectiveType } from '@trienkhai/domain';
import { unitChoices } from './registry.server.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { db } = locals.runtime.database;
	const search = url.searchParams.get('q')?.slice(0, 200) ?? '';
	const rawType = url.searchParams.get('loai') ?? '';
	const type = isDirectiveType(rawType) ? rawType : '';
	const issuer = url.searchParams.get('co-quan')?.slice(0, 200) ?? '';
	const [directives, units] = await Promise.all([
		listDirectives(db, { search, type, issuerUnitId: issuer }),
		unitChoices(db)
	]);
	return {
		filter: { search, type, issuer },
		types: Object.entries(DIRECTIVE_TYPES).map(([code, name]) => ({ code, name })),
		units,
		directives
	};
};
