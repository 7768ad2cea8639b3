import { dueMails, markMailFailed, markMailSent, type Database } from '@trienkhai/db';
import nodemailer from 'nodemailer';
import type { MailConfig } from './mail-config.ts';

type Db = Database['db'];

/** What one run did. */
export interface MailRun {
	sent: number;
	failed: number;
}

/** A way to send one mail (nodemailer's transport in production and in the tests, against a real server). */
export interface MailSender {
	send(mail: { from: string; to: string; subject: string; text: string }): Promise<void>;
	close(): void;
}

/** A sender over SMTP with nodemailer. */
export function smtpSender(smtpUrl: string): MailSender {
	const transport = nodemailer.createTransport(smtpUrl);
	return {
		async send(mail) {
			await transport.sendMail(mail);
		},
		close: () => transport.close()
	};
}

/** Sends the mails due now; each failure is recorded with its retry time and does not stop the others. */
export async function sendDueMails(
	db: Db,
	sender: MailSender,
	from: string,
	now: Date = new Date()
): Promise<MailRun> {
	const run: MailRun = { sent: 0, failed: 0 };
	for (const mail of await dueMails(db, now)) {
		try {
			await sender.send({ from, to: mail.to, subject: mail.subject, text: mail.body });
			await markMailSent(db, mail.id, new Date());
			run.sent++;
		} catch (error) {
			await markMailFailed(db, mail, error instanceof Error ? error.message : String(error), new Date());
			run.failed++;
		}
	}
	return run;
}

/**
 * Starts the mail job: a run every interval, never two at once; the timer does not keep the process alive.
 * The returned function stops it, waits for a run in progress and closes the transport.
 */
export function startMailJob(options: {
	db: Db;
	config: MailConfig & { smtpUrl: string };
	onRun?: (run: MailRun) => void;
	onError?: (error: unknown) => void;
}): () => Promise<void> {
	const sender = smtpSender(options.config.smtpUrl);
	let running: Promise<void> | null = null;
	const tick = () => {
		if (running) return;
		running = sendDueMails(options.db, sender, options.config.from)
			.then((run) => options.onRun?.(run))
			.catch((error: unknown) => options.onError?.(error))
			.finally(() => {
				running = null;
			});
	};
	tick();
	const timer = setInterval(tick, options.config.intervalMs);
	timer.unref();
	return async () => {
		clearInterval(timer);
		await running;
		sender.close();
	};
}
