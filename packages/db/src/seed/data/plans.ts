import { planQuangBinh } from './plan-quang-binh.ts';
import { planQuangNgai } from './plan-quang-ngai.ts';
import type { SeedPlan } from './types.ts';

/** The plans of the seeds: UBND tỉnh Quảng Bình's plan (seed 002) and Tỉnh ủy Quảng Ngãi's 2018-CV/TU (seed 000). */
export const seedPlans: SeedPlan[] = [planQuangBinh, planQuangNgai];
