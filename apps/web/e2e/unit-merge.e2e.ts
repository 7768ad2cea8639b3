import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, pickUnit, screenshot, signIn } from './support.ts';

// 2025: the provincial party committees' propaganda and mass mobilisation departments merged into one. The
// administrator adds the successor and an account in it, then merges Ban Tuyên giáo Tỉnh ủy Quảng Ngãi (lead
// of task 5.1 of the Quảng Ngãi plan) into it. Quảng Ngãi is used by no later spec.
const DISSOLVED = 'Ban Tuyên giáo Tỉnh ủy Quảng Ngãi';
const SUCCESSOR = 'Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi';
const SUCCESSOR_USER = { username: 'tgdv.quang.ngai', name: 'Trần Thị Dân Vận', password: 'mat-khau-2025' };
const QNG_PLAN = 'plan-tu-qng-kl69';

// One story, in order: the merge uses the unit and the account the first step made.
test.describe.configure({ mode: 'serial' });

async function openAs(browser: Browser, username: string, password?: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await signIn(page, username, password);
	await expect(page.getByTestId('user-unit')).toBeVisible();
	return page;
}

test('the administrator adds the successor unit and one of its people', async ({ browser }) => {
	const admin = await openAs(browser, 'vptw');
	await admin.goto('/quan-tri/don-vi');
	const unitForm = admin.locator('form[action="?/addUnit"]');
	await unitForm.getByLabel('Tên đầy đủ').fill(SUCCESSOR);
	await unitForm.getByLabel('Tên viết tắt').fill('Ban TG&DV Tỉnh ủy');
	await unitForm.getByLabel('Loại đơn vị').selectOption('party');
	await unitForm.getByLabel('Trực thuộc').selectOption('tu-quang-ngai');
	await unitForm.getByRole('button', { name: 'Thêm đơn vị' }).click();
	await expect(admin.getByRole('status')).toHaveText(`Đã thêm đơn vị “${SUCCESSOR}”.`);
	await admin.goto('/quan-tri/nguoi-dung');
	const userForm = admin.locator('form[action="?/addUser"]');
	const unitId = await userForm.locator('#user-unit option', { hasText: SUCCESSOR }).getAttribute('value');
	await userForm.getByLabel('Tên đăng nhập').fill(SUCCESSOR_USER.username);
	await userForm.getByLabel('Họ và tên').fill(SUCCESSOR_USER.name);
	await userForm.getByLabel('Đơn vị').selectOption(unitId ?? '');
	await userForm.getByLabel('Mật khẩu ban đầu').fill(SUCCESSOR_USER.password);
	await userForm.getByRole('button', { name: 'Thêm người dùng' }).click();
	await expect(admin.getByRole('status')).toHaveText(`Đã thêm người dùng ${SUCCESSOR_USER.username}.`);
	await admin.context().close();
});

/** A draft of the dissolved unit, made by its own account before the merge: it passes to the successor. */
let ownDraftUrl = '';

test('the administrator merges the unit after a preview and a confirmation', async ({ browser }) => {
	test.setTimeout(120_000);
	const drafter = await openAs(browser, 'qng.btgtu');
	await drafter.goto('/plans/new');
	await drafter.getByLabel('Tên kế hoạch').fill('Dự thảo của Ban Tuyên giáo trước sáp nhập');
	await drafter.getByRole('button', { name: 'Tạo dự thảo' }).click();
	await expect(drafter).toHaveURL(/\/plans\/plan-/);
	ownDraftUrl = new URL(drafter.url()).pathname;
	await drafter.context().close();

	const admin = await openAs(browser, 'vptw');
	await admin.goto('/quan-tri/don-vi');
	// units are found without diacritics
	await admin.getByRole('link', { name: 'Sáp nhập', exact: true }).click();
	await expect(admin).toHaveURL(/\/quan-tri\/sap-nhap$/);
	await expect(admin.getByRole('heading', { name: 'Sáp nhập đơn vị', level: 2 })).toBeVisible();
	await expect(admin.getByText('Chưa có đơn vị nào được sáp nhập.')).toBeVisible();
	await pickUnit(admin, 'Đơn vị bị sáp nhập', 'ban tuyen giao tinh uy quang ngai', DISSOLVED);
	await pickUnit(admin, 'Đơn vị kế thừa', 'tuyen giao va dan van', SUCCESSOR);
	await admin.getByRole('button', { name: 'Xem trước' }).click();
	const preview = admin.getByTestId('merge-preview');
	// at least the demo plan's task 5.1; specs before this one may have given the unit more open work
	await expect(preview).toContainText(
		new RegExp(
			`Sáp nhập “${DISSOLVED}” vào “${SUCCESSOR}”: \\d+ nhiệm vụ chưa hoàn thành trong \\d+ kế hoạch sẽ chuyển sang đơn vị kế thừa \\(\\d+ nhiệm vụ chủ trì, \\d+ nhiệm vụ phối hợp\\)\\.`
		)
	);
	await expect(preview).toContainText(`Tài khoản của “${DISSOLVED}” sẽ chuyển sang “${SUCCESSOR}”.`);
	await expect(preview).toContainText(
		new RegExp(
			`\\d+ kế hoạch do “${DISSOLVED}” chủ trì soạn thảo hoặc cùng soạn thảo sẽ chuyển sang “${SUCCESSOR}”\\.`
		)
	);
	await screenshot(admin, 'unit-merge-preview');
	await expectAccessible(admin, 'the merge preview');

	// the owner has the plan open: its sync room must take the change in
	const owner = await openAs(browser, 'tu.quang.ngai');
	await owner.goto(`/plans/${QNG_PLAN}`);
	await expect(owner.getByTestId('save-state')).toHaveText('Đã lưu');
	const card = owner.locator(`article.task-card[data-task-id="${QNG_PLAN}/5.1"]`);
	await expect(card).toContainText(DISSOLVED);

	await preview.getByRole('button', { name: 'Sáp nhập' }).click();
	const dialog = admin.getByRole('dialog');
	await expect(dialog).toContainText(`Sáp nhập “${DISSOLVED}” vào “${SUCCESSOR}”? Không thể hoàn tác.`);
	await expectAccessible(admin, 'the merge confirmation');
	await dialog.getByRole('button', { name: 'Sáp nhập' }).click();
	await expect(admin.getByRole('status')).toHaveText(
		new RegExp(
			`Đã sáp nhập “${DISSOLVED}” vào “${SUCCESSOR}”: \\d+ nhiệm vụ trong \\d+ kế hoạch, 1 tài khoản đã chuyển sang\\.`
		)
	);
	const merged = admin.locator('table[aria-labelledby="merged-heading"] tbody tr');
	await expect(merged).toHaveCount(1);
	await expect(merged).toContainText(DISSOLVED);
	await expect(merged).toContainText(SUCCESSOR);
	// a dissolved unit is no longer offered
	await admin
		.getByRole('combobox', { name: 'Đơn vị bị sáp nhập', exact: true })
		.fill('ban tuyen giao tinh uy');
	await expect(admin.getByRole('option', { name: DISSOLVED, exact: true })).toHaveCount(0);
	await admin.keyboard.press('Escape');
	// the open editor shows the successor as lead without a reload
	await expect(card).toContainText(SUCCESSOR);
	await expect(card).not.toContainText(DISSOLVED);
	// and a new plan's lead picker offers the successor, never the dissolved unit
	await owner.goto('/plans/new');
	await owner.getByLabel('Tên kế hoạch').fill('Kế hoạch sau sáp nhập');
	await owner.getByRole('button', { name: 'Tạo dự thảo' }).click();
	await expect(owner).toHaveURL(/\/plans\/plan-/);
	await owner.getByRole('button', { name: '+ Thêm nhóm nhiệm vụ' }).click();
	await owner.getByRole('button', { name: '+ Thêm nhiệm vụ' }).click();
	const lead = owner.getByRole('combobox', { name: /^Cơ quan chủ trì nhiệm vụ/ }).first();
	await lead.click();
	await lead.fill('tuyen giao quang ngai');
	await expect(owner.getByRole('option', { name: SUCCESSOR, exact: true })).toBeVisible();
	await expect(owner.getByRole('option', { name: DISSOLVED, exact: true })).toHaveCount(0);
	await owner.keyboard.press('Escape');
	await owner.context().close();
	// the page in English, with the merged units' table: axe again
	await admin.goto('/lang?to=en&back=%2Fquan-tri%2Fsap-nhap');
	await expect(admin.locator('html')).toHaveAttribute('lang', 'en');
	await expect(admin.locator('table[aria-labelledby="merged-heading"] tbody tr')).toHaveCount(1);
	await expectAccessible(admin, 'the unit merge page (en)');
	await admin.goto('/lang?to=vi&back=%2F');
	await admin.context().close();
});

test("the successor's person finds the task in “Việc của tôi”, and the audit says why", async ({
	browser
}) => {
	test.setTimeout(120_000);
	const successor = await openAs(browser, SUCCESSOR_USER.username, SUCCESSOR_USER.password);
	await expect(successor.getByTestId('user-unit')).toHaveText(SUCCESSOR);
	await successor.goto('/viec-cua-toi');
	const row = successor.locator('table.my-work tr[data-task-id]', {
		hasText: 'Chỉ đạo, định hướng các cơ quan truyền thông'
	});
	await expect(row).toHaveCount(1);
	await expectAccessible(successor, "the successor's work");

	// the dissolved unit's own account now works for the successor
	const former = await openAs(browser, 'qng.btgtu');
	await expect(former.getByTestId('user-unit')).toHaveText(SUCCESSOR);

	// the dissolved unit's draft is the successor's now: its new person may write it
	await successor.goto(ownDraftUrl);
	await expect(successor.getByText(`Đơn vị chủ trì: ${SUCCESSOR}`).first()).toBeVisible();
	await expect(successor.getByTestId('save-state')).toHaveText('Đã lưu');
	await expect(successor.getByRole('textbox', { name: 'III. Tổ chức thực hiện' })).toBeEnabled();

	// the plan's audit trail says what happened, naming the old unit
	const admin = await openAs(browser, 'vptw');
	await admin.goto(`/plans/${QNG_PLAN}/nhat-ky`);
	const rows = admin.getByTestId('audit-table').locator('tbody tr');
	await expect(rows.filter({ hasText: `Sáp nhập ${DISSOLVED} vào ${SUCCESSOR}` })).toHaveCount(1);
	await expect(admin.getByTestId('chain-badge')).toContainText('✓');
	await screenshot(admin, 'unit-merge-audit');
	await expectAccessible(admin, 'the audit trail after a merge');
	for (const page of [admin, successor, former]) await page.context().close();
});
