import type { StoredEvent } from '@trienkhai/domain';
import { sql, type Kysely } from 'kysely';
import type { Schema } from '../schema.ts';
import { clamp, countTasks } from './task-places.ts';

export type GroupEvent = Extract<StoredEvent, { type: `TaskGroup${string}` }>;

async function groupPosition(db: Kysely<Schema>, planId: string, groupId: string) {
	const row = await db
		.selectFrom('task_groups')
		.select('position')
		.where('id', '=', groupId)
		.where('plan_id', '=', planId)
		.executeTakeFirst();
	return row?.position;
}

async function countGroups(db: Kysely<Schema>, planId: string): Promise<number> {
	const row = await db
		.selectFrom('task_groups')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('plan_id', '=', planId)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

async function shiftGroups(db: Kysely<Schema>, planId: string, from: number, by: 1 | -1, except = '') {
	await sql`
		update task_groups set position = position + ${by}
		where plan_id = ${planId} and position ${sql.raw(by > 0 ? '>=' : '>')} ${from} and id <> ${except}`.execute(
		db
	);
}

/** Applies one task-group event; whether it changed the plan's groups. */
export async function applyGroupEvent(db: Kysely<Schema>, event: GroupEvent): Promise<boolean> {
	const planId = event.planId;
	switch (event.type) {
		case 'TaskGroupCreated': {
			const { groupId, code, title, index } = event.data;
			const exists = await db
				.selectFrom('task_groups')
				.select('id')
				.where('id', '=', groupId)
				.executeTakeFirst();
			if (exists) return false;
			const position = clamp(index, await countGroups(db, planId));
			await shiftGroups(db, planId, position, 1);
			await db
				.insertInto('task_groups')
				.values({ id: groupId, plan_id: planId, code, title, position })
				.execute();
			return true;
		}
		case 'TaskGroupChanged': {
			const { groupId, field, to } = event.data;
			const result = await db
				.updateTable('task_groups')
				.set(field === 'code' ? { code: to } : { title: to })
				.where('id', '=', groupId)
				.where('plan_id', '=', planId)
				.executeTakeFirst();
			return (result.numUpdatedRows ?? 0n) > 0n;
		}
		case 'TaskGroupMoved': {
			const { groupId, to } = event.data;
			const from = await groupPosition(db, planId, groupId);
			if (from === undefined) return false;
			const count = await countGroups(db, planId);
			await shiftGroups(db, planId, from, -1);
			const position = clamp(to, count - 1);
			await shiftGroups(db, planId, position, 1, groupId);
			await db.updateTable('task_groups').set({ position }).where('id', '=', groupId).execute();
			return true;
		}
		case 'TaskGroupDeleted': {
			const { groupId } = event.data;
			const from = await groupPosition(db, planId, groupId);
			if (from === undefined || (await countTasks(db, planId, groupId)) > 0) return false;
			await db.deleteFrom('task_groups').where('id', '=', groupId).execute();
			await shiftGroups(db, planId, from, -1);
			return true;
		}
		default:
			return false;
	}
}
