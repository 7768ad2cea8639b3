// `npm start`: runs on any Node ≥ 18. Fetches Node 24 when the machine's Node is older, installs the
// dependencies when they are missing or stale, builds the web app when its sources changed, then serves it
// on the embedded database (see scripts/start.ts).
import { ensureDependencies, ensureNode } from './bootstrap.mjs';

await ensureNode(import.meta.filename);
ensureDependencies();
await import('./start.ts');
