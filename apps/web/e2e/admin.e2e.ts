import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, screenshot, signIn, signOut } from './support.ts';

// One story, in order: later steps use the unit and the user that earlier steps created.
test.describe.configure({ mode: 'serial' });

const NEW_UNIT = 'Sở Giáo dục và Đào tạo tỉnh Quảng Bình';
const NEW_USER = { username: 'nguyen.van.a', name: 'Nguyễn Văn A', password: 'mat-khau-2026' };

// a context of its own, beside the test's page (axe needs pages made by browser.newContext())
async function asAdmin(browser: Browser): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await signIn(page, 'vptw');
	await expect(page.getByTestId('user-unit')).toHaveText('Văn phòng Trung ương Đảng');
	return page;
}

test('a user who is not an administrator gets 403 on the admin pages and their forms', async ({
	page,
	baseURL
}) => {
	await signIn(page, 'ubnd.quang.binh');
	await expect(page.getByTestId('user-unit')).toBeVisible();
	for (const path of ['/quan-tri/don-vi', '/quan-tri/nguoi-dung', '/quan-tri']) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(403);
		await expect(page.getByText('Bạn không có quyền truy cập trang này.')).toBeVisible();
	}
	await screenshot(page, 'admin-forbidden');

	// posting the form directly is refused too, and creates nothing
	const post = await page.request.post('/quan-tri/don-vi?/addUnit', {
		form: { name: 'Đơn vị lậu', shortName: '', kind: 'state', parentId: '' },
		headers: { origin: baseURL!, accept: 'text/html' }
	});
	expect(post.status()).toBe(403);
	const user = await page.request.post('/quan-tri/nguoi-dung?/addUser', {
		form: {
			username: 'ke.gian',
			displayName: 'Kẻ gian',
			unitId: 'vptw',
			password: 'mat-khau-gian',
			isAdmin: 'on'
		},
		headers: { origin: baseURL!, accept: 'text/html' }
	});
	expect(user.status()).toBe(403);
});

test('the administrator adds a unit under a parent, with Vietnamese errors for bad input', async ({
	browser
}) => {
	const page = await asAdmin(browser);
	await page.getByRole('link', { name: 'Quản trị' }).click();
	await expect(page).toHaveURL(/\/quan-tri\/don-vi$/);
	await expect(page.getByRole('heading', { name: 'Quản lý đơn vị' })).toBeVisible();
	await expect(page.locator('li[data-unit-id="ubnd-quang-binh"] > .unit-row .unit-name')).toHaveText(
		'Ủy ban nhân dân tỉnh Quảng Bình'
	);
	await expect(page.getByRole('link', { name: 'Đơn vị' })).toHaveAttribute('aria-current', 'page');
	await expectAccessible(page, 'the unit administration page');
	await screenshot(page, 'admin-units');

	const form = page.locator('form[action="?/addUnit"]');
	await form.getByRole('button', { name: 'Thêm đơn vị' }).click();
	await expect(page.getByRole('alert')).toHaveText('Chưa lưu được: vui lòng sửa các lỗi được đánh dấu.');
	await expect(form.getByText('Vui lòng nhập tên đơn vị.')).toBeVisible();
	await expect(form.getByLabel('Tên đầy đủ')).toHaveAttribute('aria-invalid', 'true');
	await expectAccessible(page, 'the unit form with errors');
	await screenshot(page, 'admin-units-error');

	await form.getByLabel('Tên đầy đủ').fill(NEW_UNIT);
	await form.getByLabel('Tên viết tắt').fill('Sở GD&ĐT');
	await form.getByLabel('Loại đơn vị').selectOption('state');
	await form.getByLabel('Trực thuộc').selectOption('ubnd-quang-binh');
	await form.getByRole('button', { name: 'Thêm đơn vị' }).click();
	await expect(page.getByRole('status')).toHaveText(`Đã thêm đơn vị “${NEW_UNIT}”.`);
	await expect(
		page.locator('li[data-unit-id="ubnd-quang-binh"] li .unit-name', { hasText: NEW_UNIT })
	).toBeVisible();

	// the same name under the same parent is refused, whatever the accents and case
	await form.getByLabel('Tên đầy đủ').fill('SO GIAO DUC VA DAO TAO TINH QUANG BINH');
	await form.getByLabel('Trực thuộc').selectOption('ubnd-quang-binh');
	await form.getByRole('button', { name: 'Thêm đơn vị' }).click();
	await expect(form.getByText('Đã có đơn vị cùng tên trực thuộc đơn vị này.')).toBeVisible();
	await page.context().close();
});

test('the administrator renames a unit', async ({ browser }) => {
	const page = await asAdmin(browser);
	await page.goto('/quan-tri/don-vi');
	const row = page.locator('li[data-unit-id="qb-so-ngoai-vu"]');
	await row.getByText('Đổi tên', { exact: true }).click();
	await row.getByLabel('Tên đầy đủ').fill('Sở Ngoại vụ và Hợp tác quốc tế tỉnh Quảng Bình');
	await row.getByRole('button', { name: 'Lưu tên mới' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'Đã đổi tên đơn vị thành “Sở Ngoại vụ và Hợp tác quốc tế tỉnh Quảng Bình”.'
	);
	await expect(row.locator('> .unit-row .unit-name')).toHaveText(
		'Sở Ngoại vụ và Hợp tác quốc tế tỉnh Quảng Bình'
	);
	await page.context().close();
});

test('the administrator adds a user to the new unit, who then signs in', async ({ browser, page }) => {
	const admin = await asAdmin(browser);
	await admin.goto('/quan-tri/nguoi-dung');
	await expect(admin.getByRole('heading', { name: 'Quản lý người dùng' })).toBeVisible();
	await expect(admin.locator('tr[data-username="vptw"]')).toContainText('Quản trị');
	await expectAccessible(admin, 'the user administration page');
	await screenshot(admin, 'admin-users');

	const form = admin.locator('form[action="?/addUser"]');
	await form.getByLabel('Tên đăng nhập').fill('Nguyễn A');
	await form.getByLabel('Họ và tên').fill(NEW_USER.name);
	await form.getByLabel('Mật khẩu ban đầu').fill('ngan');
	await form.getByRole('button', { name: 'Thêm người dùng' }).click();
	await expect(form.getByText('Tên đăng nhập gồm 3–64 ký tự', { exact: false })).toBeVisible();
	await expect(form.getByText('Vui lòng chọn đơn vị.')).toBeVisible();
	await expect(form.getByText('Mật khẩu phải có ít nhất 8 ký tự.')).toBeVisible();
	await expect(form.getByLabel('Họ và tên')).toHaveValue(NEW_USER.name);
	await expectAccessible(admin, 'the user form with errors');
	await screenshot(admin, 'admin-users-error');

	const unitId = await form.locator('#user-unit option', { hasText: NEW_UNIT }).getAttribute('value');
	await form.getByLabel('Tên đăng nhập').fill(NEW_USER.username);
	await form.getByLabel('Đơn vị').selectOption(unitId ?? '');
	await form.getByLabel('Mật khẩu ban đầu').fill(NEW_USER.password);
	await form.getByRole('button', { name: 'Thêm người dùng' }).click();
	await expect(admin.getByRole('status')).toHaveText(`Đã thêm người dùng ${NEW_USER.username}.`);
	await expect(admin.locator(`tr[data-username="${NEW_USER.username}"]`)).toContainText(NEW_UNIT);

	// a second account with the same name is refused
	await form.getByLabel('Tên đăng nhập').fill(NEW_USER.username.toUpperCase());
	await form.getByLabel('Họ và tên').fill('Người khác');
	await form.getByLabel('Đơn vị').selectOption('vptw');
	await form.getByLabel('Mật khẩu ban đầu').fill('mat-khau-khac');
	await form.getByRole('button', { name: 'Thêm người dùng' }).click();
	await expect(form.getByText('Tên đăng nhập này đã được dùng.')).toBeVisible();
	await admin.context().close();

	await signIn(page, NEW_USER.username, NEW_USER.password);
	await expect(page.getByTestId('user-name')).toHaveText(NEW_USER.name);
	await expect(page.getByTestId('user-unit')).toHaveText(NEW_UNIT);
	await expect(page.getByRole('link', { name: 'Quản trị' })).toHaveCount(0);
	await screenshot(page, 'new-user-signed-in');
	await signOut(page);
});

test('resetting a password and deactivating an account end its sessions', async ({ browser, page }) => {
	await signIn(page, NEW_USER.username, NEW_USER.password);
	await expect(page.getByTestId('user-unit')).toHaveText(NEW_UNIT);

	const admin = await asAdmin(browser);
	await admin.goto('/quan-tri/nguoi-dung');
	const row = admin.locator(`tr[data-username="${NEW_USER.username}"]`);
	await row.getByText('Đặt lại mật khẩu').click();
	await row.getByLabel(`Mật khẩu mới cho ${NEW_USER.username}`).fill('mat-khau-moi-2026');
	await row.getByRole('button', { name: 'Lưu mật khẩu' }).click();
	await expect(admin.getByRole('status')).toContainText(`Đã đặt lại mật khẩu của ${NEW_USER.username}`);

	await page.reload();
	await expect(page).toHaveURL(/\/dang-nhap$/);
	await signIn(page, NEW_USER.username, NEW_USER.password);
	await expect(page.getByRole('alert')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
	await signIn(page, NEW_USER.username, 'mat-khau-moi-2026');
	await expect(page.getByTestId('user-unit')).toHaveText(NEW_UNIT);

	await row.getByRole('button', { name: `Khoá tài khoản ${NEW_USER.username}` }).click();
	await expect(admin.getByRole('status')).toHaveText(`Đã khoá tài khoản ${NEW_USER.username}.`);
	await expect(row).toContainText('Đã khoá');
	await screenshot(admin, 'admin-users-deactivated');
	// the administrator cannot lock themselves out
	await expect(
		admin.locator('tr[data-username="vptw"]').getByRole('button', { name: /Khoá tài khoản/ })
	).toHaveCount(0);

	await page.reload();
	await expect(page).toHaveURL(/\/dang-nhap$/);
	await signIn(page, NEW_USER.username, 'mat-khau-moi-2026');
	await expect(page.getByRole('alert')).toHaveText('Tài khoản đã bị khoá. Vui lòng liên hệ quản trị viên.');

	await row.getByRole('button', { name: `Mở khoá tài khoản ${NEW_USER.username}` }).click();
	await expect(admin.getByRole('status')).toHaveText(`Đã mở khoá tài khoản ${NEW_USER.username}.`);
	await admin.context().close();
	await signIn(page, NEW_USER.username, 'mat-khau-moi-2026');
	await expect(page.getByTestId('user-unit')).toHaveText(NEW_UNIT);
});
