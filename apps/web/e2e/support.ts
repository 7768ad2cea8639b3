// Helpers shared by the end-to-end specs.
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';

/** The password of every demo account (packages/db/src/seed/demo-passwords.ts). */
export const DEMO_PASSWORD = 'trienkhai';

/** The id of the Quảng Bình plan of the demo data. */
export const QB_PLAN = 'plan-ubnd-qb-kl69';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../../test-results/screenshots');

/** Fills and submits the sign-in form (from wherever the page is), and waits for the server's answer. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
	if (!page.url().includes('/dang-nhap')) await page.goto('/dang-nhap');
	const submit = page.getByRole('button', { name: 'Đăng nhập' });
	// a previous submission still running would clear the password typed for this one
	await expect(submit).toBeEnabled();
	await page.getByLabel('Tên đăng nhập').fill(username);
	await page.getByLabel('Mật khẩu').fill(password);
	await Promise.all([
		page.waitForResponse(
			(r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/dang-nhap'
		),
		submit.click()
	]);
}

/** Signs out with the header's button. */
export async function signOut(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Đăng xuất' }).click();
	await expect(page).toHaveURL(/\/dang-nhap\?out=1$/);
}

/** No serious or critical WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	const bad = results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
	expect(bad, `accessibility of ${what}`).toEqual([]);
}

/** A full-page screenshot under test-results/screenshots/ for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
	await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * Picks a unit in a searchable unit picker: types `typed` into the field named `label` and chooses the option
 * with the unit's full name, with the keyboard's Esc closing a list that stays open (several units).
 */
export async function pickUnit(page: Page, label: string, typed: string, fullName: string): Promise<void> {
	const field = page.getByRole('combobox', { name: label, exact: true });
	await field.click();
	await field.fill(typed);
	await page.getByRole('option', { name: fullName, exact: true }).click();
	if (await page.getByRole('listbox').isVisible()) await page.keyboard.press('Escape');
}

/** A new browser context signed in as `username`, on its first page. */
export async function openAs(
	browser: Browser,
	username: string,
	options: BrowserContextOptions = {}
): Promise<Page> {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	await signIn(page, username);
	await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
	return page;
}

/**
 * Takes the open draft (or amendment) of `owner` to signature: submits it to the unit's first signer, who
 * approves it in a browser of their own; returns once the owner's page shows the approval.
 */
export async function approveForIssue(browser: Browser, owner: Page, signer: string): Promise<void> {
	const url = owner.url();
	await owner.getByRole('button', { name: 'Trình ký' }).click();
	await expect(owner.getByTestId('signoff-status')).toContainText('Đang chờ');
	// the signer signs in where the owner is (with several instances, the owner's one)
	const page = await openAs(browser, signer, { baseURL: new URL(url).origin });
	await page.goto(url);
	await page.getByRole('button', { name: 'Đồng ý ban hành' }).click();
	await expect(page.getByTestId('signoff-status')).toContainText('đã đồng ý ban hành');
	await page.context().close();
	await expect(owner.getByTestId('signoff-status')).toContainText('đã đồng ý ban hành');
}

/** Issues an approved plan through the confirmation dialog with the recipients it proposes. */
export async function confirmIssue(owner: Page, amendment = false): Promise<void> {
	const label = amendment ? 'Ban hành bản sửa đổi, bổ sung' : 'Ban hành kế hoạch';
	await owner.getByRole('button', { name: label }).click();
	await owner.getByRole('dialog').getByRole('button', { name: 'Xác nhận ban hành' }).click();
}

/** The signer of UBND tỉnh Quảng Bình in the demo data. */
export const QB_SIGNER = 'lanhdao.ubnd.quang.binh';

/** The machine's one-minute load average, to print next to a measured latency. */
export function loadAverage(): string {
	const [one = 0] = os.loadavg();
	return one.toFixed(2);
}
