import { expect, type Browser, type Page } from '@playwright/test';
import {
	approveForIssue,
	confirmIssue,
	expectAccessible,
	pickUnit,
	QB_SIGNER,
	screenshot,
	openAs
} from './support.ts';

// The live lifecycle scenario, run on one server (live-lifecycle.e2e.ts) and with the two browsers on two
// instances sharing PostgreSQL and Redis (live-two-instances.e2e.ts): the co-drafter sees the issue, the
// owner sees the lead unit's workflow steps, each within a second and without a reload.
export const OWNER = 'ubnd.quang.binh';
export const KHCN = 'qb.so.khcn';
const TASK = '1.a';

/** Milliseconds from `started` until `condition` holds in the page (polled every animation frame). */
async function msUntil(page: Page, started: number, condition: () => boolean): Promise<number> {
	await page.waitForFunction(condition, undefined, { polling: 'raf', timeout: 5000 });
	return Date.now() - started;
}

async function saved(page: Page) {
	await expect(page.getByTestId('save-state')).toHaveText('Đã lưu');
}

const content = (page: Page) => page.getByLabel(`Nội dung nhiệm vụ ${TASK}`);

/** Where each party's browser points (an instance's base URL); both default to Playwright's baseURL. */
export interface LiveInstances {
	owner?: string;
	coDrafter?: string;
}

/** Runs the scenario; returns the measured latencies in milliseconds. */
export async function issueWhileTypingAndFollowWorkflow(
	browser: Browser,
	instances: LiveInstances = {}
): Promise<{ issue: number; accept: number; progress: number }> {
	const on = (baseURL: string | undefined) => ({
		viewport: { width: 1440, height: 1000 },
		...(baseURL ? { baseURL } : {})
	});
	const owner = await openAs(browser, OWNER, on(instances.owner));
	await owner.goto('/plans/new');
	await owner.getByLabel('Tên kế hoạch').fill('Kế hoạch thử nghiệm theo dõi trực tiếp');
	await owner.getByRole('button', { name: 'Tạo dự thảo' }).click();
	await expect(owner).toHaveURL(/\/plans\/plan-/);
	const planPath = new URL(owner.url()).pathname;
	await saved(owner);
	await owner.getByRole('button', { name: '+ Thêm nhóm nhiệm vụ' }).click();
	await owner.getByRole('button', { name: '+ Thêm nhiệm vụ' }).click();
	await content(owner).fill('Tổ chức hội nghị quán triệt');
	const khcnName = 'Sở Khoa học và Công nghệ tỉnh Quảng Bình';
	await pickUnit(owner, `Cơ quan chủ trì nhiệm vụ ${TASK}`, 'khoa hoc quang binh', khcnName);
	await pickUnit(owner, 'Đơn vị được mời cùng soạn thảo', 'khcn quang binh', khcnName);
	await owner.getByRole('button', { name: 'Mời cùng soạn thảo', exact: true }).click();
	await expect(owner.getByTestId('co-drafters')).toContainText('Sở KH&CN');
	await saved(owner);

	const khcn = await openAs(browser, KHCN, on(instances.coDrafter));
	await khcn.goto(planPath);
	await saved(khcn);
	await expect(content(khcn)).toBeEnabled();
	await expect(khcn.getByText('Dự thảo').first()).toBeVisible();
	// a second co-drafter's page types while its network is gone; the plan is issued before it comes back
	const late = await openAs(browser, KHCN, on(instances.coDrafter));
	await late.goto(planPath);
	await saved(late);
	await late.context().setOffline(true);
	await expect(late.getByTestId('save-state')).toHaveText('Mất kết nối', { timeout: 15_000 });
	await content(late).fill('Tổ chức hội nghị quán triệt, gõ khi mất mạng');

	// issue: the co-drafter's open page turns issued and read-only, timed from the owner's committed issue
	// signed off first; the measured step is the confirmed issue itself
	await approveForIssue(browser, owner, QB_SIGNER);
	const issued = owner.waitForResponse(
		(r) => r.request().method() === 'POST' && r.url().includes('?/office')
	);
	await confirmIssue(owner);
	await issued;
	const issueLatency = await msUntil(khcn, Date.now(), () => {
		const text = document.querySelector<HTMLTextAreaElement>('[aria-label^="Nội dung nhiệm vụ"]');
		return document.body.innerText.includes('Đã ban hành') && (text?.disabled || text?.readOnly) === true;
	});
	await expect(content(khcn)).toHaveValue('Tổ chức hội nghị quán triệt');

	// back online: its edit is refused (issued), the page reloads the server's plan and keeps the text aside
	await late.context().setOffline(false);
	const unapplied = late.getByTestId('unapplied');
	await expect(unapplied).toContainText('Nội dung chưa được áp dụng', { timeout: 30_000 });
	await expect(unapplied.getByRole('textbox')).toHaveValue('Tổ chức hội nghị quán triệt, gõ khi mất mạng');
	await expect(content(late)).toHaveValue('Tổ chức hội nghị quán triệt');
	await expect(content(late)).toBeDisabled();
	await expectAccessible(late, 'plan page with refused text kept as not applied');
	await screenshot(late, 'plan-unapplied-text');
	await late.context().close();

	// the lead unit accepts and reports 40 %: the owner's open page shows each step
	const workflow = khcn.getByTestId('workflow');
	const accepted = khcn.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('?/task'));
	await workflow.getByRole('button', { name: 'Tiếp nhận' }).click();
	await accepted;
	const acceptLatency = await msUntil(owner, Date.now(), () =>
		(document.querySelector('[data-testid="workflow"]')?.textContent ?? '').includes('Đã tiếp nhận')
	);
	await expect(workflow).toContainText('Đã tiếp nhận');
	await workflow.getByRole('spinbutton', { name: `Tiến độ (%) nhiệm vụ ${TASK}` }).fill('40');
	const progressed = khcn.waitForResponse(
		(r) => r.request().method() === 'POST' && r.url().includes('?/task')
	);
	await workflow.getByRole('button', { name: 'Cập nhật tiến độ' }).click();
	await progressed;
	const progressLatency = await msUntil(owner, Date.now(), () =>
		(document.querySelector('[data-testid="workflow"]')?.textContent ?? '').includes('40%')
	);
	console.log(
		`plan page latency: issue ${issueLatency} ms, accept ${acceptLatency} ms, progress ${progressLatency} ms`
	);
	await screenshot(owner, 'plan-live-owner');
	expect(issueLatency).toBeLessThan(1000);
	expect(acceptLatency).toBeLessThan(1000);
	expect(progressLatency).toBeLessThan(1000);
	await owner.context().close();
	await khcn.context().close();
	return { issue: issueLatency, accept: acceptLatency, progress: progressLatency };
}
