import fs from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from '../connect.ts';

/** Does the folder hold anything (a PGlite database is a folder of files)? */
export async function folderHasFiles(dir: string): Promise<boolean> {
	const entries = await fs.readdir(dir).catch((error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT') return [];
		throw error;
	});
	return entries.length > 0;
}

/**
 * Unpacks a tarball made by `Database.dumpDataDir` into `dataDir`, which must be empty or missing; PGlite
 * itself reads the tarball (the format is its own), under the same lock the app takes.
 */
export async function restorePgliteDataDir(dataDir: string, tarball: Uint8Array<ArrayBuffer>): Promise<void> {
	if (await folderHasFiles(dataDir)) {
		throw new Error(`thư mục dữ liệu không trống (data folder is not empty): ${dataDir}`);
	}
	await fs.mkdir(dataDir, { recursive: true });
	const unlock = await lockDataDir(dataDir);
	try {
		const pglite = await PGlite.create({ dataDir, loadDataDir: new Blob([tarball]) });
		await pglite.close();
	} finally {
		await unlock();
	}
}
