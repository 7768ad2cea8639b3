import { recordDueReminders, type Database, type ReminderRun } from '@trienkhai/db';

type Db = Database['db'];

/** How often the reminder job looks for tasks due (it also runs once at start). */
export const REMINDER_INTERVAL_MS = 10 * 60_000;

/** What the job needs: the database, a clock (injected in tests), and where to report failures. */
export interface ReminderJobOptions {
	db: Db;
	now?: () => Date;
	intervalMs?: number;
	onRun?: (run: ReminderRun) => void;
	onError?: (error: unknown) => void;
}

/** One run: stores the deadline reminders owed now (idempotent, see recordDueReminders). */
export function runReminders(db: Db, now: Date = new Date()): Promise<ReminderRun> {
	return recordDueReminders(db, now);
}

/**
 * Starts the periodic reminder job: a run now and one every interval, never two at once. The timer does
 * not keep the process alive; the returned function stops it and waits for a run in progress.
 */
export function startReminderJob(options: ReminderJobOptions): () => Promise<void> {
	const now = options.now ?? (() => new Date());
	let running: Promise<void> | null = null;
	const tick = () => {
		if (running) return;
		running = runReminders(options.db, now())
			.then((run) => options.onRun?.(run))
			.catch((error: unknown) => options.onError?.(error))
			.finally(() => {
				running = null;
			});
	};
	tick();
	const timer = setInterval(tick, options.intervalMs ?? REMINDER_INTERVAL_MS);
	timer.unref();
	return async () => {
		clearInterval(timer);
		await running;
	};
}
