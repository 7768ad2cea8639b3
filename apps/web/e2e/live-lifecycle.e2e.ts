import { expect, test, type Page } from '@playwright/test';
import { pickUnit, screenshot, openAs } from './support.ts';

// Every open plan page follows the plan's log: the co-drafter sees the issue, the owner sees the lead
// unit's workflow steps, each within a second and without a reload.
const OWNER = 'ubnd.quang.binh';
const KHCN = 'qb.so.khcn';
const TASK = 'II.1.1';

/** Milliseconds from `started` until `condition` holds in the page (polled every animation frame). */
async function msUntil(page: Page, started: number, condition: () => boolean): Promise<number> {
	await page.waitForFunction(condition, undefined, { polling: 'raf', timeout: 5000 });
	return Date.now() - started;
}

async function saved(page: Page) {
	await expect(page.getByTestId('save-state')).toHaveText('Đã lưu');
}

const content = (page: Page) => page.getByLabel(`Nội dung nhiệm vụ ${TASK}`);

test('the owner issues while the co-drafter has the plan open; the lead unit’s steps reach the owner live', async ({
	browser
}) => {
	const owner = await openAs(browser, OWNER, { viewport: { width: 1440, height: 1000 } });
	await owner.goto('/plans/new');
	await owner.getByLabel('Tên kế hoạch').fill('Kế hoạch thử nghiệm theo dõi trực tiếp');
	await owner.getByRole('button', { name: 'Tạo dự thảo' }).click();
	await expect(owner).toHaveURL(/\/plans\/plan-/);
	const planUrl = owner.url();
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

	const khcn = await openAs(browser, KHCN, { viewport: { width: 1440, height: 1000 } });
	await khcn.goto(planUrl);
	await saved(khcn);
	await expect(content(khcn)).toBeEnabled();
	await expect(khcn.getByText('Dự thảo').first()).toBeVisible();

	// issue: the co-drafter's open page turns issued and read-only, timed from the owner's committed issue
	const issued = owner.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('?/plan'));
	await owner.getByRole('button', { name: 'Ban hành kế hoạch' }).click();
	await issued;
	const issueLatency = await msUntil(khcn, Date.now(), () => {
		const text = document.querySelector<HTMLTextAreaElement>('[aria-label^="Nội dung nhiệm vụ"]');
		return document.body.innerText.includes('Đã ban hành') && (text?.disabled || text?.readOnly) === true;
	});
	await expect(content(khcn)).toHaveValue('Tổ chức hội nghị quán triệt');

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
});
