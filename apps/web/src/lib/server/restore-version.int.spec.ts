import { testDatabaseKinds } from '@trienkhai/db/testing';
import { useDemoDatabase } from '@trienkhai/db/testing/suite';
import {
	deriveContentEvents,
	readPlanDocument,
	setPlanSection,
	toEventInput,
	type Actor
} from '@trienkhai/domain';
import { loadPlan } from '@trienkhai/sync';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { restoreVersion } from './restore-version.ts';

const OWNER = 'ubnd-quang-binh';
const VIEWER = 'tu-quang-binh';
const PLAN = 'p-restore';
const owner: Actor = { userId: `u-${OWNER}`, unitId: OWNER };

describe.each(testDatabaseKinds())('restoring an earlier version on %s', (kind) => {
	const demo = useDemoDatabase(kind, async ({ store }) => {
		await store.append({
			planId: PLAN,
			events: [
				{
					taskId: null,
					type: 'PlanCreated',
					data: {
						title: 'Dự thảo khôi phục',
						ownerUnitId: OWNER,
						implementsDirectiveIds: [],
						documentId: null
					},
					userId: owner.userId,
					unitId: OWNER,
					occurredAt: '2026-12-01T01:00:00.000Z'
				}
			]
		});
	});
	const database = () => ({ db: demo.db, events: demo.store });

	/** Section III set as the owner would type it: one update with its content events; the event seq after it. */
	async function typeOrganisation(text: string): Promise<number> {
		const loaded = (await loadPlan(demo.db, demo.store, PLAN))!;
		const head = await demo.store.head(PLAN);
		const before = readPlanDocument(loaded.doc);
		const vector = Y.encodeStateVector(loaded.doc);
		setPlanSection(loaded.doc, 'organisation', text);
		const update = Y.encodeStateAsUpdate(loaded.doc, vector);
		const events = deriveContentEvents(before, readPlanDocument(loaded.doc), owner, new Date().toISOString());
		loaded.doc.destroy();
		const result = await demo.store.append({
			planId: PLAN,
			expected: { eventSeq: head.eventSeq, updateSeq: head.updateSeq },
			updates: [{ update, userId: owner.userId, unitId: OWNER, origin: 'client' }],
			events: events.map((e) => ({ ...toEventInput(e), updateIndex: 0 }))
		});
		return result.eventSeq;
	}

	async function organisationNow(): Promise<string> {
		const loaded = (await loadPlan(demo.db, demo.store, PLAN))!;
		const text = readPlanDocument(loaded.doc).organisation;
		loaded.doc.destroy();
		return text;
	}

	it('says there is nothing to restore before the document was first edited', async () => {
		const result = await restoreVersion(database(), { planId: PLAN, seq: 1, actor: owner, at: new Date() });
		expect(result).toEqual({ ok: false, refused: 'no_document' });
	});

	it('brings the text back as the owner’s edit: one update by them, section events by them', async () => {
		const earlier = await typeOrganisation('Giao Sở Nội vụ tổng hợp.');
		await typeOrganisation('Giao Văn phòng theo dõi.');
		const head = await demo.store.head(PLAN);
		const result = await restoreVersion(database(), {
			planId: PLAN,
			seq: earlier,
			actor: owner,
			at: new Date()
		});
		expect(result).toEqual({ ok: true, written: 1 });
		expect(await organisationNow()).toBe('Giao Sở Nội vụ tổng hợp.');
		const [update] = await demo.store.readPlanUpdates(PLAN, head.updateSeq + 1);
		expect(update).toMatchObject({ user_id: owner.userId, unit_id: OWNER, origin: 'restore' });
		const events = await demo.store.readPlanEvents(PLAN, { fromSeq: head.eventSeq + 1 });
		expect(events.map((e) => [e.type, e.userId, e.updateSeq])).toEqual([
			['PlanSectionEdited', owner.userId, update!.seq]
		]);
		expect(events[0]!.data).toMatchObject({
			section: 'organisation',
			from: 'Giao Văn phòng theo dõi.',
			to: 'Giao Sở Nội vụ tổng hợp.'
		});
		// the same version again: nothing left to change, nothing written
		expect(
			await restoreVersion(database(), { planId: PLAN, seq: earlier, actor: owner, at: new Date() })
		).toEqual({ ok: true, written: 0 });
	});

	it('refuses a unit that only reads the plan, writing nothing', async () => {
		const earlier = await typeOrganisation('Phiên bản cũ.');
		await typeOrganisation('Phiên bản mới.');
		const head = await demo.store.head(PLAN);
		const viewer: Actor = { userId: `u-${VIEWER}`, unitId: VIEWER };
		const result = await restoreVersion(database(), {
			planId: PLAN,
			seq: earlier,
			actor: viewer,
			at: new Date()
		});
		expect(result).toEqual({ ok: false, refused: 'denied', reason: 'viewer_read_only' });
		expect(await demo.store.head(PLAN)).toEqual(head);
		expect(await organisationNow()).toBe('Phiên bản mới.');
	});
});
