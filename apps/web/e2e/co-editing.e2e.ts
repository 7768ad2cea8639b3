import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, screenshot, signIn } from './support.ts';

const OWNER = 'ubnd.quang.binh';
const KHCN = 'qb.so.khcn';
const OUTSIDER = 'bct';

async function openAs(browser: Browser, username: string): Promise<Page> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await signIn(page, username);
	await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
	return page;
}

function content(page: Page, code: string) {
	return page.getByLabel(`Nội dung nhiệm vụ ${code}`);
}

async function saved(page: Page) {
	await expect(page.getByTestId('save-state')).toHaveText('Đã lưu');
}

test.describe.configure({ mode: 'serial' });

let planUrl = '';

test('the owner drafts a plan and invites Sở KH&CN; both co-edit one task and see each other', async ({
	browser
}) => {
	const owner = await openAs(browser, OWNER);
	await owner.goto('/plans/new');
	await owner.getByLabel('Tên kế hoạch').fill('Kế hoạch thử nghiệm cùng soạn thảo');
	await owner.getByRole('button', { name: 'Tạo dự thảo' }).click();
	await expect(owner).toHaveURL(/\/plans\/plan-/);
	planUrl = owner.url();
	await saved(owner);
	await owner.getByRole('button', { name: '+ Thêm nhóm nhiệm vụ' }).click();
	await owner.getByRole('button', { name: '+ Thêm nhiệm vụ' }).click();
	await expect(content(owner, 'II.1.1')).toBeVisible();
	await owner.getByLabel('Cơ quan chủ trì nhiệm vụ II.1.1').selectOption('qb-so-khcn');
	await owner.getByLabel('Đơn vị được mời cùng soạn thảo').selectOption({ label: 'Sở KH&CN' });
	await owner.getByRole('button', { name: 'Mời cùng soạn thảo' }).click();
	await expect(owner.getByTestId('co-drafters')).toContainText('Sở KH&CN');
	await saved(owner);

	const khcn = await openAs(browser, KHCN);
	await khcn.goto(planUrl);
	await saved(khcn);
	await expect(content(khcn, 'II.1.1')).toBeEnabled();

	// presence: each sees the other
	await expect(owner.getByTestId('presence')).toContainText('Sở KH&CN');
	await expect(khcn.getByTestId('presence')).toContainText('UBND tỉnh Quảng Bình');

	// both type in the same task text
	await content(owner, 'II.1.1').fill('Xây dựng đề án');
	await expect(content(khcn, 'II.1.1')).toHaveValue('Xây dựng đề án');
	await content(khcn, 'II.1.1').press('End');
	await content(khcn, 'II.1.1').pressSequentially(' chuyển đổi số');
	await content(owner, 'II.1.1').press('Home');
	await content(owner, 'II.1.1').pressSequentially('Sở KH&CN: ');
	await expect(content(owner, 'II.1.1')).toHaveValue('Sở KH&CN: Xây dựng đề án chuyển đổi số');
	await expect(content(khcn, 'II.1.1')).toHaveValue('Sở KH&CN: Xây dựng đề án chuyển đổi số');
	await saved(owner);
	await saved(khcn);
	// remote carets: each sees where the other is typing, with the name
	await expect(owner.locator('.caret[data-name*="Sở KH&CN"]')).toHaveCount(1);
	await expect(khcn.locator('.caret[data-name*="UBND tỉnh Quảng Bình"]')).toHaveCount(1);
	await screenshot(owner, 'plan-co-editing');
	await expectAccessible(owner, 'the plan editor');

	// reload keeps everything
	await khcn.reload();
	await expect(content(khcn, 'II.1.1')).toHaveValue('Sở KH&CN: Xây dựng đề án chuyển đổi số');
	await owner.context().close();
	await khcn.context().close();
});

test('a user of an unrelated unit cannot change a task: the UI stops them, the server refuses a forced edit', async ({
	browser
}) => {
	const owner = await openAs(browser, OWNER);
	await owner.goto(planUrl);
	await saved(owner);
	const outsider = await openAs(browser, OUTSIDER);
	await outsider.goto(planUrl);
	await saved(outsider);
	const field = content(outsider, 'II.1.1');
	await expect(field).toBeDisabled();
	await expect(field).toHaveAttribute('title', /Chỉ xem: bạn chỉ có quyền xem kế hoạch này/);

	// force it: take the lock off in the page and type
	await field.evaluate((el) => el.removeAttribute('disabled'));
	await field.press('End');
	await field.pressSequentially(' SỬA TRÁI PHÉP');
	await expect(outsider.getByRole('alert')).toContainText('Thay đổi không được chấp nhận');
	await expect(field).toHaveValue('Sở KH&CN: Xây dựng đề án chuyển đổi số');
	await owner.waitForTimeout(500);
	await expect(content(owner, 'II.1.1')).toHaveValue('Sở KH&CN: Xây dựng đề án chuyển đổi số');
	await screenshot(outsider, 'plan-refused-edit');
	await owner.context().close();
	await outsider.context().close();
});

test('issue the plan; the lead unit reports progress and the owner confirms; the history shows who did each step', async ({
	browser
}) => {
	const owner = await openAs(browser, OWNER);
	await owner.goto(planUrl);
	await owner.getByRole('button', { name: 'Ban hành kế hoạch' }).click();
	await expect(owner.getByText('Đã ban hành').first()).toBeVisible();
	await expect(content(owner, 'II.1.1')).toBeDisabled();

	const khcn = await openAs(browser, KHCN);
	await khcn.goto(planUrl);
	await khcn.getByRole('button', { name: 'Tiếp nhận' }).click();
	await expect(khcn.getByTestId('workflow')).toContainText('Đã tiếp nhận');
	await khcn.getByRole('spinbutton', { name: 'Tiến độ (%) nhiệm vụ II.1.1' }).fill('60');
	await khcn.getByRole('button', { name: 'Cập nhật tiến độ' }).click();
	await expect(khcn.getByTestId('workflow')).toContainText('60%');
	await khcn.getByLabel('Kết quả thực hiện nhiệm vụ II.1.1').fill('Đã trình đề án');
	await khcn.getByRole('button', { name: 'Báo cáo kết quả' }).click();
	await expect(khcn.getByTestId('workflow')).toContainText('Đã báo cáo kết quả');

	await owner.reload();
	await owner.getByRole('button', { name: 'Xác nhận hoàn thành' }).click();
	await expect(owner.getByTestId('workflow')).toContainText('Hoàn thành');

	await owner.getByRole('button', { name: 'Lịch sử nhiệm vụ II.1.1' }).click();
	const dialog = owner.getByRole('dialog');
	await expect(dialog).toContainText('xác nhận hoàn thành');
	await expect(dialog).toContainText('tiến độ 0% → 60%');
	const rows = dialog.locator('tbody tr');
	await expect(rows.filter({ hasText: 'xác nhận hoàn thành' })).toContainText('UBND tỉnh Quảng Bình');
	await expect(rows.filter({ hasText: 'tiến độ 0% → 60%' })).toContainText('Sở KH&CN');
	await screenshot(owner, 'plan-history');
	await owner.context().close();
	await khcn.context().close();
});

test('offline: one editor goes offline, edits, comes back, and both converge', async ({ browser }) => {
	const owner = await openAs(browser, OWNER);
	await owner.goto('/plans/new');
	await owner.getByLabel('Tên kế hoạch').fill('Kế hoạch thử ngoại tuyến');
	await owner.getByRole('button', { name: 'Tạo dự thảo' }).click();
	await expect(owner).toHaveURL(/\/plans\/plan-/);
	await saved(owner);
	await owner.getByRole('button', { name: '+ Thêm nhóm nhiệm vụ' }).click();
	await owner.getByRole('button', { name: '+ Thêm nhiệm vụ' }).click();
	await saved(owner);
	const second = await openAs(browser, OWNER);
	await second.goto(owner.url());
	await saved(second);

	await owner.context().setOffline(true);
	await expect(owner.getByTestId('save-state')).toHaveText('Mất kết nối', { timeout: 15_000 });
	await content(owner, 'II.1.1').fill('Soạn khi mất mạng');
	await expect(owner.getByTestId('pending')).toBeVisible();
	await content(second, 'II.1.1').fill('Nhiệm vụ mới, sửa trực tuyến');
	await screenshot(owner, 'plan-offline');
	await owner.context().setOffline(false);
	await expect(owner.getByTestId('save-state')).toHaveText('Đã lưu', { timeout: 20_000 });
	await expect
		.poll(
			async () =>
				(await content(owner, 'II.1.1').inputValue()) === (await content(second, 'II.1.1').inputValue())
		)
		.toBe(true);
	const final = await content(owner, 'II.1.1').inputValue();
	expect(final).toContain('mất mạng');
	expect(final).toContain('trực tuyến');
	await owner.context().close();
	await second.context().close();
});

test('task groups are added, reordered and deleted; the plan page fits a phone screen', async ({
	browser
}) => {
	const owner = await openAs(browser, OWNER);
	await owner.goto('/plans/new');
	await owner.getByLabel('Tên kế hoạch').fill('Kế hoạch thử nhóm nhiệm vụ');
	await owner.getByRole('button', { name: 'Tạo dự thảo' }).click();
	await expect(owner).toHaveURL(/\/plans\/plan-/);
	await saved(owner);
	await owner.getByRole('button', { name: '+ Thêm nhóm nhiệm vụ' }).click();
	await owner.getByLabel('Tên nhóm nhiệm vụ 1').fill('Tuyên truyền');
	await owner.getByLabel('Tên nhóm nhiệm vụ 1').press('Enter');
	await owner.getByRole('button', { name: '+ Thêm nhóm nhiệm vụ' }).click();
	await owner.getByLabel('Tên nhóm nhiệm vụ 2').fill('Chuyển đổi số');
	await owner.getByLabel('Tên nhóm nhiệm vụ 2').press('Enter');
	await owner.getByRole('button', { name: 'Chuyển nhóm 2 lên' }).click();
	await expect(owner.locator('.group-title').first()).toHaveValue('Chuyển đổi số');
	owner.once('dialog', (dialog) => void dialog.accept());
	await owner.getByRole('button', { name: 'Xóa nhóm 1' }).last().click();
	await expect(owner.locator('.group-title')).toHaveCount(1);
	await saved(owner);
	const url = owner.url();
	await owner.context().close();

	const phone = await browser.newContext({
		viewport: { width: 390, height: 844 },
		isMobile: true,
		hasTouch: true
	});
	const page = await phone.newPage();
	await signIn(page, OWNER);
	await page.goto(url);
	await saved(page);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(1);
	await screenshot(page, 'plan-phone');
	await expectAccessible(page, 'the plan editor on a phone');
	await phone.close();
});
