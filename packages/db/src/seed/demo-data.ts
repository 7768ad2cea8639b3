import { seedDirectives, seedPlans, seedRelations, seedUnits } from './data/index.ts';
import type { DemoData } from './load-demo-data.ts';

/** The KL 69-KL/TW cascade from packages/domain/src/import/fixtures/seeds as demo data. */
export const demoData: DemoData = {
	units: seedUnits,
	directives: seedDirectives,
	relations: seedRelations,
	plans: seedPlans
};
