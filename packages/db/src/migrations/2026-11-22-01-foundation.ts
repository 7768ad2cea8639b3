import { sql, type Kysely } from 'kysely';

// Frozen: a shipped migration never changes; a later one alters what it made.

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('units')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('short_name', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('party', 'state', 'other')`))
		.addColumn('parent_id', 'text', (c) => c.references('units.id'))
		.addColumn('search_text', 'text', (c) => c.notNull())
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.createIndex('units_parent_idx').on('units').column('parent_id').execute();

	await db.schema
		.createTable('users')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('username', 'text', (c) => c.notNull().unique())
		.addColumn('display_name', 'text', (c) => c.notNull())
		.addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
		.addColumn('password_hash', 'text')
		.addColumn('is_admin', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.createIndex('users_unit_idx').on('users').column('unit_id').execute();

	await db.schema
		.createTable('directives')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('type', 'text', (c) => c.notNull())
		.addColumn('number', 'text')
		.addColumn('symbol', 'text')
		.addColumn('number_display', 'text')
		.addColumn('issuer_unit_id', 'text', (c) => c.notNull().references('units.id'))
		.addColumn('issued_on', 'date', (c) => c.notNull())
		.addColumn('place', 'text', (c) => c.notNull())
		.addColumn('signer_name', 'text')
		.addColumn('signer_capacity', 'text')
		.addColumn('signer_title', 'text')
		.addColumn('subject', 'text', (c) => c.notNull())
		.addColumn('recipients', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
		.addColumn('source_file', 'text')
		.addColumn('search_text', 'text', (c) => c.notNull())
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema
		.createIndex('directives_number_idx')
		.on('directives')
		.columns(['number', 'symbol'])
		.execute();

	await db.schema
		.createTable('directive_relations')
		.addColumn('from_id', 'text', (c) => c.notNull().references('directives.id'))
		.addColumn('to_id', 'text', (c) => c.notNull().references('directives.id'))
		.addColumn('kind', 'text', (c) =>
			c.notNull().check(sql`kind in ('implements', 'guides', 'copies', 'continues')`)
		)
		.addColumn('note', 'text')
		.addPrimaryKeyConstraint('directive_relations_pk', ['from_id', 'to_id', 'kind'])
		.addCheckConstraint('directive_relations_not_self', sql`from_id <> to_id`)
		.execute();
	await db.schema
		.createIndex('directive_relations_to_idx')
		.on('directive_relations')
		.column('to_id')
		.execute();

	await db.schema
		.createTable('plans')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('owner_unit_id', 'text', (c) => c.notNull().references('units.id'))
		.addColumn('directive_id', 'text', (c) => c.references('directives.id'))
		.addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'issued', 'amending')`))
		.addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('purpose', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('organisation', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('issued_at', 'timestamptz')
		.addColumn('search_text', 'text', (c) => c.notNull())
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.createIndex('plans_owner_idx').on('plans').column('owner_unit_id').execute();

	await db.schema
		.createTable('plan_implements')
		.addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
		.addColumn('directive_id', 'text', (c) => c.notNull().references('directives.id'))
		.addPrimaryKeyConstraint('plan_implements_pk', ['plan_id', 'directive_id'])
		.execute();
	await db.schema
		.createIndex('plan_implements_directive_idx')
		.on('plan_implements')
		.column('directive_id')
		.execute();

	await db.schema
		.createTable('task_groups')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
		.addColumn('code', 'text', (c) => c.notNull())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('position', 'integer', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('task_groups_plan_idx').on('task_groups').column('plan_id').execute();

	await db.schema
		.createTable('tasks')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
		.addColumn('group_id', 'text', (c) => c.references('task_groups.id').onDelete('set null'))
		.addColumn('code', 'text', (c) => c.notNull())
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('content', 'text', (c) => c.notNull())
		.addColumn('lead_unit_id', 'text', (c) => c.references('units.id'))
		.addColumn('output', 'text')
		.addColumn('deadline_text', 'text')
		.addColumn('deadline_due', 'date')
		.addColumn('deadline', 'jsonb')
		.addColumn('status', 'text', (c) =>
			c
				.notNull()
				.check(
					sql`status in ('assigned', 'accepted', 'in_progress', 'reported', 'returned', 'done', 'paused')`
				)
		)
		.addColumn('progress', 'integer', (c) =>
			c
				.notNull()
				.defaultTo(0)
				.check(sql`progress between 0 and 100`)
		)
		.addColumn('completed_on', 'date')
		.addColumn('version', 'int8', (c) => c.notNull().defaultTo(0))
		.addColumn('search_text', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.createIndex('tasks_plan_idx').on('tasks').columns(['plan_id', 'position']).execute();
	await db.schema.createIndex('tasks_lead_idx').on('tasks').column('lead_unit_id').execute();
	await db.schema.createIndex('tasks_due_idx').on('tasks').column('deadline_due').execute();

	await db.schema
		.createTable('task_coordinators')
		.addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
		.addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
		.addColumn('position', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('task_coordinators_pk', ['task_id', 'unit_id'])
		.execute();
	await db.schema
		.createIndex('task_coordinators_unit_idx')
		.on('task_coordinators')
		.column('unit_id')
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of [
		'task_coordinators',
		'tasks',
		'task_groups',
		'plan_implements',
		'plans',
		'directive_relations',
		'directives',
		'users',
		'units'
	]) {
		await db.schema.dropTable(table).execute();
	}
}
