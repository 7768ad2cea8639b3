import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { ImportJob, ImportJobProblem, ImportJobResult } from './import-job.ts';

/** Bounds of the pool that reads imports off the request thread. */
export interface ImportPoolOptions {
	/** Worker threads (default: one less than the cores, at least one). */
	threads?: number;
	/** Jobs waiting for a thread before more are refused as 'busy'. */
	maxQueue?: number;
	/** A job still running after this long is stopped (its thread is ended) as 'timeout'. */
	timeoutMs?: number;
	/** Heap of one worker; a job that needs more ends its thread as 'failed'. */
	maxHeapMb?: number;
}

/** Every way a job can end: the plan, a problem of the file, or one of the pool's limits. */
export type ImportPoolResult = ImportJobResult | { ok: false; problem: 'timeout' | 'busy' | 'failed' };

export type ImportProblem = ImportJobProblem | 'timeout' | 'busy' | 'failed';

/** Reads imports in worker threads, so a slow or hostile file never stalls the server's request thread. */
export interface ImportPool {
	read(job: ImportJob): Promise<ImportPoolResult>;
	close(): Promise<void>;
}

export const defaultImportPoolOptions: Required<ImportPoolOptions> = {
	threads: Math.max(1, availableParallelism() - 1),
	maxQueue: 16,
	timeoutMs: 30_000,
	maxHeapMb: 256
};

export function createImportPool(options: ImportPoolOptions = {}): ImportPool {
	const o = { ...defaultImportPoolOptions, ...options };
	const pool = new Piscina<ImportJob, ImportJobResult>({
		filename: new URL('./import-worker.ts', import.meta.url).href,
		minThreads: 0,
		maxThreads: o.threads,
		maxQueue: o.maxQueue,
		idleTimeout: 60_000,
		resourceLimits: { maxOldGenerationSizeMb: o.maxHeapMb, maxYoungGenerationSizeMb: 32 }
	});
	return {
		async read(job) {
			if (pool.queueSize >= o.maxQueue) return { ok: false, problem: 'busy' };
			const signal = AbortSignal.timeout(o.timeoutMs);
			try {
				return await pool.run(job, { signal });
			} catch (error) {
				if (signal.aborted) return { ok: false, problem: 'timeout' };
				if (pool.queueSize >= o.maxQueue) return { ok: false, problem: 'busy' };
				// the worker died (out of memory) or threw: the file cannot be read; the server carries on
				void error;
				return { ok: false, problem: 'failed' };
			}
		},
		close: () => pool.close({ force: true })
	};
}
