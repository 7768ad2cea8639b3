import type { CascadeDirectiveNode, CascadeNode } from '@trienkhai/domain';
import { describe, expect, it } from 'vitest';
import { executeTaskCommand } from '../commands/commands.ts';
import { demoData } from '../seed/demo-data.ts';
import { testDatabaseKinds } from '../testing/test-databases.ts';
import { useDemoDatabase } from '../testing/demo-suite.ts';
import { directiveCascade } from './cascade.ts';

const QB_PLAN = 'plan-ubnd-qb-kl69';
const QNG_PLAN = 'plan-tu-qng-kl69';
const taskCount = (key: string) =>
	demoData.plans.find((p) => p.key === key)!.groups.reduce((n, g) => n + g.tasks.length, 0);

/** The tree as indented lines: 'relation id [plans]', to compare whole levels at once. */
function outline(node: CascadeNode, indent = ''): string[] {
	if (node.kind === 'plan') return [`${indent}${node.relation} plan ${node.plan.id}`];
	const plans = node.plans.length > 0 ? ` [${node.plans.map((p) => p.id).join(', ')}]` : '';
	return [
		`${indent}${node.relation ?? 'root'} ${node.directive.id}${plans}`,
		...node.children.flatMap((c) => outline(c, `${indent}  `))
	];
}

function find(node: CascadeDirectiveNode, id: string): CascadeDirectiveNode | undefined {
	if (node.directive.id === id) return node;
	for (const child of node.children) {
		if (child.kind !== 'directive') continue;
		const found = find(child, id);
		if (found) return found;
	}
	return undefined;
}

describe.each(testDatabaseKinds())('directive cascade on %s', (kind) => {
	const demo = useDemoDatabase(kind);

	it('walks the KL 69 cascade level by level, plans under their own documents', async () => {
		const tree = await directiveCascade(demo.db, 'kl-69', new Date('2024-09-01T00:00:00Z'));
		expect(outline(tree!)).toEqual([
			'root kl-69',
			// same day (22/01/2024): in id order
			'  copies bs-287-vptu-la',
			'    copies bs-279-vphu-cd',
			'  copies cv-2241-tu-la',
			'  copies cv-1614-hu-cd',
			`  implements cv-2018-tu-qng [${QNG_PLAN}]`,
			'  implements kh-391-tu-qn',
			'  guides hd-149-btgtw',
			'  implements kh-156-tu-qb',
			`    implements kh-ubnd-qb [${QB_PLAN}]`,
			'  implements qd-709-ttg',
			`    implements kh-ubnd-qb [${QB_PLAN}]`
		]);
		expect(tree!.children.map((c) => c.depth)).toEqual(Array(8).fill(1));
		expect(find(tree!, 'bs-279-vphu-cd')!.depth).toBe(2);
	});

	it('rolls progress up: each plan once at every directive above it', async () => {
		const qb = taskCount(QB_PLAN);
		const qng = taskCount(QNG_PLAN);
		const tree = (await directiveCascade(demo.db, 'kl-69', new Date('2024-09-01T00:00:00Z')))!;
		// the Quảng Bình plan is reached twice (through QĐ 709 and KH 156) but counted once
		expect(tree.rollup).toMatchObject({ plans: 2, tasks: qb + qng, done: 0, overdue: 0, averageProgress: 0 });
		expect(find(tree, 'qd-709-ttg')!.rollup).toMatchObject({ plans: 1, tasks: qb });
		expect(find(tree, 'kh-156-tu-qb')!.rollup).toMatchObject({ plans: 1, tasks: qb });
		expect(find(tree, 'cv-2018-tu-qng')!.rollup).toMatchObject({ plans: 1, tasks: qng });
		expect(find(tree, 'hd-149-btgtw')!.rollup).toMatchObject({ plans: 0, tasks: 0, averageProgress: 0 });
	});

	it('shows a confirmed task as done and progress as the task-weighted mean', async () => {
		const task = `${QB_PLAN}/II.1.b`;
		const lead = (
			await demo.db
				.selectFrom('tasks')
				.select('lead_unit_id')
				.where('id', '=', task)
				.executeTakeFirstOrThrow()
		).lead_unit_id!;
		const at = () => new Date().toISOString();
		const as = (unitId: string) => ({ userId: `u-${unitId}`, unitId });
		await executeTaskCommand(demo.store, QB_PLAN, {
			type: 'AcceptTask',
			taskId: task,
			actor: as(lead),
			at: at()
		});
		await executeTaskCommand(demo.store, QB_PLAN, {
			type: 'UpdateTaskProgress',
			taskId: task,
			actor: as(lead),
			at: at(),
			progress: 100,
			note: 'Xong'
		});
		await executeTaskCommand(demo.store, QB_PLAN, {
			type: 'ReportTaskResult',
			taskId: task,
			actor: as(lead),
			at: at(),
			summary: 'Đã ban hành kế hoạch'
		});
		await executeTaskCommand(demo.store, QB_PLAN, {
			type: 'ConfirmTaskResult',
			taskId: task,
			actor: as('ubnd-quang-binh'),
			at: at()
		});
		const qb = taskCount(QB_PLAN);
		const qng = taskCount(QNG_PLAN);
		const tree = (await directiveCascade(demo.db, 'kl-69', new Date()))!;
		const plan = find(tree, 'kh-ubnd-qb')!.plans[0]!;
		expect(plan.rollup).toMatchObject({ plans: 1, tasks: qb, done: 1, doneOnTime: 1, overdue: 0 });
		expect(plan.rollup.averageProgress).toBe(Math.round(100 / qb));
		expect(tree.rollup.done).toBe(1);
		expect(tree.rollup.averageProgress).toBe(Math.round(100 / (qb + qng)));
	});

	it('ends a loop in the relations instead of the query', async () => {
		// nq-20 "guides" a copy under KL 69, which continues nq-20: a loop the registry form would refuse
		await demo.db
			.insertInto('directive_relations')
			.values({ from_id: 'nq-20', to_id: 'bs-279-vphu-cd', kind: 'guides', note: null })
			.execute();
		try {
			const tree = (await directiveCascade(demo.db, 'kl-69', new Date()))!;
			const copy = find(tree, 'bs-279-vphu-cd')!;
			const loop = copy.children.find((c) => c.kind === 'directive' && c.directive.id === 'nq-20');
			expect(loop).toBeDefined();
			// under nq-20 the walk does not come back to kl-69 (only ctr-19, which implements nq-20)
			expect(outline(loop!)).toEqual(['guides nq-20', '  implements ctr-19-tu-qb']);
			const fromNq = (await directiveCascade(demo.db, 'nq-20', new Date()))!;
			expect(outline(fromNq).filter((l) => l.trim().endsWith(' nq-20'))).toEqual(['root nq-20']);
		} finally {
			await demo.db
				.deleteFrom('directive_relations')
				.where('from_id', '=', 'nq-20')
				.where('to_id', '=', 'bs-279-vphu-cd')
				.execute();
		}
	});

	it('reaches a document once when a plan on it implements a directive it already relates to', async () => {
		// Long An's copy of KL 69 (related to it as "copies") gets a plan of its own that implements KL 69
		await demo.db
			.insertInto('plans')
			.values({
				id: 'plan-on-copy',
				title: 'Kế hoạch theo bản sao',
				owner_unit_id: 'tu-long-an',
				directive_id: 'cv-2241-tu-la',
				status: 'issued',
				search_text: 'ke hoach theo ban sao',
				purpose: '',
				organisation: '',
				co_drafter_unit_ids: '[]'
			})
			.execute();
		await demo.db
			.insertInto('plan_implements')
			.values({ plan_id: 'plan-on-copy', directive_id: 'kl-69' })
			.execute();
		// and a second relation of another kind between the same two documents
		await demo.db
			.insertInto('directive_relations')
			.values({ from_id: 'cv-2241-tu-la', to_id: 'kl-69', kind: 'guides', note: null })
			.execute();
		try {
			const tree = (await directiveCascade(demo.db, 'kl-69', new Date()))!;
			const keys: string[] = [];
			const collect = (node: CascadeNode) => {
				keys.push(node.key);
				if (node.kind === 'directive') node.children.forEach(collect);
			};
			collect(tree);
			expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
			const copy = tree.children.filter((c) => c.kind === 'directive' && c.directive.id === 'cv-2241-tu-la');
			expect(copy).toHaveLength(1);
			expect(copy[0]!.kind === 'directive' && copy[0]!.plans.map((p) => p.id)).toEqual(['plan-on-copy']);
		} finally {
			await demo.db
				.deleteFrom('directive_relations')
				.where('from_id', '=', 'cv-2241-tu-la')
				.where('kind', '=', 'guides')
				.execute();
			await demo.db.deleteFrom('plan_implements').where('plan_id', '=', 'plan-on-copy').execute();
			await demo.db.deleteFrom('plans').where('id', '=', 'plan-on-copy').execute();
		}
	});

	it('hangs a plan without a document of its own under what it implements', async () => {
		await demo.db
			.insertInto('plans')
			.values({
				id: 'plan-leaf',
				title: 'Kế hoạch thử',
				owner_unit_id: 'tu-long-an',
				directive_id: null,
				status: 'draft',
				search_text: 'ke hoach thu',
				purpose: '',
				organisation: '',
				co_drafter_unit_ids: '[]'
			})
			.execute();
		await demo.db
			.insertInto('plan_implements')
			.values({ plan_id: 'plan-leaf', directive_id: 'cv-2241-tu-la' })
			.execute();
		const tree = (await directiveCascade(demo.db, 'kl-69', new Date()))!;
		expect(outline(find(tree, 'cv-2241-tu-la')!)).toEqual([
			'copies cv-2241-tu-la',
			'  implements plan plan-leaf'
		]);
		// a draft is listed but not counted; issued, it counts
		expect(tree.rollup.plans).toBe(2);
		await demo.db.updateTable('plans').set({ status: 'issued' }).where('id', '=', 'plan-leaf').execute();
		expect((await directiveCascade(demo.db, 'kl-69', new Date()))!.rollup.plans).toBe(3);
		expect(await directiveCascade(demo.db, 'khong-co', new Date())).toBeUndefined();
	});
});
