import { createPlanDocument, planDocumentRoots, type PlanDocumentSnapshot } from '@trienkhai/domain';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RightsGate, type GateDecision, type PlanRights } from './rights-gate.ts';
import {
	randomClientEdit,
	randomPlan,
	seededRandom,
	type Random,
	type RandomPlan
} from './testing/random-editing.ts';
import { UpdateBudget } from './update-budget.ts';

const AT = '2026-12-07T10:00:00.000Z';

function snapshotOf(plan: RandomPlan): PlanDocumentSnapshot {
	return {
		title: 'Kế hoạch',
		purpose: 'Mục đích',
		organisation: '',
		groups: plan.groupIds.map((id, i) => ({ id, code: String(i + 1), title: `Nhóm ${i + 1}` })),
		tasks: plan.tasks.map((t, i) => ({
			...t,
			index: Math.floor(i / 2),
			code: String(i + 1),
			content: `Nhiệm vụ ${i + 1}`,
			deadline: null,
			output: null,
			difficulties: null,
			extensionRequest: null
		}))
	};
}

/** Content outside the layout written into one task, in place, as a hostile client could. */
function foreignTaskEdit(r: Random, doc: Y.Doc): void {
	const tasks = planDocumentRoots(doc).tasks;
	const map = tasks.get(r.pick([...tasks.keys()])) as Y.Map<unknown>;
	const content = map.get('content') as Y.Text;
	switch (r.int(5)) {
		case 0:
			map.set('output', { not: 'a string' });
			break;
		case 1:
			content.insert(0, 'đậm', { bold: true });
			break;
		case 2:
			content.insertEmbed(0, { x: 1 });
			break;
		case 3:
			map.set('coordinatorUnitIds', 'qb-so-khcn');
			break;
		default:
			map.set('deadline', { kind: 'nonsense' });
	}
}

/** What a decision says (the snapshots of an accepted one included). */
function outcome(decision: GateDecision): unknown {
	return decision.kind === 'invalid'
		? { kind: decision.kind, reason: decision.reason, detail: decision.detail }
		: decision;
}

describe('RightsGate checking only the tasks an update changes in place', () => {
	it('decides every update as the check of the whole document does', () => {
		const r = seededRandom(20);
		const kinds = new Map<string, number>();
		let inPlace = 0;
		for (let p = 0; p < 25; p++) {
			const plan = randomPlan(r, `p${p}`, r.pick(['draft', 'draft', 'draft', 'issued'] as const));
			const committed = createPlanDocument(snapshotOf(plan));
			const rights: PlanRights = {
				status: plan.status,
				ownerUnitId: plan.ownerUnitId,
				coDrafterUnitIds: plan.coDrafterUnitIds
			};
			const baseline = () => ({ doc: committed, pending: [] });
			const budget = () => new UpdateBudget(1 << 30, () => 0);
			const fast = new RightsGate({ ...rights }, budget(), baseline);
			const whole = new RightsGate({ ...rights }, budget(), baseline, { incremental: false });
			let client = new Y.Doc();
			Y.applyUpdate(client, Y.encodeStateAsUpdate(committed));
			for (let step = 0; step < 40; step++) {
				const unitId = r.chance(0.5) ? plan.ownerUnitId : r.pick(plan.editorUnitIds);
				const before = Y.encodeStateVector(client);
				if (r.chance(0.1)) foreignTaskEdit(r, client);
				else randomClientEdit(r, client, unitId, `e${step}`, `p${p}/n${step}`);
				const update = Y.encodeStateAsUpdate(client, before);
				const actor = { userId: `u-${unitId}`, unitId };
				const a = fast.check(update, actor, AT);
				expect(outcome(a)).toEqual(outcome(whole.check(update, actor, AT)));
				kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1);
				if (a.kind === 'accepted') Y.applyUpdate(committed, update);
				else {
					// the author is brought back to the server's state, as the room does by closing its session
					client.destroy();
					client = new Y.Doc();
					Y.applyUpdate(client, Y.encodeStateAsUpdate(committed));
				}
			}
			inPlace += fast.inPlaceChecks;
			expect(whole.inPlaceChecks).toBe(0);
		}
		expect(kinds.get('accepted')).toBeGreaterThan(300);
		expect(kinds.get('refused')).toBeGreaterThan(100);
		expect(kinds.get('invalid')).toBeGreaterThan(30);
		expect(inPlace).toBeGreaterThan(150);
	}, 120_000);
});
