// The reference server of the sync benchmark: @y/websocket-server's setupWSConnection, as its own bin runs
// it (in memory, no auth, every path a document), on 127.0.0.1 and the port in PORT. Started as a child
// process by sync.bench.ts, so that its CPU and memory are measured alone.
//
// The installed @y/websocket-server 0.1.5 mixes two Yjs 14 pre-releases (its own yjs 14.0.0-16, and @y/y
// 14.0.0-rc.7 under @y/protocols) and fails on the first update ("store.getClock is not a function"). Its
// code is used unchanged, with its Yjs imports resolved to the yjs and y-protocols our server and the
// clients use (13.6 and 1.0.7): the comparison is then of the servers, not of Yjs versions.
import http from 'node:http';
import { registerHooks } from 'node:module';
import process from 'node:process';
import { WebSocketServer } from 'ws';

registerHooks({
	resolve(specifier, context, nextResolve) {
		if (context.parentURL?.includes('/node_modules/@y/')) {
			const here = { ...context, parentURL: import.meta.url };
			if (specifier === 'yjs' || specifier === '@y/y') return nextResolve('yjs', here);
			if (specifier.startsWith('@y/protocols/')) {
				return nextResolve(`y-protocols/${specifier.slice('@y/protocols/'.length)}`, here);
			}
		}
		return nextResolve(specifier, context);
	}
});
const { setupWSConnection } = await import('@y/websocket-server/utils');

const port = Number(process.env['PORT'] ?? '1234');
const host = process.env['HOST'] ?? '127.0.0.1';

const wss = new WebSocketServer({ noServer: true });
wss.on('connection', setupWSConnection);

const server = http.createServer((_request, response) => {
	response.writeHead(200, { 'content-type': 'text/plain' });
	response.end('okay');
});
server.on('upgrade', (request, socket, head) => {
	wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
});
server.listen(port, host, () => process.stderr.write(`reference server listening on ${host}:${port}\n`));

// a clean exit, so that --cpu-prof writes its profile
process.once('SIGTERM', () => process.exit(0));
process.once('SIGINT', () => process.exit(0));
