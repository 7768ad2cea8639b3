export type {
	SeedDirective,
	SeedPlan,
	SeedRelation,
	SeedRelationKind,
	SeedTask,
	SeedTaskGroup,
	SeedUnit,
	SeedUnitKind
} from './types.ts';
export { seedUnits } from './units.ts';
export { seedDirectives, seedRelations } from './directives.ts';
export { seedPlans } from './plans.ts';
export { planQuangBinh } from './plan-quang-binh.ts';
export { planQuangNgai } from './plan-quang-ngai.ts';
