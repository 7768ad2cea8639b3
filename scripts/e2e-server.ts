// The server Playwright starts (playwright.config.ts): the real embedded app on fresh demo data in a
// temporary folder, removed again when the server exits.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trienkhai-e2e-'));
process.on('exit', () => fs.rmSync(dataDir, { recursive: true, force: true }));
process.env['DATA_DIR'] = dataDir;
process.env['DEMO_DATA'] = '1';
delete process.env['DATABASE_URL'];

await import(path.join(import.meta.dirname, '../apps/web/server/main.ts'));
