import { expect, test, type Page } from '@playwright/test';
import { loadAverage, openAs } from './support.ts';

// A person's own pages follow their live feed (api/live/cua-toi): the owner asks Sở KH&CN for opinions on
// a draft, and Sở KH&CN's open home page (its "my work" count and list), open notifications page and open
// audit trail show it within a second, without a reload; marking read on one page lowers the count on another.
const OWNER = 'ubnd.quang.binh';
const KHCN = 'qb.so.khcn';

/** Milliseconds from `started` until `condition(arg)` holds in the page (polled every animation frame). */
async function msUntil<A>(
	page: Page,
	started: number,
	condition: (arg: A) => boolean,
	arg: A
): Promise<number> {
	await page.waitForFunction(condition as (arg: unknown) => boolean, arg, { polling: 'raf', timeout: 5000 });
	return Date.now() - started;
}

/** The number in a header link's count badge (0 when it shows none). */
async function navCount(page: Page, testId: string): Promise<number> {
	const text =
		(await page
			.getByTestId(testId)
			.locator('.nav-count')
			.textContent({ timeout: 500 })
			.catch(() => null)) ?? '0';
	return Number(text);
}

const countIs = ({ testId, n }: { testId: string; n: number }) =>
	Number(document.querySelector(`[data-testid="${testId}"] .nav-count`)?.textContent ?? '0') === n;

test('asked for opinions: the unit’s open home page, notifications page and audit trail show it within a second', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const token = Math.random().toString(36).slice(2, 8);
	const title = `Kế hoạch thử nghiệm hộp thư trực tiếp ${token}`;
	const day = String(10 + Math.floor(Math.random() * 18));
	const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, '0');
	const due = `${day}/${month}/2099`;

	const owner = await openAs(browser, OWNER);
	await owner.goto('/plans/new');
	await owner.getByLabel('Tên kế hoạch').fill(title);
	await owner.getByRole('button', { name: 'Tạo dự thảo' }).click();
	await expect(owner).toHaveURL(/\/plans\/plan-/);
	const planPath = new URL(owner.url()).pathname;
	await owner.goto(`${planPath}/y-kien`);

	// Sở KH&CN has its home page, its notifications and the audit trail open
	const home = await openAs(browser, KHCN);
	await home.goto('/');
	const bell = await openAs(browser, KHCN);
	await bell.goto('/thong-bao');
	const audit = await openAs(browser, KHCN);
	await audit.goto('/nhat-ky');
	const notificationsBefore = await navCount(home, 'nav-notifications');
	const workBefore = await navCount(home, 'nav-my-work');
	await expect(bell.locator('main')).not.toContainText(title);
	await expect(home.getByTestId('owed-opinions').filter({ hasText: title })).toHaveCount(0);
	let navigations = 0;
	for (const page of [home, bell, audit]) {
		page.on('framenavigated', (frame) => {
			if (frame === page.mainFrame()) navigations += 1;
		});
	}

	await owner.getByLabel('Xin ý kiến các đơn vị').selectOption(['qb-so-khcn']);
	await owner.getByLabel('Hạn gửi ý kiến').fill(due);
	await owner.getByLabel('Nội dung đề nghị').fill('Đề nghị Sở KH&CN góp ý dự thảo');
	const asked = owner.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('y-kien'));
	await owner.getByRole('button', { name: 'Gửi xin ý kiến' }).click();
	await asked;
	const started = Date.now();
	const [homeCounts, homeList, bellList, auditRow] = await Promise.all([
		msUntil(
			home,
			started,
			(a) =>
				Number(document.querySelector('[data-testid="nav-my-work"] .nav-count')?.textContent ?? '0') ===
					a.work &&
				Number(document.querySelector('[data-testid="nav-notifications"] .nav-count')?.textContent ?? '0') ===
					a.notifications,
			{ work: workBefore + 1, notifications: notificationsBefore + 1 }
		),
		msUntil(
			home,
			started,
			(t) => (document.querySelector('[data-testid="owed-opinions"]')?.textContent ?? '').includes(t),
			title
		),
		msUntil(bell, started, (t) => (document.querySelector('main')?.textContent ?? '').includes(t), title),
		msUntil(
			audit,
			started,
			(d) => (document.querySelector('main table, main')?.textContent ?? '').includes(`hạn ${d}`),
			due
		)
	]);
	const load = loadAverage();
	console.log(
		`per-user live latency (load ${load}): home counts ${homeCounts} ms, home list ${homeList} ms, notifications ${bellList} ms, audit ${auditRow} ms`
	);
	await expect(bell.getByTestId('notification').first()).toContainText(
		'UBND tỉnh Quảng Bình xin ý kiến đơn vị về dự thảo kế hoạch'
	);
	await expect(bell.getByTestId('nav-notifications')).toContainText(String(notificationsBefore + 1));
	for (const ms of [homeCounts, homeList, bellList, auditRow]) expect(ms).toBeLessThan(1000);

	// marking everything read on the notifications page clears the count on the home page, live too
	await bell.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click();
	await home.waitForFunction(countIs, { testId: 'nav-notifications', n: 0 }, { timeout: 5000 });
	expect(navigations, 'no open page reloaded').toBe(0);
	for (const page of [owner, home, bell, audit]) await page.context().close();
});
