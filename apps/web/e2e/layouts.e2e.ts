import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, openAs, QB_PLAN, screenshot } from './support.ts';

// The everyday screens at an office screen, a phone and a projector: none scrolls sideways, the task list
// fits the screen, and each is screenshotted (test-results/screenshots/layout-*) for people to look at.

const SCREENS = [
	{ name: '1366', viewport: { width: 1366, height: 768 } },
	{ name: 'phone', viewport: { width: 390, height: 844 } },
	{ name: '1920', viewport: { width: 1920, height: 1080 } }
] as const;

const PAGES = [
	{ name: 'plan-work', path: `/plans/${QB_PLAN}`, ready: 'save-state' },
	{ name: 'plan-document', path: `/plans/${QB_PLAN}?xem=van-ban`, ready: 'plan-document' },
	{ name: 'plan-dashboard', path: `/bang-dieu-khien/ke-hoach/${QB_PLAN}`, ready: 'kpi' },
	{ name: 'directive', path: '/van-ban/kl-69', ready: 'cascade' },
	{ name: 'directive-dashboard', path: '/bang-dieu-khien/van-ban/kl-69', ready: 'kpi' }
] as const;

async function noSidewaysScroll(page: Page, what: string) {
	const sizes = await page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		client: document.documentElement.clientWidth
	}));
	expect
		.soft(sizes.scroll, `${what}: page width ${sizes.scroll} > ${sizes.client}`)
		.toBeLessThanOrEqual(sizes.client);
	// nothing inside scrolls sideways either (a table in a scrolling box is still sideways scrolling)
	const wide = await page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('main *')]
			.filter((el) => {
				const style = getComputedStyle(el);
				return (
					['auto', 'scroll'].includes(style.overflowX) &&
					el.scrollWidth > el.clientWidth + 1 &&
					el.getClientRects().length > 0
				);
			})
			.map((el) => {
				// name the box and what sticks out of it, so a failure says what to fix
				const right = el.getBoundingClientRect().right;
				const out = [...el.querySelectorAll<HTMLElement>('*')].find(
					(c) => c.getBoundingClientRect().right > right + 1
				);
				const what = out
					? ` ← ${out.tagName.toLowerCase()}.${out.className} “${(out.textContent ?? '').slice(0, 40)}”`
					: '';
				return `${el.tagName.toLowerCase()}.${el.className}${what}`;
			})
	);
	expect.soft(wide, `${what}: boxes scrolling sideways`).toEqual([]);
}

for (const screen of SCREENS) {
	test(`the plan, its dashboard and the directive page fit ${screen.name} without sideways scroll`, async ({
		browser
	}) => {
		test.setTimeout(180_000);
		const page = await openAs(browser, 'ubnd.quang.binh', { viewport: screen.viewport });
		for (const p of PAGES) {
			await page.goto(p.path);
			await expect(page.getByTestId(p.ready)).toBeVisible();
			if (p.name === 'plan-work') await expect(page.getByTestId('save-state')).toHaveText('Đã lưu');
			await screenshot(page, `layout-${p.name}-${screen.name}`);
			await noSidewaysScroll(page, `${p.name} at ${screen.name}`);
			if (screen.name === '1366') await expectAccessible(page, `${p.name} (vi)`);
		}
		await page.context().close();
	});
}

test('the same pages pass axe in English', async ({ browser }) => {
	test.setTimeout(180_000);
	const page = await openAs(browser, 'ubnd.quang.binh');
	await page.goto(`/lang?to=en&back=/plans/${QB_PLAN}`);
	for (const p of PAGES) {
		await page.goto(p.path);
		await expect(page.getByTestId(p.ready)).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expectAccessible(page, `${p.name} (en)`);
	}
	await page.goto('/lang?to=vi&back=/');
	await page.context().close();
});
