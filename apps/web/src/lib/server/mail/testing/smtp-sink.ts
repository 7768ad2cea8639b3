// A real local SMTP server for the mail tests, run as its own process: `node smtp-sink.ts` listens on a free
// loopback port, prints {"port":…} once, then one JSON line per message received ({ from, to, subject, text }).
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const server = new SMTPServer({
	authOptional: true,
	disabledCommands: ['STARTTLS', 'AUTH'],
	logger: false,
	onData(stream, session, callback) {
		simpleParser(stream)
			.then((mail) => {
				const to = session.envelope.rcptTo.map((r) => r.address);
				const line = {
					from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
					to,
					subject: mail.subject ?? '',
					text: mail.text ?? ''
				};
				process.stdout.write(`${JSON.stringify(line)}\n`);
				callback();
			})
			.catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
	}
});

server.listen(0, '127.0.0.1', () => {
	const address = server.server.address();
	process.stdout.write(
		`${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`
	);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
