// The sync benchmark's data: the plans of a load (as events for our server's log, as a snapshot to seed the
// reference server with) and a fresh PostgreSQL schema with the demo data, one signed-in user per client.
import { createHash, randomBytes } from 'node:crypto';
import { createSession, defaultAuthPolicy, type Database, type EventStore } from '@trienkhai/db';
import type { EventInput, PlanDocumentSnapshot } from '@trienkhai/domain';
import { sql } from 'kysely';
import { openTestDatabase } from '../src/testing/harness.ts';
import { loadName, type Load } from './options.ts';

export const OWNER = 'ubnd-quang-binh';
export const OWNER_NAME = 'UBND tỉnh Quảng Bình';
const LEADS = ['qb-so-khcn', 'qb-so-noi-vu', 'qb-so-tai-chinh'];
export const MIN_TASKS = 20;

/** A plan as created in the database and, for the reference server, seeded by a client. */
export interface BenchPlan {
	planId: string;
	taskIds: string[];
	snapshot: PlanDocumentSnapshot;
	events: EventInput[];
}

/** The user id of bench client `index` (a user of the owner unit, signed in once per run). */
export function benchUserId(index: number): string {
	return `bench-${index}`;
}

/**
 * The plans of a load: a draft plan of the owner unit with one group and one task per client (at least
 * MIN_TASKS), as events for our server's log and as the document snapshot the reference server is seeded with.
 */
export function planSpecs(load: Load, attempt: string): BenchPlan[] {
	const taskCount = Math.max(MIN_TASKS, load.clientsPerPlan);
	const at = new Date().toISOString();
	return Array.from({ length: load.plans }, (_, p) => {
		const planId = `bench-${load.plans}x${load.clientsPerPlan}r${load.rate}-${attempt}-${p + 1}`;
		const groupId = `${planId}/g1`;
		const base = { userId: `u-${OWNER}`, unitId: OWNER, occurredAt: at };
		const tasks = Array.from({ length: taskCount }, (_, i) => ({
			id: `${planId}/t${i + 1}`,
			groupId,
			index: i,
			code: `II.1.${i + 1}`,
			content: `Nhiệm vụ ${i + 1}: triển khai chuyển đổi số tại đơn vị`,
			leadUnitId: LEADS[i % LEADS.length] ?? null,
			coordinatorUnitIds: [] as string[],
			deadline: null,
			output: 'Báo cáo',
			difficulties: null,
			extensionRequest: null
		}));
		const title = `Kế hoạch đo hiệu năng ${loadName(load)} số ${p + 1}`;
		const events: EventInput[] = [
			{
				...base,
				taskId: null,
				type: 'PlanCreated',
				data: { title, ownerUnitId: OWNER, implementsDirectiveIds: [], documentId: null }
			},
			{
				...base,
				taskId: null,
				type: 'TaskGroupCreated',
				data: { groupId, code: '1', title: 'Nhóm nhiệm vụ 1', index: 0 }
			},
			...tasks.map((t): EventInput => ({
				...base,
				taskId: t.id,
				type: 'TaskCreated',
				data: {
					groupId,
					index: t.index,
					code: t.code,
					content: t.content,
					leadUnitId: t.leadUnitId,
					coordinatorUnitIds: [],
					deadline: null,
					output: t.output
				}
			}))
		];
		const snapshot: PlanDocumentSnapshot = {
			title,
			purpose: '',
			organisation: '',
			groups: [{ id: groupId, code: '1', title: 'Nhóm nhiệm vụ 1' }],
			tasks
		};
		return { planId, taskIds: tasks.map((t) => t.id), snapshot, events };
	});
}

/** The URL without its password, for printing. */
export function safeUrl(url: string): string {
	try {
		const parsed = new URL(url);
		parsed.password = '';
		return parsed.toString();
	} catch {
		return '(unparsable URL)';
	}
}

/** The bench's database: its schema, PostgreSQL's version, the clients' sessions, plans to add, and a drop. */
export interface BenchDatabase {
	schema: string;
	version: string;
	/** session id of bench client `index` (the server takes single-use tickets of live sessions only) */
	sessionIds: string[];
	createPlans(plans: BenchPlan[]): Promise<void>;
	drop(): Promise<void>;
}

/**
 * A fresh schema with the demo data for our server, `users` users of the owner unit (bench-0 …) each signed in
 * once, and a way to add the plans of a run. `onOpen` gets the drop at once, for an interrupt to call.
 */
export async function prepareDatabase(
	pgUrl: string,
	users: number,
	onOpen: (drop: () => Promise<void>) => void
): Promise<BenchDatabase> {
	const schema = `bench_sync_${randomBytes(5).toString('hex')}`;
	let opened: { database: Database; store: EventStore };
	try {
		opened = await openTestDatabase({ kind: 'postgres', url: pgUrl, schema });
	} catch (error) {
		throw new Error(`PostgreSQL at ${safeUrl(pgUrl)} is not usable`, { cause: error });
	}
	const { database, store } = opened;
	const drop = async () => {
		await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(database.db);
		await database.close();
	};
	onOpen(drop);
	const ids = Array.from({ length: users }, (_, i) => benchUserId(i));
	await database.db
		.insertInto('users')
		.values(
			ids.map((id) => ({
				id,
				username: id,
				display_name: `Bench ${id}`,
				unit_id: OWNER,
				password_hash: '!',
				is_admin: false
			}))
		)
		.execute();
	const sessionIds: string[] = [];
	for (const userId of ids) {
		const { token } = await createSession(database.db, {
			userId,
			userAgent: 'bench:sync',
			now: new Date(),
			policy: defaultAuthPolicy
		});
		sessionIds.push(createHash('sha256').update(token).digest('hex'));
	}
	const createPlans = async (plans: BenchPlan[]) => {
		for (const plan of plans) await store.append({ planId: plan.planId, events: plan.events });
	};
	const version = await sql<{ server_version: string }>`show server_version`.execute(database.db);
	return { schema, version: version.rows[0]?.server_version ?? '?', sessionIds, createPlans, drop };
}
