export { blocksFromText, linesOfBlocks } from './blocks.ts';
export { importPlan, importPlanText, type ImportOptions } from './import-plan.ts';
export { matchUnitName, unitNameKey } from './unit-names.ts';
export { readAssignment, type Assignment } from './assignment.ts';
export { toImportJson } from './to-json.ts';
export type * from './types.ts';
export { issuerFullName, titleInSentenceCase } from './display-names.ts';
