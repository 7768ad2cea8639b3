-- Privileges of the application role (what web and sync instances connect as), applied by the owner role
-- after each migration. The log tables (plan_updates, events, append_batches) are SELECT and INSERT only:
-- even a compromised instance cannot rewrite history, and the append-only triggers stop the owner too.
--
--   psql "$OWNER_URL" -v schema=public -v app_role=trienkhai_app -f infra/postgres/app-role.sql
--
-- Tested by packages/db/src/roles.int.spec.ts.

grant usage on schema :"schema" to :"app_role";

-- read models and reference data: the application maintains them (projections, admin pages, replay)
grant select, insert, update, delete, truncate on all tables in schema :"schema" to :"app_role";
grant usage, select on all sequences in schema :"schema" to :"app_role";

-- the log: append and read, nothing else
revoke update, delete, truncate on :"schema".plan_updates, :"schema".events, :"schema".append_batches
	from :"app_role";

-- migrations belong to the owner: instances start with MIGRATE=0 and only check the schema is current
revoke insert, update, delete, truncate on :"schema".kysely_migration, :"schema".kysely_migration_lock
	from :"app_role";
