import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { QB_PLAN, expectAccessible, screenshot, signIn } from './support.ts';

// Every date field is typed dd/mm/yyyy whatever the browser's locale: these run in an English browser in
// New York, where a native date input would show 11/28/2026, 09:24 AM.
async function openEnglishBrowser(browser: Browser, username: string): Promise<Page> {
	const context = await browser.newContext({ locale: 'en-US', timezoneId: 'America/New_York' });
	const page = await context.newPage();
	await signIn(page, username);
	await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
	return page;
}

async function expectNoNativeDateInputs(page: Page): Promise<void> {
	await expect(
		page.locator('input[type="date"], input[type="datetime-local"], input[type="week"], input[type="month"]')
	).toHaveCount(0);
}

test('time travel takes a moment typed as dd/mm/yyyy HH:mm in Vietnam time and keeps a bad one typed', async ({
	browser
}) => {
	const page = await openEnglishBrowser(browser, 'ubnd.quang.binh');
	await page.goto(`/plans/${QB_PLAN}/thoi-diem`);
	await expectNoNativeDateInputs(page);
	const at = page.getByLabel('Thời điểm (giờ Việt Nam)');
	await expect(at).toHaveValue(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
	await expect(at).toHaveAttribute('placeholder', 'dd/mm/yyyy HH:mm');
	await expect(at).toHaveAttribute('inputmode', 'numeric');

	// before the plan was created
	await at.fill('01/01/2020 08:00');
	await page.getByRole('button', { name: 'Xem', exact: true }).click();
	await expect(page).toHaveURL(/[?&]t=01%2F01%2F2020\+08%3A00/);
	await expect(page.getByTestId('travel-then')).toContainText('chưa được tạo');
	await expect(at).toHaveValue('01/01/2020 08:00');

	// a day alone shows the plan at the end of that day: today, it is the plan as it is now
	const today = await at.evaluate(() =>
		new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short' }).format(new Date())
	);
	await at.fill(today);
	await at.press('Enter');
	await expect(at).toHaveValue(`${today} 23:59`);
	await expect(page.getByTestId('travel-diff')).toContainText('Không có khác biệt');
	await screenshot(page, 'date-inputs-time-travel');
	// the page is long: the controls, as the user sees them first
	await page.screenshot({
		path: path.resolve(
			import.meta.dirname,
			'../../../test-results/screenshots/date-inputs-time-travel-top.png'
		)
	});
	await expectAccessible(page, 'time travel with the typed moment');

	// a date that does not exist: a Vietnamese message, and the text stays as typed
	await at.fill('31/02/2026 10:00');
	await at.press('Enter');
	await expect(page.getByRole('alert')).toHaveText(
		'Thời điểm “31/02/2026 10:00” không hợp lệ: nhập theo dạng dd/mm/yyyy HH:mm, ví dụ 15/03/2026 14:30.'
	);
	await expect(at).toHaveValue('31/02/2026 10:00');
	await expect(at).toHaveAttribute('aria-invalid', 'true');
	await page.context().close();
});

test('the periodic report takes its day as dd/mm/yyyy and keeps a bad one typed', async ({ browser }) => {
	const page = await openEnglishBrowser(browser, 'ubnd.quang.binh');
	await page.goto(`/plans/${QB_PLAN}/bao-cao?ky=year&ngay=2025-06-01`);
	await expectNoNativeDateInputs(page);
	const day = page.getByLabel('Ngày thuộc kỳ báo cáo');
	await expect(day).toHaveValue('01/06/2025');
	await expect(day).toHaveAttribute('placeholder', 'dd/mm/yyyy');

	await page.locator('select[name="ky"]').selectOption('month');
	await day.fill('20/03/2025');
	await page.getByRole('button', { name: 'Xem dự thảo' }).click();
	await expect(page).toHaveURL(/ngay=20%2F03%2F2025/);
	await expect(page.locator('.subject')).toContainText('kỳ báo cáo từ 15/03/2025 đến 14/04/2025');
	await expect(day).toHaveValue('20/03/2025');
	await page.screenshot({
		path: path.resolve(import.meta.dirname, '../../../test-results/screenshots/date-inputs-report-top.png')
	});

	await day.fill('30/02/2025');
	await page.getByRole('button', { name: 'Xem dự thảo' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Ngày “30/02/2025” không hợp lệ: nhập theo dạng dd/mm/yyyy, ví dụ 15/03/2026.'
	);
	await expect(day).toHaveValue('30/02/2025');
	// the download refuses it too, in Vietnamese
	const bad = await page.request.get(`/plans/${QB_PLAN}/bao-cao/docx?ky=month&ngay=30%2F02%2F2025`);
	expect(bad.status()).toBe(400);
	expect(await bad.text()).toContain('Ngày “30/02/2025” không hợp lệ');
	await page.context().close();
});

test('the weekly digest shows its week as dd/mm/yyyy with previous and next links and a go-to day', async ({
	browser
}) => {
	const page = await openEnglishBrowser(browser, 'qb.so.khcn');
	await page.goto('/thong-bao/tuan?week=2026-W10');
	await expectNoNativeDateInputs(page);
	const range = page.getByTestId('week-range');
	await expect(range).toHaveText('Tuần 02/03/2026 – 08/03/2026');

	await page.getByTestId('week-next').click();
	await expect(page).toHaveURL(/[?&]week=2026-W11(&|$)/);
	await expect(page).toHaveURL(/[?&]unit=qb-so-khcn(&|$)/);
	await expect(range).toHaveText('Tuần 09/03/2026 – 15/03/2026');
	await page.getByTestId('week-prev').click();
	await page.getByTestId('week-prev').click();
	await expect(page).toHaveURL(/[?&]week=2026-W09(&|$)/);
	await expect(range).toHaveText('Tuần 23/02/2026 – 01/03/2026');

	// a Friday in the first days of 2027 is in the last ISO week of 2026
	const goTo = page.getByLabel('Đến tuần có ngày');
	await goTo.fill('01/01/2027');
	await page.getByRole('button', { name: 'Xem tuần' }).click();
	await expect(page).toHaveURL(/[?&]week=2026-W53(&|$)/);
	await expect(range).toHaveText('Tuần 28/12/2026 – 03/01/2027');
	await expect(page.getByTestId('digest')).toContainText('Tuần từ 28/12/2026 đến 03/01/2027');

	// choosing another unit keeps the week
	await page.getByLabel('Đơn vị', { exact: true }).selectOption({ label: 'UBND tỉnh Quảng Bình' });
	await page.getByRole('button', { name: 'Xem', exact: true }).click();
	await expect(page).toHaveURL(/[?&]week=2026-W53(&|$)/);
	await expect(page).toHaveURL(/[?&]unit=ubnd-quang-binh(&|$)/);
	await screenshot(page, 'date-inputs-digest');
	await expectAccessible(page, 'the weekly digest');

	await goTo.fill('32/01/2027');
	await page.getByRole('button', { name: 'Xem tuần' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Ngày “32/01/2027” không hợp lệ: nhập theo dạng dd/mm/yyyy, ví dụ 15/03/2026.'
	);
	await expect(goTo).toHaveValue('32/01/2027');
	await page.context().close();
});
