import { sql, type Kysely } from 'kysely';

// Frozen: a shipped migration never changes; a later one alters what it made.
//
// A directive's dashboard rolls up every issued plan down its cascade: a national directive is followed by
// thousands of plans. These tables keep the roll-up as the tasks change, so the dashboard reads a few
// thousand rows however many plans there are (docs/dashboard-rollups.md):
//
// - plan_scopes: which directives' dashboards count a plan (the directive it implements and every directive
//   above it, up the relations, while the plan is not a draft);
// - directive_rollups: per directive, lead unit ('' for none), kind and day, the count of tasks and the sum of
//   their progress. Kinds do not depend on "now": 0 a completion (day = completed on), 1 done on time, 2 done
//   late, 3 done with no completion date (day = due), 4 not started, 5 started and not done (day = due, or
//   'infinity' without one); the dashboard classes them at its "now";
// - directive_rollup_deltas: what the tasks' changes add and take away since the last compaction. Writers
//   only insert there, so appends to different plans never wait on one another for a roll-up row; a reader
//   sums both tables, and directive_rollups_compact() folds the deltas in;
// - plan_progress: per plan, its tasks, those done and their progress summed (a directive's list of plans).
//   Only the plan's own writers change its row, and they hold the plan's lock.
//
// Triggers keep them: on tasks (per statement, from the transition tables), on plans (a plan issued, made a
// draft again, moved to another directive), on plan_implements and on directive_relations. A plan's scope is
// recomputed under the plan's advisory lock, the lock every writer of the plan takes.

const DEPTH = 11; // relations followed up from a plan's directive: the dashboards' cascade depth (12 levels)

export async function up(db: Kysely<any>): Promise<void> {
	await sql`
		create table plan_scopes (
			directive_id text not null,
			plan_id text not null,
			primary key (directive_id, plan_id)
		)`.execute(db);
	await sql`create index plan_scopes_plan_idx on plan_scopes (plan_id)`.execute(db);
	for (const table of ['directive_rollups', 'directive_rollup_deltas']) {
		await sql`
			create table ${sql.table(table)} (
				directive_id text not null,
				unit_id text not null,
				kind int2 not null,
				day date not null,
				n int8 not null,
				progress_sum int8 not null
			)`.execute(db);
	}
	await sql`alter table directive_rollups add primary key (directive_id, unit_id, kind, day)`.execute(db);
	await sql`create index directive_rollup_deltas_idx on directive_rollup_deltas (directive_id)`.execute(db);
	await sql`
		create table plan_progress (
			plan_id text primary key,
			total int8 not null,
			done int8 not null,
			progress_sum int8 not null
		)`.execute(db);
	// a directive's overdue list in due order: read until the list is full, whatever the cascade's size
	await sql`
		create index tasks_open_by_due_idx on tasks (deadline_due, plan_id, position, id)
		where status <> 'done' and deadline_due is not null`.execute(db);
	await sql`
		create type rollup_task as (
			plan_id text, unit_id text, status text, progress int4, due date, completed_on date, sign int4
		)`.execute(db);

	// the rows a set of task changes adds (sign 1) and takes away (sign -1), for every directive counting them,
	// and (unless only the plan's scope moved) to its plan's progress
	await sql`
		create function rollup_add(changes rollup_task[], plan_totals boolean default true) returns void
		language sql as $fn$
			insert into directive_rollup_deltas (directive_id, unit_id, kind, day, n, progress_sum)
			select s.directive_id, k.unit_id, k.kind, k.day, sum(c.sign), sum(c.sign * k.progress)
			from unnest(changes) as c
			join plan_scopes s on s.plan_id = c.plan_id
			cross join lateral (
				select coalesce(c.unit_id, '') as unit_id,
					case when c.status = 'done' then 100 else c.progress end as progress,
					case
						when c.status = 'done' then
							case when c.due is null or c.completed_on <= c.due then 1
								when c.completed_on is not null then 2 else 3 end
						when c.status = 'assigned' and c.progress = 0 then 4
						else 5
					end::int2 as kind,
					coalesce(c.due, 'infinity'::date) as day
				union all
				select coalesce(c.unit_id, ''), 0, 0::int2, c.completed_on
				where c.status = 'done' and c.completed_on is not null
			) as k
			group by 1, 2, 3, 4
			having sum(c.sign) <> 0 or sum(c.sign * k.progress) <> 0;

			insert into plan_progress as p (plan_id, total, done, progress_sum)
			select c.plan_id, sum(c.sign), coalesce(sum(c.sign) filter (where c.status = 'done'), 0),
				sum(c.sign * case when c.status = 'done' then 100 else c.progress end)
			from unnest(changes) as c
			where plan_totals
			group by 1
			order by 1
			on conflict (plan_id) do update set total = p.total + excluded.total,
				done = p.done + excluded.done, progress_sum = p.progress_sum + excluded.progress_sum
		$fn$`.execute(db);

	await sql`
		create function rollup_tasks() returns trigger language plpgsql as $fn$
		begin
			if tg_op = 'INSERT' then
				perform rollup_add(array(
					select row(plan_id, lead_unit_id, status, progress, deadline_due, completed_on, 1)::rollup_task
					from new_rows));
			elsif tg_op = 'DELETE' then
				perform rollup_add(array(
					select row(plan_id, lead_unit_id, status, progress, deadline_due, completed_on, -1)::rollup_task
					from old_rows));
			else
				perform rollup_add(array(
					select row(n.plan_id, n.lead_unit_id, n.status, n.progress, n.deadline_due, n.completed_on, 1)::rollup_task
					from new_rows n join old_rows o on o.id = n.id
					where (n.plan_id, n.lead_unit_id, n.status, n.progress, n.deadline_due, n.completed_on)
						is distinct from (o.plan_id, o.lead_unit_id, o.status, o.progress, o.deadline_due, o.completed_on)
					union all
					select row(o.plan_id, o.lead_unit_id, o.status, o.progress, o.deadline_due, o.completed_on, -1)::rollup_task
					from old_rows o join new_rows n on n.id = o.id
					where (n.plan_id, n.lead_unit_id, n.status, n.progress, n.deadline_due, n.completed_on)
						is distinct from (o.plan_id, o.lead_unit_id, o.status, o.progress, o.deadline_due, o.completed_on)));
			end if;
			return null;
		end
		$fn$`.execute(db);
	await sql`
		create trigger tasks_rollup_insert after insert on tasks referencing new table as new_rows
		for each statement execute function rollup_tasks()`.execute(db);
	await sql`
		create trigger tasks_rollup_update after update on tasks
		referencing old table as old_rows new table as new_rows
		for each statement execute function rollup_tasks()`.execute(db);
	await sql`
		create trigger tasks_rollup_delete after delete on tasks referencing old table as old_rows
		for each statement execute function rollup_tasks()`.execute(db);

	// a plan's scope from the plans, implements and relations as they stand; its tasks leave the old scope's
	// roll-ups and enter the new one's
	await sql`
		create function plan_scope_refresh(plan text, leaving boolean default false) returns void language plpgsql as $fn$
		declare
			fresh text[];
			stored text[];
			plan_tasks rollup_task[];
		begin
			perform pg_advisory_xact_lock(hashtextextended(plan, 0));
			select coalesce(array_agg(distinct id order by id), '{}') into fresh from (
				with recursive up(id, hops) as (
					select d.id, 0 from (
						select p.directive_id as id from plans p
						where p.id = plan and not leaving and p.status <> 'draft' and p.directive_id is not null
						union
						select i.directive_id from plan_implements i join plans p on p.id = i.plan_id
						where i.plan_id = plan and not leaving and p.status <> 'draft'
					) as d
					union
					select r.to_id, u.hops + 1 from directive_relations r join up u on r.from_id = u.id
					where u.hops < ${sql.lit(DEPTH)}
				)
				select id from up
			) as reached;
			select coalesce(array_agg(directive_id order by directive_id), '{}') into stored
			from plan_scopes where plan_id = plan;
			if fresh = stored then return; end if;
			plan_tasks := array(
				select row(t.plan_id, t.lead_unit_id, t.status, t.progress, t.deadline_due, t.completed_on, 1)::rollup_task
				from tasks t where t.plan_id = plan);
			perform rollup_add(array(select row(c.plan_id, c.unit_id, c.status, c.progress, c.due, c.completed_on,
				-1)::rollup_task from unnest(plan_tasks) c), false);
			delete from plan_scopes where plan_id = plan;
			insert into plan_scopes (directive_id, plan_id) select unnest(fresh), plan;
			perform rollup_add(plan_tasks, false);
		end
		$fn$`.execute(db);

	await sql`
		create function rollup_plans() returns trigger language plpgsql as $fn$
		begin
			if tg_op = 'DELETE' then
				perform plan_scope_refresh(old.id, leaving => true);
				return old;
			end if;
			if tg_op = 'INSERT' or (old.status = 'draft') <> (new.status = 'draft')
				or old.directive_id is distinct from new.directive_id then
				perform plan_scope_refresh(new.id);
			end if;
			return null;
		end
		$fn$`.execute(db);
	// before a delete: the plan's tasks leave the roll-ups while its scope is still known
	await sql`
		create trigger plans_rollup_delete before delete on plans
		for each row execute function rollup_plans()`.execute(db);
	await sql`
		create trigger plans_rollup_change after insert or update of status, directive_id on plans
		for each row execute function rollup_plans()`.execute(db);

	await sql`
		create function rollup_implements() returns trigger language plpgsql as $fn$
		begin
			if tg_op in ('UPDATE', 'DELETE') then perform plan_scope_refresh(old.plan_id); end if;
			if tg_op in ('INSERT', 'UPDATE') then perform plan_scope_refresh(new.plan_id); end if;
			return null;
		end
		$fn$`.execute(db);
	await sql`
		create trigger plan_implements_rollup after insert or update or delete on plan_implements
		for each row execute function rollup_implements()`.execute(db);

	// a relation moves every plan under its lower end: each plan's scope again, plans in a fixed order
	await sql`
		create function rollup_relations() returns trigger language plpgsql as $fn$
		declare
			plan text;
		begin
			for plan in
				select s.plan_id from plan_scopes s
				where (tg_op <> 'INSERT' and s.directive_id = old.from_id)
					or (tg_op <> 'DELETE' and s.directive_id = new.from_id)
				group by s.plan_id order by s.plan_id
			loop
				perform plan_scope_refresh(plan);
			end loop;
			return null;
		end
		$fn$`.execute(db);
	await sql`
		create trigger directive_relations_rollup after insert or update or delete on directive_relations
		for each row execute function rollup_relations()`.execute(db);

	// replay empties tasks and plans: the roll-ups of what they held go with them
	await sql`
		create function rollup_truncate() returns trigger language plpgsql as $fn$
		begin
			if tg_table_name = 'plans' then truncate plan_scopes; end if;
			truncate directive_rollups, directive_rollup_deltas, plan_progress;
			return null;
		end
		$fn$`.execute(db);
	for (const table of ['tasks', 'plans']) {
		await sql`
			create trigger ${sql.id(`${table}_rollup_truncate`)} after truncate on ${sql.table(table)}
			for each statement execute function rollup_truncate()`.execute(db);
	}

	// folds the deltas into directive_rollups; one compaction at a time (the others return at once)
	await sql`
		create function directive_rollups_compact() returns int8 language plpgsql as $fn$
		declare
			moved int8;
		begin
			if not pg_try_advisory_xact_lock(hashtextextended('directive_rollups_compact', 0)) then return 0; end if;
			with gone as (
				delete from directive_rollup_deltas returning directive_id, unit_id, kind, day, n, progress_sum
			)
			insert into directive_rollups as r (directive_id, unit_id, kind, day, n, progress_sum)
			select directive_id, unit_id, kind, day, sum(n), sum(progress_sum) from gone
			group by 1, 2, 3, 4 order by 1, 2, 3, 4
			on conflict (directive_id, unit_id, kind, day)
			do update set n = r.n + excluded.n, progress_sum = r.progress_sum + excluded.progress_sum;
			get diagnostics moved = row_count;
			delete from directive_rollups where n = 0 and progress_sum = 0;
			return moved;
		end
		$fn$`.execute(db);

	// the plans already there (issued ones under their directives) and their tasks
	await sql`select plan_scope_refresh(id) from plans order by id`.execute(db);
	await sql`
		insert into plan_progress (plan_id, total, done, progress_sum)
		select plan_id, count(*), count(*) filter (where status = 'done'),
			sum(case when status = 'done' then 100 else progress end)
		from tasks group by plan_id`.execute(db);
	await sql`select directive_rollups_compact()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	await sql`drop trigger directive_relations_rollup on directive_relations`.execute(db);
	await sql`drop trigger plan_implements_rollup on plan_implements`.execute(db);
	for (const trigger of ['plans_rollup_delete', 'plans_rollup_change', 'plans_rollup_truncate']) {
		await sql`drop trigger ${sql.id(trigger)} on plans`.execute(db);
	}
	for (const trigger of ['insert', 'update', 'delete', 'truncate']) {
		await sql`drop trigger ${sql.id(`tasks_rollup_${trigger}`)} on tasks`.execute(db);
	}
	await sql`
		drop function directive_rollups_compact(), rollup_truncate(), rollup_relations(), rollup_implements(),
			rollup_plans(), plan_scope_refresh(text, boolean), rollup_tasks(), rollup_add(rollup_task[], boolean)`.execute(
		db
	);
	await sql`drop type rollup_task`.execute(db);
	await sql`drop table plan_progress, directive_rollup_deltas, directive_rollups, plan_scopes`.execute(db);
	await sql`drop index tasks_open_by_due_idx`.execute(db);
}
