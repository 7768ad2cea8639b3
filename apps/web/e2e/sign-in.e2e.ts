import { expect, test } from '@playwright/test';
import { expectAccessible, QB_PLAN, screenshot, signIn, signOut } from './support.ts';

test('a visitor is sent to the sign-in form and comes back to the page asked for', async ({ page }) => {
	await page.goto('/?q=khoa+hoc');
	await expect(page).toHaveURL(/\/dang-nhap\?next=%2F%3Fq%3Dkhoa%2Bhoc$/);
	await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
	await expect(page.getByRole('status')).toHaveText('Vui lòng đăng nhập để tiếp tục.');
	await expect(page.getByRole('button', { name: 'Đăng xuất' })).toHaveCount(0);
	await expectAccessible(page, 'the sign-in page');
	await screenshot(page, 'sign-in');

	await signIn(page, 'ubnd.quang.binh');
	await expect(page).toHaveURL(/\/\?q=khoa\+hoc$/);
	await expect(page.getByLabel('Tìm kiếm')).toHaveValue('khoa hoc');
});

test('a demo account signs in to the plan list, with its name and unit in the header', async ({ page }) => {
	await signIn(page, 'ubnd.quang.binh');
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('heading', { name: 'Kế hoạch triển khai', exact: true })).toBeVisible();
	await expect(page.locator(`a[href="/plans/${QB_PLAN}"]`)).toBeVisible();
	const account = page.getByRole('group', { name: 'Tài khoản đang đăng nhập' });
	await expect(account.getByTestId('user-name')).toHaveText('Cán bộ Văn phòng UBND tỉnh Quảng Bình');
	await expect(account.getByTestId('user-unit')).toHaveText('Ủy ban nhân dân tỉnh Quảng Bình');
	// not an administrator: no link to the admin pages
	await expect(page.getByRole('link', { name: 'Quản trị' })).toHaveCount(0);
	await expectAccessible(page, 'the plan list');
	await screenshot(page, 'plan-list');

	const cookie = (await page.context().cookies()).find((c) => c.name === 'tk_session');
	expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });
});

test('a wrong password is refused with a Vietnamese message and the user name kept', async ({ page }) => {
	await signIn(page, 'ubnd.quang.binh', 'sai-mat-khau');
	await expect(page.getByRole('alert')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
	await expect(page.getByLabel('Tên đăng nhập')).toHaveValue('ubnd.quang.binh');
	await expect(page).toHaveURL(/\/dang-nhap$/);
	await expectAccessible(page, 'the sign-in page with an error');
	await screenshot(page, 'sign-in-wrong-password');

	// an unknown user name gets the same answer: nothing tells which names exist
	await signIn(page, 'khong.co.ai', 'sai-mat-khau');
	await expect(page.getByRole('alert')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
});

// an account no other spec signs in with: the block lasts the whole run of the shared server
test('five wrong passwords block the account for fifteen minutes, even with the right one', async ({
	page
}) => {
	for (let i = 1; i <= 4; i++) {
		await signIn(page, 'qb.so.ngoai.vu', `sai-${i}`);
		await expect(page.getByRole('alert')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
	}
	await signIn(page, 'qb.so.ngoai.vu', 'sai-5');
	const blocked = 'Bạn đã thử quá nhiều lần, vui lòng thử lại sau 15 phút.';
	await expect(page.getByRole('alert')).toHaveText(blocked);
	await signIn(page, 'qb.so.ngoai.vu');
	await expect(page.getByRole('alert')).toHaveText(blocked);
	await screenshot(page, 'sign-in-throttled');
	// other accounts from the same office are not blocked
	await signIn(page, 'qb.so.noi.vu');
	await expect(page.getByTestId('user-unit')).toHaveText('Sở Nội vụ tỉnh Quảng Bình');
});

test('signing out ends the session on the server, not only in the browser', async ({ page, context }) => {
	await signIn(page, 'qb.so.khcn');
	await expect(page.getByTestId('user-unit')).toHaveText('Sở Khoa học và Công nghệ tỉnh Quảng Bình');
	const session = (await context.cookies()).find((c) => c.name === 'tk_session');
	expect(session).toBeDefined();

	await signOut(page);
	await expect(page.getByRole('status')).toHaveText('Bạn đã đăng xuất.');
	await page.goto('/');
	await expect(page).toHaveURL(/\/dang-nhap$/);

	// the old token is worth nothing now
	await context.addCookies([session!]);
	await page.goto('/');
	await expect(page).toHaveURL(/\/dang-nhap$/);
});

test('plan pages and their data need a signed-in user', async ({ request }) => {
	const pageResponse = await request.get(`/plans/${QB_PLAN}`, {
		headers: { accept: 'text/html' },
		maxRedirects: 0
	});
	expect(pageResponse.status()).toBe(303);
	expect(pageResponse.headers()['location']).toBe(`/dang-nhap?next=%2Fplans%2F${QB_PLAN}`);

	// a client-side navigation asks for the page's data: it is told to go to the sign-in page
	const data = await request.get(`/plans/${QB_PLAN}/__data.json`, { maxRedirects: 0 });
	expect(await data.json()).toMatchObject({
		type: 'redirect',
		location: `/dang-nhap?next=%2Fplans%2F${QB_PLAN}`
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the sign-in and sign-out forms still work', async ({ page }) => {
		await page.goto('/');
		await signIn(page, 'tu.quang.binh');
		await expect(page.getByTestId('user-unit')).toHaveText('Tỉnh ủy Quảng Bình');
		await signOut(page);
	});
});
