// The entry of the import pool's worker threads (import-pool.ts): one job in, its result out.
import { runImportJob } from './import-job.ts';

export default runImportJob;
