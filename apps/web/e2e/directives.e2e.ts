import { expect, test } from '@playwright/test';
import { QB_PLAN, expectAccessible, openAs, screenshot, signIn } from './support.ts';

test.describe.configure({ mode: 'serial' });

test('the registry finds KL 69 without diacritics and shows its cascade down to the Quảng Bình plan', async ({
	page
}) => {
	await signIn(page, 'ubnd.quang.binh');
	await page.getByRole('link', { name: 'Văn bản', exact: true }).click();
	await expect(page).toHaveURL(/\/van-ban$/);
	await expect(page.getByRole('heading', { name: 'Sổ văn bản' })).toBeVisible();
	await expectAccessible(page, 'the directive registry');

	await page.getByLabel('Tìm văn bản').fill('ket luan 69');
	await page.getByRole('button', { name: 'Tìm', exact: true }).click();
	await expect(page).toHaveURL(/q=ket\+luan\+69/);
	const first = page.locator('table.registry tbody tr').first();
	await expect(first).toHaveAttribute('data-directive-id', 'kl-69');
	await expect(first).toContainText('Số 69-KL/TW');
	await expect(first).toContainText('Kết luận');
	await expect(first).toContainText('11/01/2024');
	await expect(first).toContainText('Bộ Chính trị');
	await screenshot(page, 'directives');

	// filtering by type keeps only the copies
	await page.getByLabel('Tìm văn bản').fill('');
	await page.getByLabel('Loại văn bản').selectOption('BS');
	await page.getByRole('button', { name: 'Tìm', exact: true }).click();
	await expect(page.getByTestId('registry-count')).toHaveText('2 văn bản');

	await page.goto('/van-ban?q=ket+luan+69');
	await page.getByRole('link', { name: 'Số 69-KL/TW' }).click();
	await expect(page).toHaveURL(/\/van-ban\/kl-69$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Số 69-KL/TW');
	const facts = page.locator('article dl');
	await expect(facts).toContainText('Trương Thị Mai');
	await expect(facts.locator('abbr')).toHaveText('T/M');
	await expect(facts).toContainText('Các tỉnh uỷ, thành uỷ');
	await expect(page.locator('[data-direction="out"]')).toContainText('Tiếp tục thực hiện');
	await expect(page.locator('[data-direction="in"]')).toContainText('Số 149-HD/BTGTW');

	const cascade = page.getByTestId('cascade');
	await expect(cascade.locator('li[data-level="1"]')).toHaveCount(8);
	// the plan is reached through KH 156 and through QĐ 709 under it: shown once, where first met (KH 156),
	// with its dashboard
	const plans = cascade.locator(`[data-plan-id="${QB_PLAN}"]`);
	await expect(plans).toHaveCount(1);
	await expect(plans.getByRole('link', { name: /^Bảng điều khiển/ })).toHaveAttribute(
		'href',
		`/bang-dieu-khien/ke-hoach/${QB_PLAN}`
	);
	// a branch with no plan under it is folded, without all-zero figures
	const empty = cascade.locator('li.empty').first();
	await expect(empty).toContainText('Chưa có kế hoạch triển khai');
	await expect(empty.locator('> .row').getByTestId('rollup')).toHaveCount(0);
	await expect(plans.first()).toContainText('Ủy ban nhân dân tỉnh Quảng Bình');
	// other specs run on the same demo database before this one and may have moved the plan's progress
	await expect(plans.first().getByTestId('rollup')).toContainText(
		/\d+\/\d+ nhiệm vụ hoàn thành · tiến độ bình quân \d+%/
	);
	await expect(cascade.locator('li[data-level="0"] > .row').getByTestId('rollup')).toContainText(
		'2 kế hoạch'
	);

	// keyboard: collapse KH 156's branch (where the plan is first met) with its disclosure button
	const toggle = cascade.getByRole('button', { name: /Thu gọn Kế hoạch Số 156-KH\/TU/ });
	await toggle.focus();
	await page.keyboard.press('Enter');
	await expect(cascade.getByRole('button', { name: /Mở rộng Kế hoạch Số 156-KH\/TU/ })).toHaveAttribute(
		'aria-expanded',
		'false'
	);
	await expect(plans).toBeHidden();
	await expectAccessible(page, 'the directive page with its cascade');
	await screenshot(page, 'cascade');

	await cascade.getByRole('button', { name: /Mở rộng Kế hoạch Số 156-KH\/TU/ }).click();
	await plans.locator('a').first().click();
	await expect(page).toHaveURL(new RegExp(`/plans/${QB_PLAN}$`));
});

test('home lists the directives as links to their pages', async ({ browser }) => {
	const page = await openAs(browser, 'tu.long.an');
	await page.goto('/');
	await page
		.getByRole('table', { name: /Văn bản chỉ đạo/ })
		.getByRole('link', { name: 'Số 69-KL/TW', exact: true })
		.click();
	await expect(page).toHaveURL(/\/van-ban\/kl-69$/);
	await expect(page.getByTestId('cascade')).toBeVisible();
	await page.context().close();
});

test('the cascade is readable on a phone', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	await signIn(page, 'tu.long.an');
	await page.goto('/van-ban/kl-69');
	await expect(page.getByTestId('cascade')).toBeVisible();
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(390);
	await screenshot(page, 'cascade-phone');
	await context.close();
});

test('a unit registers its own directive: a bad number gets a Vietnamese error, a good one is registered and related', async ({
	page
}) => {
	await signIn(page, 'tu.long.an');
	await page.goto('/van-ban');
	await page.getByRole('link', { name: 'Đăng ký văn bản mới' }).click();
	await expect(page.getByRole('heading', { name: 'Đăng ký văn bản' })).toBeVisible();
	// a unit registers for itself and the units under it only
	await expect(page.getByLabel('Cơ quan ban hành').locator('option')).not.toContainText(['Bộ Chính trị']);

	await page.getByLabel('Loại văn bản').selectOption('KH');
	await page.getByLabel('Số, ký hiệu').fill('KH số mười hai');
	await page.getByLabel('Ngày ban hành').fill('31/02/2024');
	await page.getByLabel('Nơi ban hành').fill('Long An');
	await page.getByLabel('Trích yếu').fill('Thực hiện Kết luận số 69-KL/TW của Bộ Chính trị');
	await page.getByRole('button', { name: 'Đăng ký văn bản' }).click();
	await expect(page.getByRole('alert')).toHaveText('Chưa lưu được: vui lòng sửa các lỗi được đánh dấu.');
	await expect(page.getByText('Số, ký hiệu không đúng thể thức.')).toBeVisible();
	await expect(page.getByLabel('Số, ký hiệu')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByText('Ngày ban hành không hợp lệ; nhập theo dạng dd/mm/yyyy.')).toBeVisible();
	// what was typed is kept
	await expect(page.getByLabel('Trích yếu')).toHaveValue('Thực hiện Kết luận số 69-KL/TW của Bộ Chính trị');
	await expectAccessible(page, 'the registration form with errors');
	await screenshot(page, 'directive-new-error');

	await page.getByLabel('Số, ký hiệu').fill('Số 412-KH/TU');
	await page.getByLabel('Ngày ban hành').fill('05/03/2024');
	await page.getByLabel('Người ký', { exact: true }).fill('Nguyễn Văn Được');
	await page.getByLabel('Thẩm quyền ký').selectOption('T/M');
	await page.getByLabel('Nơi nhận').fill('Các huyện ủy, thị ủy, thành ủy\nLưu VPTU');
	await page.getByRole('button', { name: 'Đăng ký văn bản' }).click();
	await expect(page).toHaveURL(/\/van-ban\/vb-[0-9a-f-]+\?moi=1$/);
	await expect(page.getByRole('status')).toHaveText('Đã đăng ký văn bản.');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Số 412-KH/TU');
	await expect(page.locator('article dl')).toContainText('05/03/2024');
	await expect(page.locator('article dl')).toContainText('Lưu VPTU');

	await page.locator('summary', { hasText: 'Ghi nhận quan hệ' }).click();
	await page.getByLabel('Quan hệ', { exact: true }).selectOption('implements');
	await page.getByLabel('Văn bản', { exact: true }).selectOption('kl-69');
	await page.getByRole('button', { name: 'Ghi nhận quan hệ' }).click();
	await expect(page.getByRole('status')).toHaveText('Đã ghi nhận quan hệ.');
	await expect(page.locator('[data-direction="out"]')).toContainText('Triển khai thực hiện');
	await expect(page.locator('[data-direction="out"]')).toContainText('Kết luận Số 69-KL/TW');

	// it now sits in KL 69's cascade
	await page.goto('/van-ban/kl-69');
	await expect(
		page.getByTestId('cascade').getByRole('link', { name: 'Kế hoạch Số 412-KH/TU' })
	).toBeVisible();
});
