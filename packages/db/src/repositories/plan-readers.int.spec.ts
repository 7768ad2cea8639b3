import { describe, expect, it } from 'vitest';
import { useDemoDatabase } from '../testing/demo-suite.ts';
import { testDatabaseKinds } from '../testing/test-databases.ts';
import { listPlans } from './plans.ts';

const KHCN = 'qb-so-khcn';
const OWNER = 'ubnd-quang-binh';
const ASKED = 'qb-so-tai-chinh';
const OUTSIDER = 'bct';
const DRAFT = 'plan-readers-draft';
const at = '2026-03-04T02:00:00.000Z';
const by = { taskId: null, userId: `u-${KHCN}`, unitId: KHCN, occurredAt: at };

// Drafts are not public: a plan list for a person holds the drafts they may read and no others.
describe.each(testDatabaseKinds())('plan lists and drafts on %s', (kind) => {
	const demo = useDemoDatabase(kind, async ({ store }) => {
		await store.append({
			planId: DRAFT,
			events: [
				{
					...by,
					type: 'PlanCreated',
					data: {
						title: 'Dự thảo của Sở KH&CN',
						ownerUnitId: KHCN,
						implementsDirectiveIds: [],
						documentId: null
					}
				},
				{ ...by, type: 'CoDrafterInvited', data: { unitId: OWNER } },
				{
					...by,
					type: 'OpinionsRequested',
					data: { roundId: 'r1', unitIds: [ASKED], dueOn: '2026-03-20', note: null }
				}
			]
		});
	});
	const lists = async (reader: Parameters<typeof listPlans>[1]) =>
		(await listPlans(demo.db, reader)).some((p) => p.id === DRAFT);

	it('shows the draft to its owner, co-drafter, a unit asked for opinions and an administrator', async () => {
		expect(await lists({ reader: { unitId: KHCN, isAdmin: false } })).toBe(true);
		expect(await lists({ reader: { unitId: OWNER, isAdmin: false } })).toBe(true);
		expect(await lists({ reader: { unitId: ASKED, isAdmin: false } })).toBe(true);
		expect(await lists({ reader: { unitId: OUTSIDER, isAdmin: true } })).toBe(true);
	});

	it('hides it from any other unit and from no one signed in, and still lists the issued plans', async () => {
		expect(await lists({ reader: { unitId: OUTSIDER, isAdmin: false } })).toBe(false);
		expect(await lists({ reader: null })).toBe(false);
		const issued = await listPlans(demo.db, { reader: { unitId: OUTSIDER, isAdmin: false } });
		expect(issued.map((p) => p.id)).toContain('plan-ubnd-qb-kl69');
	});
});
