// `npm start`: build the web app when its sources are newer than the build, then run the embedded server.
import path from 'node:path';
import { buildIfNeeded } from './build-if-needed.ts';

buildIfNeeded();
await import(path.join(import.meta.dirname, '../apps/web/server/main.ts'));
