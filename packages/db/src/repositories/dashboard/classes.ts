import { DUE_SOON_WINDOWS, type IsoDate } from '@trienkhai/domain';
import { sql, type RawBuilder } from 'kysely';

// The time-status rules here are computeTimeStatus's (packages/domain/src/stats), written as SQL; the
// integration suite holds the two to the same numbers at several "now"s.

/** A unit's counts, summed over its class rows. */
export type CountRow = {
	unit_id: string | null;
	unit_name: string | null;
	unit_short_name: string | null;
	total: number;
	done_on_time: number;
	done_late: number;
	within_deadline: number;
	overdue: number;
	not_started: number;
	due7: number;
	due3: number;
	due1: number;
	progress_sum: number;
};

// Each task falls in one class, so the database runs two aggregates per row rather than a dozen (the
// difference between 140 and 50 ms on a 100,000-task cascade): 1 done on time, 2 done late, 3 overdue;
// not done within deadline: 10 + (10 if not started) + the due-soon window (0: ≤ 1 day, 1: ≤ 3, 2: ≤ 7,
// 3: later or no due date).
const CLASS_ON_TIME = 1;
const CLASS_LATE = 2;
const CLASS_OVERDUE = 3;

const [W7, W3, W1] = DUE_SOON_WINDOWS;

/** The due-soon window of a due date that is not past: 0 within a day, 1 within 3, 2 within 7, 3 later. */
function windowOf(due: RawBuilder<unknown>, today: IsoDate): RawBuilder<unknown> {
	return sql`case
		when ${due} - ${today}::date <= ${sql.lit(W1)} then 0
		when ${due} - ${today}::date <= ${sql.lit(W3)} then 1
		when ${due} - ${today}::date <= ${sql.lit(W7)} then 2
		else 3 end`;
}

/** The class of a task row `t` at `today`. */
export function taskClass(today: IsoDate): RawBuilder<number> {
	return sql<number>`case
		when t.status = 'done' then
			case when t.deadline_due is null or coalesce(t.completed_on, ${today}::date) <= t.deadline_due
			then ${sql.lit(CLASS_ON_TIME)} else ${sql.lit(CLASS_LATE)} end
		when t.deadline_due < ${today}::date then ${sql.lit(CLASS_OVERDUE)}
		else 10
			+ case when t.status = 'assigned' and t.progress = 0 then 10 else 0 end
			+ case when t.deadline_due is null then 3 else ${windowOf(sql`t.deadline_due`, today)} end
	end::int4`;
}

/**
 * The class at `today` of a roll-up row `r` (kinds 1–5, see the roll-up migration): 1 done on time, 2 late,
 * 3 done with no completion date (on time until its due date passes), 4 not started, 5 started; `day` is the
 * due date, 'infinity' for none.
 */
export function rollupClass(today: IsoDate): RawBuilder<number> {
	return sql<number>`case r.kind
		when 1 then ${sql.lit(CLASS_ON_TIME)}
		when 2 then ${sql.lit(CLASS_LATE)}
		when 3 then case when ${today}::date <= r.day then ${sql.lit(CLASS_ON_TIME)} else ${sql.lit(CLASS_LATE)} end
		else case
			when r.day < ${today}::date then ${sql.lit(CLASS_OVERDUE)}
			else 10
				+ case when r.kind = 4 then 10 else 0 end
				+ case when r.day = 'infinity'::date then 3 else ${windowOf(sql`r.day`, today)} end
		end
	end::int4`;
}

export function addClass(c: CountRow, cls: number, n: number, progressSum: number): void {
	c.total += n;
	c.progress_sum += progressSum;
	if (cls === CLASS_ON_TIME) c.done_on_time += n;
	else if (cls === CLASS_LATE) c.done_late += n;
	else if (cls === CLASS_OVERDUE) c.overdue += n;
	else {
		c.within_deadline += n;
		if (cls >= 20) c.not_started += n;
		const window = cls % 10;
		if (window <= 2) c.due7 += n;
		if (window <= 1) c.due3 += n;
		if (window === 0) c.due1 += n;
	}
}
