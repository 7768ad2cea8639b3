// The entry of the pool's worker threads (import-pool.ts): one job in, its result out. The default export
// reads an import; `renderExport` writes an export.
import { runImportJob } from './import-job.ts';

export { runExportJob as renderExport } from './export-job.ts';
export default runImportJob;
