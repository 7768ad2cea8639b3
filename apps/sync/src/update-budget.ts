import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Schema } from '@trienkhai/db';

const HOUR_MS = 3_600_000;

/**
 * Bytes each user wrote into one plan's log in the last hour. What is stored can never be removed, so each
 * user gets a budget per plan per hour (`SyncConfig.maxUpdateBytesPerUserHour`); an update over it is
 * refused like one the user may not make. Counted from the log when the room loads, then in memory.
 */
export class UpdateBudget {
	private readonly spent = new Map<string, Array<{ at: number; bytes: number }>>();
	private readonly limit: number;
	private readonly now: () => number;

	constructor(limit: number, now: () => number) {
		this.limit = limit;
		this.now = now;
	}

	/** Reads what each user stored in the plan's log during the last hour. */
	static async load(
		db: Kysely<Schema>,
		planId: string,
		limit: number,
		now: () => number
	): Promise<UpdateBudget> {
		const budget = new UpdateBudget(limit, now);
		const since = new Date(now() - HOUR_MS);
		const rows = await db
			.selectFrom('plan_updates')
			.select(['user_id', sql<number>`sum(octet_length(update))::int8`.as('bytes')])
			.where('plan_id', '=', planId)
			.where('received_at', '>', since)
			.where('user_id', 'is not', null)
			.groupBy('user_id')
			.execute();
		for (const row of rows) {
			if (row.user_id !== null) budget.spent.set(row.user_id, [{ at: now(), bytes: Number(row.bytes) }]);
		}
		return budget;
	}

	/** Whether `bytes` more from this user stay within the budget. */
	allows(userId: string, bytes: number): boolean {
		return this.used(userId) + bytes <= this.limit;
	}

	/** Counts bytes written for this user. */
	charge(userId: string, bytes: number): void {
		const list = this.spent.get(userId) ?? [];
		list.push({ at: this.now(), bytes });
		this.spent.set(userId, list);
	}

	private used(userId: string): number {
		const list = this.spent.get(userId);
		if (!list) return 0;
		const since = this.now() - HOUR_MS;
		while (list.length > 0 && list[0]!.at <= since) list.shift();
		return list.reduce((sum, entry) => sum + entry.bytes, 0);
	}
}
