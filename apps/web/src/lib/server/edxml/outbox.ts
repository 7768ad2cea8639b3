import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
	dueEdxmlPackages,
	enqueueEdxmlPackage,
	recordEdxmlAttempt,
	type PreparedDatabase
} from '@trienkhai/db';
import { toEventInput, type ExchangeEvent } from '@trienkhai/domain';
import { retryDelayMs, type EdxmlConfig } from './config.ts';
import { buildPlanPackage, type PlanPackageRefusal } from './plan-package.ts';

/** What queueing answered: the package id and whom it addresses, or why the plan cannot be packaged. */
export type QueueOutcome =
	| { ok: true; packageId: string; recipients: number; withoutCode: string[] }
	| { ok: false; refused: PlanPackageRefusal };

async function appendExchange(database: PreparedDatabase, event: ExchangeEvent, key: string): Promise<void> {
	await database.events.append({ planId: event.planId, events: [toEventInput(event)], idempotencyKey: key });
}

/**
 * Writes an issued plan's edXML package into the retry queue (EdxmlPackageQueued in the plan's log), then
 * tries to deliver what is due at once, so a reachable destination has it before the answer.
 */
export async function queuePlanPackage(
	database: PreparedDatabase,
	config: EdxmlConfig,
	request: { planId: string; actor: { userId: string; unitId: string }; now: Date }
): Promise<QueueOutcome> {
	const built = await buildPlanPackage(database.db, request.planId, request.now);
	if (!built.ok) return built;
	const p = built.value;
	await enqueueEdxmlPackage(
		database.db,
		{
			id: p.id,
			planId: request.planId,
			documentId: p.pkg.header.documentId,
			fileName: p.fileName,
			xml: p.xml,
			recipients: p.recipients
		},
		request.now
	);
	await appendExchange(
		database,
		{
			type: 'EdxmlPackageQueued',
			planId: request.planId,
			actor: request.actor,
			at: request.now.toISOString(),
			data: {
				packageId: p.id,
				documentId: p.pkg.header.documentId,
				recipients: p.recipients.map((r) => ({ unitId: r.unitId, organId: r.organId })),
				withoutCode: p.withoutCode
			}
		},
		`edxml-queued:${p.id}`
	);
	await deliverDue(database, config, request.now);
	return { ok: true, packageId: p.id, recipients: p.recipients.length, withoutCode: p.withoutCode };
}

/** Puts one package where it goes: the outbound folder (written whole, then renamed) or the gateway. */
async function deliver(config: EdxmlConfig, fileName: string, xml: string, fetchFn: typeof fetch) {
	if (config.gatewayUrl) {
		const response = await fetchFn(config.gatewayUrl, {
			method: 'POST',
			headers: { 'content-type': 'application/xml; charset=utf-8' },
			body: xml,
			signal: AbortSignal.timeout(30_000)
		});
		if (!response.ok) throw new Error(`HTTP ${response.status}`);
		return 'gateway' as const;
	}
	if (!config.outboxDir) throw new Error('no destination configured');
	await mkdir(config.outboxDir, { recursive: true });
	const target = path.join(config.outboxDir, fileName);
	await writeFile(`${target}.part`, xml, 'utf8');
	await rename(`${target}.part`, target);
	return 'folder' as const;
}

/**
 * One pass of the retry queue: every due package is tried once; the outcome goes into the queue and into
 * the plan's log (EdxmlPackageSent, or EdxmlPackageFailed with the next attempt's time, or none when it
 * gives up after `maxAttempts`). Returns how many were sent and failed.
 */
export async function deliverDue(
	database: PreparedDatabase,
	config: EdxmlConfig,
	now: Date,
	fetchFn: typeof fetch = fetch
): Promise<{ sent: number; failed: number }> {
	const due = await dueEdxmlPackages(database.db, now);
	let sent = 0;
	let failed = 0;
	for (const row of due) {
		const attempt = row.attempts + 1;
		const base = { planId: row.plan_id, actor: { userId: null, unitId: null }, at: now.toISOString() };
		try {
			const destination = await deliver(config, row.file_name, row.xml, fetchFn);
			await recordEdxmlAttempt(database.db, row.id, { attempts: attempt, now, ok: true });
			await appendExchange(
				database,
				{ ...base, type: 'EdxmlPackageSent', data: { packageId: row.id, attempt, destination } },
				`edxml-sent:${row.id}`
			);
			sent++;
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			const retryAt =
				attempt < config.maxAttempts ? new Date(now.getTime() + retryDelayMs(config, attempt)) : null;
			await recordEdxmlAttempt(database.db, row.id, {
				attempts: attempt,
				now,
				ok: false,
				error: message,
				retryAt
			});
			await appendExchange(
				database,
				{
					...base,
					type: 'EdxmlPackageFailed',
					data: { packageId: row.id, attempt, error: message, retryAt: retryAt?.toISOString() ?? null }
				},
				`edxml-failed:${row.id}:${attempt}`
			);
			failed++;
		}
	}
	return { sent, failed };
}

/** Runs the queue now and then every `intervalMs`; returns a stop function. */
export function startEdxmlOutboxJob(options: {
	database: PreparedDatabase;
	config: EdxmlConfig;
	onError?: (error: unknown) => void;
}): () => Promise<void> {
	let running: Promise<void> | null = null;
	const tick = () => {
		if (running) return;
		running = deliverDue(options.database, options.config, new Date())
			.then(() => undefined)
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
	};
}
