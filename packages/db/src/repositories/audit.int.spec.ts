import { dateDeadline } from '@trienkhai/domain';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../testing/test-databases.ts';
import { useDemoDatabase } from '../testing/demo-suite.ts';
import { auditActors, auditLog, chainBadges } from './audit.ts';

const PLAN = 'plan-ubnd-qb-kl69';
const OWNER = 'ubnd-quang-binh';
const KHCN = 'qb-so-khcn';
const OUTSIDER = 'bct';
const ownerViewer = { unitId: OWNER, isAdmin: false };
const outsiderViewer = { unitId: OUTSIDER, isAdmin: false };

describe.each(testDatabaseKinds())('audit trail on %s', (kind) => {
	let taskId = '';
	let taskCode = '';

	const demo = useDemoDatabase(kind, async ({ database, store }) => {
		const task = await database.db
			.selectFrom('tasks')
			.select(['id', 'code', 'content'])
			.where('plan_id', '=', PLAN)
			.where('lead_unit_id', '=', KHCN)
			.orderBy('position')
			.executeTakeFirstOrThrow();
		({ id: taskId, code: taskCode } = task);
		await store.append({
			planId: PLAN,
			events: [
				{
					taskId,
					type: 'TaskFieldChanged',
					data: { field: 'deadline', from: null, to: dateDeadline('2026-06-30') },
					userId: `u-${OWNER}`,
					unitId: OWNER,
					// 23:30 on 01/03/2026 in Hà Nội (still 28/02 in UTC)
					occurredAt: '2026-03-01T16:30:00.000Z'
				},
				{
					taskId,
					type: 'TaskTextEdited',
					data: { field: 'content', from: task.content, to: `${task.content} Đẩy mạnh chuyển đổi số.` },
					userId: `u-${KHCN}`,
					unitId: KHCN,
					occurredAt: '2026-03-02T02:00:00.000Z'
				},
				{
					taskId,
					type: 'PermissionDenied',
					data: { action: 'edit_task_field', field: 'output', reason: 'viewer_read_only' },
					userId: `u-${OUTSIDER}`,
					unitId: OUTSIDER,
					occurredAt: '2026-03-03T02:00:00.000Z'
				}
			]
		});
	});

	it('filters by person, unit, type, task code and Vietnamese calendar days', async () => {
		const byPerson = await auditLog(demo.db, { planId: PLAN, userId: `u-${KHCN}` }, ownerViewer);
		expect(byPerson.entries.map((e) => e.type)).toEqual(['TaskTextEdited']);
		expect(byPerson.entries[0]).toMatchObject({ unitName: 'Sở KH&CN', taskCode, taskId });

		const byType = await auditLog(demo.db, { type: 'TaskFieldChanged' }, ownerViewer);
		expect(byType.entries).toHaveLength(1);
		expect(byType.entries[0]!.summary).toContain('thời hạn (trống) → “30/06/2026”');

		const byTask = await auditLog(demo.db, { planId: PLAN, taskCode }, ownerViewer);
		expect(byTask.entries.map((e) => e.type)).toEqual([
			'PermissionDenied',
			'TaskTextEdited',
			'TaskFieldChanged',
			'TaskCreated'
		]);
		expect((await auditLog(demo.db, { planId: PLAN, unitId: OUTSIDER }, ownerViewer)).entries).toHaveLength(
			1
		);

		// 23:30 on 01/03 in Hà Nội belongs to 01/03, not to 28/02
		const first = await auditLog(demo.db, { from: '2026-03-01', to: '2026-03-01' }, ownerViewer);
		expect(first.entries.map((e) => e.type)).toEqual(['TaskFieldChanged']);
		const feb = await auditLog(demo.db, { from: '2026-02-28', to: '2026-02-28' }, ownerViewer);
		expect(feb.entries).toEqual([]);
	});

	it('shows refused attempts to the owner unit and administrators only', async () => {
		const filter = { planId: PLAN, type: 'PermissionDenied' as const };
		expect((await auditLog(demo.db, filter, ownerViewer)).entries).toHaveLength(1);
		expect((await auditLog(demo.db, filter, { unitId: OUTSIDER, isAdmin: true })).entries).toHaveLength(1);
		expect((await auditLog(demo.db, filter, outsiderViewer)).entries).toEqual([]);
		expect((await auditLog(demo.db, filter, { unitId: KHCN, isAdmin: false })).entries).toEqual([]);
		const all = await auditLog(demo.db, { planId: PLAN, taskCode }, outsiderViewer);
		expect(all.entries.map((e) => e.type)).not.toContain('PermissionDenied');
	});

	it('keeps a draft’s trail to those who may read the draft: its owner, its co-drafters, administrators', async () => {
		const draft = 'plan-audit-draft';
		const at = '2026-03-04T02:00:00.000Z';
		await demo.store.append({
			planId: draft,
			events: [
				{
					taskId: null,
					type: 'PlanCreated',
					data: { title: 'Dự thảo riêng', ownerUnitId: KHCN, implementsDirectiveIds: [], documentId: null },
					userId: `u-${KHCN}`,
					unitId: KHCN,
					occurredAt: at
				}
			]
		});
		const filter = { planId: draft };
		expect((await auditLog(demo.db, filter, { unitId: KHCN, isAdmin: false })).entries).toHaveLength(1);
		expect((await auditLog(demo.db, filter, { unitId: OUTSIDER, isAdmin: true })).entries).toHaveLength(1);
		expect((await auditLog(demo.db, filter, ownerViewer)).entries).toEqual([]);
		await demo.store.append({
			planId: draft,
			events: [
				{
					taskId: null,
					type: 'CoDrafterInvited',
					data: { unitId: OWNER },
					userId: `u-${KHCN}`,
					unitId: KHCN,
					occurredAt: at
				}
			]
		});
		expect((await auditLog(demo.db, filter, ownerViewer)).entries).toHaveLength(2);
	});

	it('searches without diacritics on both sides, in texts, names and type labels', async () => {
		const plain = await auditLog(demo.db, { planId: PLAN, text: 'day manh chuyen doi so' }, ownerViewer);
		expect(plain.entries.map((e) => e.type)).toEqual(['TaskTextEdited']);
		const accented = await auditLog(demo.db, { planId: PLAN, text: 'ĐẨY MẠNH CHUYỂN ĐỔI SỐ' }, ownerViewer);
		expect(accented.entries.map((e) => e.position)).toEqual(plain.entries.map((e) => e.position));
		const person = await auditLog(demo.db, { planId: PLAN, text: 'so kh&cn', limit: 500 }, ownerViewer);
		expect(person.entries.some((e) => e.type === 'TaskTextEdited')).toBe(true);
		// LIKE wildcards are plain characters
		expect((await auditLog(demo.db, { planId: PLAN, text: '%_%' }, ownerViewer)).entries).toEqual([]);
		const byLabel = await auditLog(
			demo.db,
			{ planId: PLAN, text: 'khong co trong du lieu', typesMatchingText: ['TaskFieldChanged'] },
			ownerViewer
		);
		expect(byLabel.entries.map((e) => e.type)).toEqual(['TaskFieldChanged']);
	});

	it('pages by global position without gaps or repeats', async () => {
		const seen: number[] = [];
		let before: number | undefined;
		for (;;) {
			const page = await auditLog(
				demo.db,
				{ planId: PLAN, limit: 7, ...(before === undefined ? {} : { before }) },
				ownerViewer
			);
			seen.push(...page.entries.map((e) => e.position));
			if (page.nextBefore === null) break;
			before = page.nextBefore;
		}
		const total = await demo.db
			.selectFrom('events')
			.select(sql<number>`count(*)::int4`.as('n'))
			.where('plan_id', '=', PLAN)
			.executeTakeFirstOrThrow();
		expect(seen).toHaveLength(total.n);
		expect([...seen].sort((a, b) => b - a)).toEqual(seen);
		expect(new Set(seen).size).toBe(seen.length);
	});

	it('lists the people and units of a plan’s log for the filters', async () => {
		const actors = await auditActors(demo.db, PLAN);
		expect(actors.users.map((u) => u.id)).toEqual(expect.arrayContaining([`u-${OWNER}`, `u-${KHCN}`]));
		expect(actors.units.map((u) => u.name)).toContain('Sở KH&CN');
	});

	it('badges a plan whose chain holds with its count and head, and a tampered one with the position', async () => {
		const [good] = await chainBadges(demo.store, [PLAN]);
		const head = await demo.store.head(PLAN);
		expect(good).toEqual({ planId: PLAN, ok: true, count: head.eventSeq, headHash: head.headHash });

		const events = await demo.store.readPlanEvents(PLAN);
		const victim = events.find((e) => e.type === 'TaskTextEdited')!;
		// what a superuser could do: switch triggers off for the session and rewrite a row
		await demo.db.connection().execute(async (conn) => {
			await sql`set session_replication_role = replica`.execute(conn);
			try {
				await sql`update events set data = jsonb_set(data, '{to}', '"sửa lén"') where position = ${victim.position}`.execute(
					conn
				);
			} finally {
				await sql`set session_replication_role = origin`.execute(conn);
			}
		});
		const [bad, other] = await chainBadges(demo.store, [PLAN, 'plan-tu-qng-kl69']);
		expect(bad).toEqual({
			planId: PLAN,
			ok: false,
			seq: victim.seq,
			position: victim.position,
			reason: 'hash_mismatch'
		});
		expect(other).toMatchObject({ ok: true });
	});
});
