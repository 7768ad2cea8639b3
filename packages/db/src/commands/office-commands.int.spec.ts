import { isDomainError } from '@trienkhai/domain';
import { describe, expect, it } from 'vitest';
import { recipientProgress, startFollowUpPlan, unitInbox } from '../repositories/inbox.ts';
import { planExportData } from '../repositories/exports.ts';
import { seedSigners } from '../seed/data/signers.ts';
import { ensureDemoSigners } from '../seed/demo-signers.ts';
import { useDemoDatabase } from '../testing/demo-suite.ts';
import { testDatabaseKinds } from '../testing/test-databases.ts';
import { executePlanCommand } from './commands.ts';
import { executeOfficeCommand, issueWithRegisterNumber } from './office-commands.ts';

const OWNER = 'ubnd-quang-binh';
const SIGNER = 'u-ld-ubnd-quang-binh';
const clerk = { userId: `u-${OWNER}`, unitId: OWNER };
const signer = { userId: SIGNER, unitId: OWNER };
const at = () => new Date().toISOString();

describe.each(testDatabaseKinds())('issuing with the register on %s', (kind) => {
	const demo = useDemoDatabase(kind, async ({ database }) => {
		await ensureDemoSigners(database.db, seedSigners);
	});

	async function approvedDraft(planId: string) {
		await executePlanCommand(demo.store, {
			type: 'CreatePlan',
			planId,
			actor: clerk,
			at: at(),
			title: `Kế hoạch thử ${planId}`,
			ownerUnitId: OWNER
		});
		await executeOfficeCommand(demo.store, {
			type: 'SubmitForSignature',
			planId,
			actor: clerk,
			at: at(),
			signerUserId: SIGNER,
			note: ''
		});
		await executeOfficeCommand(demo.store, { type: 'ApproveForSignature', planId, actor: signer, at: at() });
	}

	const issue = (planId: string, recipientUnitIds = ['qb-so-khcn']) =>
		issueWithRegisterNumber(demo.store, {
			planId,
			actor: clerk,
			at: at(),
			documentId: `doc-${planId}`,
			recipientUnitIds
		});

	it('issues 20 plans of one unit concurrently with the numbers 1 to 20, no gap, no duplicate', async () => {
		const ids = Array.from({ length: 20 }, (_, i) => `plan-reg-${i}`);
		for (const id of ids) await approvedDraft(id);
		const issued = await Promise.all(ids.map((id) => issue(id)));
		expect(issued.map((i) => i.number).sort((a, b) => a - b)).toEqual(
			Array.from({ length: 20 }, (_, i) => i + 1)
		);
		const rows = await demo.db
			.selectFrom('plan_issues')
			.select('number')
			.where('plan_id', 'in', ids)
			.execute();
		expect(new Set(rows.map((r) => r.number)).size).toBe(20);
		const year = Number(issued[0]!.issuedOn.slice(0, 4));
		const register = await demo.db
			.selectFrom('document_registers')
			.select('last_number')
			.where('unit_id', '=', OWNER)
			.where('type_code', '=', 'KH')
			.where('year', '=', year)
			.executeTakeFirstOrThrow();
		expect(register.last_number).toBe(20);
	});

	it('refuses to issue before approval and to approve by anyone but the signer; a refusal uses no number', async () => {
		const planId = 'plan-reg-refused';
		await executePlanCommand(demo.store, {
			type: 'CreatePlan',
			planId,
			actor: clerk,
			at: at(),
			title: 'Kế hoạch chưa duyệt',
			ownerUnitId: OWNER
		});
		const refused = await issue(planId).catch((e: unknown) => e);
		expect(isDomainError(refused) && refused.code).toBe('invalid_transition');
		await executeOfficeCommand(demo.store, {
			type: 'SubmitForSignature',
			planId,
			actor: clerk,
			at: at(),
			signerUserId: SIGNER,
			note: 'Kính trình'
		});
		const wrongSigner = await executeOfficeCommand(demo.store, {
			type: 'ApproveForSignature',
			planId,
			actor: clerk,
			at: at()
		}).catch((e: unknown) => e);
		expect(isDomainError(wrongSigner) && wrongSigner.code).toBe('not_allowed');
		await executeOfficeCommand(demo.store, {
			type: 'ReturnForRevision',
			planId,
			actor: signer,
			at: at(),
			reason: 'Bổ sung thời hạn'
		});
		const signoff = await demo.db
			.selectFrom('plan_signoffs')
			.select(['status', 'reason'])
			.where('plan_id', '=', planId)
			.executeTakeFirstOrThrow();
		expect(signoff).toEqual({ status: 'returned', reason: 'Bổ sung thời hạn' });
		await executeOfficeCommand(demo.store, {
			type: 'SubmitForSignature',
			planId,
			actor: clerk,
			at: at(),
			signerUserId: SIGNER,
			note: ''
		});
		await executeOfficeCommand(demo.store, { type: 'ApproveForSignature', planId, actor: signer, at: at() });
		const issued = await issue(planId, ['qb-so-khcn', 'qb-so-tai-chinh']);
		// the 20 of the test before took 1–20; the refused attempts took nothing
		expect(issued.number).toBe(21);
		const data = await planExportData(demo.db, planId);
		expect(data).toMatchObject({
			number: '21',
			symbol: 'KH-UBND',
			place: 'Quảng Bình',
			recipients: ['Sở Khoa học và Công nghệ tỉnh Quảng Bình', 'Sở Tài chính tỉnh Quảng Bình', 'Lưu: VT']
		});
		expect(data?.signer.lines).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
		expect(data?.signer.name).toBe('Hồ An Phong');
	});

	it('delivers to the recipients, who receive, assign and start their own plan from it', async () => {
		const planId = 'plan-reg-refused';
		const inbox = await unitInbox(demo.db, 'qb-so-tai-chinh');
		expect(inbox.find((i) => i.planId === planId)).toMatchObject({ number: '21/KH-UBND', receivedAt: null });
		await executeOfficeCommand(demo.store, {
			type: 'AssignReceipt',
			planId,
			actor: { userId: 'u-qb-so-tai-chinh', unitId: 'qb-so-tai-chinh' },
			at: at(),
			userId: 'u-qb-so-tai-chinh',
			userName: 'Cán bộ Sở Tài chính Quảng Bình',
			userUnitId: 'qb-so-tai-chinh'
		});
		const outsider = await executeOfficeCommand(demo.store, {
			type: 'ReceivePlan',
			planId,
			actor: { userId: 'u-qb-so-noi-vu', unitId: 'qb-so-noi-vu' },
			at: at()
		}).catch((e: unknown) => e);
		expect(isDomainError(outsider) && outsider.code).toBe('not_allowed');
		const after = (await unitInbox(demo.db, 'qb-so-tai-chinh')).find((i) => i.planId === planId);
		expect(after?.receivedAt).not.toBeNull();
		expect(after?.assignedUserName).toBe('Cán bộ Sở Tài chính Quảng Bình');
		expect(await recipientProgress(demo.db, planId)).toEqual([
			expect.objectContaining({ unitId: 'qb-so-khcn', received: false, planned: false }),
			expect.objectContaining({ unitId: 'qb-so-tai-chinh', received: true, planned: false })
		]);
	});

	it('starts the recipient plan with the tasks the issued plan gives that unit', async () => {
		// the demo plan of UBND Quảng Bình, issued again through the workflow after an amendment
		const planId = 'plan-ubnd-qb-kl69';
		await executePlanCommand(demo.store, {
			type: 'StartAmendment',
			planId,
			actor: clerk,
			at: at(),
			reason: 'Cập nhật'
		});
		await executeOfficeCommand(demo.store, {
			type: 'SubmitForSignature',
			planId,
			actor: clerk,
			at: at(),
			signerUserId: SIGNER,
			note: ''
		});
		await executeOfficeCommand(demo.store, { type: 'ApproveForSignature', planId, actor: signer, at: at() });
		await issue(planId, ['qb-so-khcn']);
		const unit = { userId: 'u-qb-so-khcn', unitId: 'qb-so-khcn' };
		const started = await startFollowUpPlan({ db: demo.db, events: demo.store }, unit, planId);
		expect(started?.ok).toBe(true);
		const mine = await demo.db
			.selectFrom('tasks')
			.select('content')
			.where('plan_id', '=', planId)
			.where('lead_unit_id', '=', 'qb-so-khcn')
			.execute();
		const copied = await demo.db
			.selectFrom('tasks')
			.select(['content', 'lead_unit_id'])
			.where('plan_id', '=', started?.ok ? started.planId : '')
			.execute();
		expect(copied.length).toBeGreaterThanOrEqual(mine.length);
		expect(copied.map((t) => t.content)).toEqual(expect.arrayContaining(mine.map((t) => t.content)));
		expect((await recipientProgress(demo.db, planId))[0]).toMatchObject({ received: false, planned: true });
	});
});
