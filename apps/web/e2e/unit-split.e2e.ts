import { expect, test } from '@playwright/test';
import { expectAccessible, openAs, pickUnit, screenshot } from './support.ts';

// A unit's functions divided between two bodies: the administrator splits the Ban cán sự đảng UBND tỉnh Quảng
// Ngãi (lead of the Quảng Ngãi plan's tasks 3.1–3.7), giving task 3.2 and its account to the Ban thường vụ
// of the lower party committees and the rest to the Đảng đoàn HĐND. Quảng Ngãi is used by no later spec.
const SPLIT = 'Ban cán sự đảng Ủy ban nhân dân tỉnh Quảng Ngãi';
const MAIN = 'Đảng đoàn Hội đồng nhân dân tỉnh Quảng Ngãi';
const OTHER = 'Ban thường vụ các huyện ủy, thị ủy, thành ủy, Đảng ủy trực thuộc Tỉnh ủy Quảng Ngãi';
const QNG_PLAN = 'plan-tu-qng-kl69';

test('the administrator splits a unit, giving each open task and account to a successor', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const admin = await openAs(browser, 'vptw');
	await admin.goto('/quan-tri/don-vi');
	await admin.getByRole('link', { name: 'Chia tách', exact: true }).click();
	await expect(admin).toHaveURL(/\/quan-tri\/chia-tach$/);
	await expect(admin.getByRole('heading', { name: 'Chia tách đơn vị', level: 2 })).toBeVisible();
	await pickUnit(admin, 'Đơn vị bị chia tách', 'ban can su dang uy ban nhan dan tinh quang ngai', SPLIT);
	await pickUnit(admin, 'Đơn vị tiếp nhận chính', 'dang doan hoi dong nhan dan tinh quang ngai', MAIN);
	await pickUnit(admin, 'Đơn vị tiếp nhận thứ hai', 'ban thuong vu cac huyen uy', OTHER);
	await admin.getByRole('button', { name: 'Xem trước' }).click();

	const preview = admin.getByTestId('split-preview');
	const rows = preview.locator('tbody tr');
	// the seven open tasks of section 3, and the unit's one account
	await expect(rows.filter({ hasText: 'Chủ trì' })).toHaveCount(7);
	await preview.getByRole('combobox', { name: /^Chuyển 3\.2 / }).selectOption({ label: OTHER });
	await preview
		.getByRole('combobox', { name: /^Chuyển Cán bộ Ban cán sự đảng/ })
		.selectOption({ label: OTHER });
	await screenshot(admin, 'unit-split-preview');
	await expectAccessible(admin, 'the split preview');

	await preview.getByRole('button', { name: 'Chia tách' }).click();
	const dialog = admin.getByRole('dialog');
	await expect(dialog).toContainText(`Chia tách “${SPLIT}”? Không thể hoàn tác.`);
	await dialog.getByRole('button', { name: 'Chia tách' }).click();
	await expect(admin.getByRole('status')).toHaveText(
		'Đã chia tách đơn vị: 7 nhiệm vụ trong 1 kế hoạch, 1 tài khoản đã chuyển sang các đơn vị tiếp nhận.'
	);

	// the plan names the successors, each for its own tasks, and its history says why
	await admin.goto(`/plans/${QNG_PLAN}`);
	const card = (code: string) => admin.locator(`article.task-card[data-task-id="${QNG_PLAN}/${code}"]`);
	await expect(card('3.2')).toContainText(OTHER);
	await expect(card('3.1')).toContainText(MAIN);
	await admin.goto(`/nhat-ky?plan=${QNG_PLAN}`);
	await expect(admin.locator('main')).toContainText(`Chia tách ${SPLIT} (từ `);

	// the page in English passes axe too
	await admin.goto('/lang?to=en&back=%2Fquan-tri%2Fchia-tach');
	await expect(admin.getByRole('heading', { name: 'Split a unit', level: 2 })).toBeVisible();
	await expectAccessible(admin, 'the split page in English');

	// the split unit's account now works for the successor it was given to
	const person = await openAs(browser, 'qng.bcsd.ubnd');
	await expect(person.getByTestId('user-unit')).toHaveText(OTHER);
	await person.context().close();
	await admin.context().close();
});
