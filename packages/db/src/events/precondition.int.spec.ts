import type { EventInput } from '@trienkhai/domain';
import { describe, expect, it } from 'vitest';
import { executePlanCommand } from '../commands/commands.ts';
import { useDemoDatabase } from '../testing/demo-suite.ts';
import { testDatabaseKinds } from '../testing/test-databases.ts';
import { PreconditionFailedError, type PlanRightsState } from './precondition.ts';

const OWNER = 'ubnd-quang-binh';
const actor = { userId: `u-${OWNER}`, unitId: OWNER };

function created(planId: string): EventInput {
	return {
		taskId: null,
		type: 'PlanCreated',
		data: { title: `Kế hoạch ${planId}`, ownerUnitId: OWNER, implementsDirectiveIds: [], documentId: null },
		...actor,
		occurredAt: new Date().toISOString()
	};
}

const draft: PlanRightsState = { status: 'draft', ownerUnitId: OWNER, coDrafterUnitIds: [] };
const update = { update: new Uint8Array([0, 0]), ...actor, origin: 'sync' };

describe.each(testDatabaseKinds())('append preconditions on %s', (kind) => {
	const demo = useDemoDatabase(kind);

	it('writes a batch whose plan rights are as stored, and refuses it, writing nothing, once a command changed them', async () => {
		const planId = `pre-${kind}`;
		await demo.store.append({ planId, events: [created(planId)] });
		const ok = await demo.store.append({ planId, updates: [update], precondition: { planRights: draft } });
		expect(ok.updateSeqs).toEqual([1, 1]);

		await executePlanCommand(demo.store, {
			type: 'IssuePlan',
			planId,
			actor,
			at: new Date().toISOString()
		});
		const head = await demo.store.head(planId);
		const refused = demo.store.append({ planId, updates: [update], precondition: { planRights: draft } });
		await expect(refused).rejects.toBeInstanceOf(PreconditionFailedError);
		await expect(refused).rejects.toMatchObject({ actual: { status: 'issued' } });
		expect(await demo.store.head(planId)).toEqual(head);
		expect(await demo.store.readPlanUpdates(planId)).toHaveLength(1);

		// the rights as stored now hold: written
		const issued = { ...draft, status: 'issued' };
		const again = await demo.store.append({
			planId,
			updates: [update],
			precondition: { planRights: issued }
		});
		expect(again.updateSeqs).toEqual([2, 2]);
	});

	it('refuses a batch for a plan that does not exist', async () => {
		await expect(
			demo.store.append({ planId: `missing-${kind}`, updates: [update], precondition: { planRights: draft } })
		).rejects.toBeInstanceOf(PreconditionFailedError);
	});
});
