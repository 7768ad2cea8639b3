import { dateDeadline } from '@trienkhai/domain';
import { describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../testing/test-databases.ts';
import { useDemoDatabase } from '../testing/demo-suite.ts';
import { auditLog } from './audit.ts';
import { dashboardActivity } from './dashboard.ts';
import { planHistory } from './history.ts';
import { renameUnit } from './units.ts';

const OWNER = 'ubnd-quang-binh';
const FINANCE = 'qb-so-tai-chinh';
const PLAN = 'p-renamed';
const TASK = `${PLAN}/1`;
const before = { userId: `u-${FINANCE}`, unitId: FINANCE, occurredAt: '2026-12-01T01:00:00.000Z' };

describe.each(testDatabaseKinds())('a renamed unit in the history on %s', (kind) => {
	const demo = useDemoDatabase(kind, async ({ store }) => {
		await store.append({
			planId: PLAN,
			events: [
				{
					...before,
					userId: `u-${OWNER}`,
					unitId: OWNER,
					taskId: null,
					type: 'PlanCreated',
					data: {
						title: 'Kế hoạch đổi tên',
						ownerUnitId: OWNER,
						implementsDirectiveIds: [],
						documentId: null
					}
				},
				{
					...before,
					userId: `u-${OWNER}`,
					unitId: OWNER,
					taskId: TASK,
					type: 'TaskCreated',
					data: {
						groupId: null,
						index: 0,
						code: '1',
						content: 'Nhiệm vụ 1',
						leadUnitId: OWNER,
						coordinatorUnitIds: [],
						deadline: dateDeadline('2099-12-31'),
						output: 'Báo cáo'
					}
				},
				{
					...before,
					userId: `u-${OWNER}`,
					unitId: OWNER,
					taskId: TASK,
					type: 'TaskFieldChanged',
					data: { field: 'leadUnitId', from: OWNER, to: FINANCE }
				},
				{ ...before, taskId: TASK, type: 'TaskAccepted', data: {} }
			]
		});
	});

	it('names the unit as it was called when each event happened, and by its new name after', async () => {
		const old = await demo.db
			.selectFrom('units')
			.select(['short_name'])
			.where('id', '=', FINANCE)
			.executeTakeFirstOrThrow();
		expect(
			await renameUnit(demo.db, {
				id: FINANCE,
				name: 'Sở Tài chính và Đầu tư tỉnh Quảng Bình',
				shortName: 'Sở TC&ĐT'
			})
		).toBe(true);
		await demo.store.append({
			planId: PLAN,
			events: [
				{
					userId: `u-${OWNER}`,
					unitId: OWNER,
					occurredAt: new Date(Date.now() + 1000).toISOString(),
					taskId: TASK,
					type: 'TaskFieldChanged',
					data: { field: 'coordinatorUnitIds', from: [], to: [FINANCE] }
				}
			]
		});
		const expected = [
			['UBND tỉnh Quảng Bình', 'Nhiệm vụ 1: cơ quan phối hợp (trống) → Sở TC&ĐT'],
			[old.short_name, 'Nhiệm vụ 1: đã tiếp nhận'],
			['UBND tỉnh Quảng Bình', `Nhiệm vụ 1: cơ quan chủ trì UBND tỉnh Quảng Bình → ${old.short_name}`]
		];
		const history = await planHistory(demo.db, PLAN);
		expect(history.slice(0, 3).map((e) => [e.unitName, e.summary])).toEqual(expected);
		const audit = await auditLog(demo.db, { planId: PLAN }, { unitId: OWNER, isAdmin: true });
		expect(audit.entries.slice(0, 3).map((e) => [e.unitName, e.summary])).toEqual(expected);
		const activity = await dashboardActivity(demo.db, { kind: 'plan', planId: PLAN });
		expect(activity.slice(0, 3).map((e) => [e.unitName, e.summary])).toEqual(expected);
		// renaming to the same names keeps no history row
		expect(
			await renameUnit(demo.db, {
				id: FINANCE,
				name: 'Sở Tài chính và Đầu tư tỉnh Quảng Bình',
				shortName: 'Sở TC&ĐT'
			})
		).toBe(true);
		const kept = await demo.db
			.selectFrom('unit_name_history')
			.select('short_name')
			.where('unit_id', '=', FINANCE)
			.execute();
		expect(kept).toEqual([{ short_name: old.short_name }]);
	});
});
