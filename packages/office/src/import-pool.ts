import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { ExportJob } from './export-job.ts';
import type { ImportJob, ImportJobProblem, ImportJobResult } from './import-job.ts';

/** Bounds of the pool that reads imports off the request thread. */
export interface ImportPoolOptions {
	/** Worker threads (default: one less than the cores, at least one). */
	threads?: number;
	/** Jobs waiting for a thread before more are refused as 'busy'. */
	maxQueue?: number;
	/** A job still running after this long is stopped (its thread is ended) as 'timeout'. */
	timeoutMs?: number;
	/** The same for an export (a plan's DOCX or XLSX); a large plan writes in a few seconds. */
	exportTimeoutMs?: number;
	/** Heap of one worker; a job that needs more ends its thread as 'failed'. */
	maxHeapMb?: number;
}

/** Every way a job can end: the plan, a problem of the file, or one of the pool's limits. */
export type ImportPoolResult = ImportJobResult | { ok: false; problem: 'timeout' | 'busy' | 'failed' };

export type ImportProblem = ImportJobProblem | 'timeout' | 'busy' | 'failed';

/** What writing an export came to: the file, or one of the pool's limits. */
export type ExportPoolResult = { ok: true; bytes: Uint8Array } | { ok: false; problem: PoolProblem };

/** Why the pool did not finish a job: too slow, too many waiting, or the worker died or threw. */
export type PoolProblem = 'timeout' | 'busy' | 'failed';

/**
 * Reads imports and writes exports in worker threads, so a slow or hostile file, or a huge plan, never stalls
 * the server's request thread; both share the threads, the queue bound and its refusals.
 */
export interface ImportPool {
	read(job: ImportJob): Promise<ImportPoolResult>;
	render(job: ExportJob): Promise<ExportPoolResult>;
	close(): Promise<void>;
}

export const defaultImportPoolOptions: Required<ImportPoolOptions> = {
	threads: Math.max(1, availableParallelism() - 1),
	maxQueue: 16,
	timeoutMs: 30_000,
	exportTimeoutMs: 30_000,
	maxHeapMb: 256
};

export function createImportPool(options: ImportPoolOptions = {}): ImportPool {
	const o = { ...defaultImportPoolOptions, ...options };
	const pool = new Piscina<ImportJob | ExportJob, ImportJobResult | Uint8Array>({
		filename: new URL('./import-worker.ts', import.meta.url).href,
		minThreads: 0,
		maxThreads: o.threads,
		maxQueue: o.maxQueue,
		idleTimeout: 60_000,
		resourceLimits: { maxOldGenerationSizeMb: o.maxHeapMb, maxYoungGenerationSizeMb: 32 }
	});
	/** Runs one job on a thread (`name`: the worker module's export), or says which limit stopped it. */
	async function run<T>(job: ImportJob | ExportJob, name: string, timeoutMs: number) {
		if (pool.queueSize >= o.maxQueue) return { ok: false as const, problem: 'busy' as const };
		const signal = AbortSignal.timeout(timeoutMs);
		try {
			return { ok: true as const, value: (await pool.run(job, { name, signal })) as T };
		} catch (error) {
			if (signal.aborted) return { ok: false as const, problem: 'timeout' as const };
			if (pool.queueSize >= o.maxQueue) return { ok: false as const, problem: 'busy' as const };
			// the worker died (out of memory) or threw: the job cannot be done; the server carries on
			void error;
			return { ok: false as const, problem: 'failed' as const };
		}
	}
	return {
		async read(job) {
			const done = await run<ImportJobResult>(job, 'default', o.timeoutMs);
			return done.ok ? done.value : done;
		},
		async render(job) {
			const done = await run<Uint8Array>(job, 'renderExport', o.exportTimeoutMs);
			return done.ok ? { ok: true, bytes: done.value } : done;
		},
		close: () => pool.close({ force: true })
	};
}
