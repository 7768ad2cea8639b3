import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { screenshot, signIn } from './support.ts';

const SEED_002 = readFileSync(
	new URL('../../../packages/domain/src/import/fixtures/seeds/002_7e0883046d7fbb4f.txt', import.meta.url),
	'utf8'
);

test('a pasted plan is previewed against its source, fixed and created as a draft by the importing user', async ({
	page
}) => {
	await signIn(page, 'qb.so.khcn');
	await page.getByRole('link', { name: 'Nhập kế hoạch' }).click();
	await expect(page).toHaveURL(/\/nhap$/);
	await page.getByLabel('Dán nội dung kế hoạch').fill(SEED_002);
	await page.getByRole('button', { name: 'Đọc kế hoạch' }).click();

	const tasks = page.locator('li.task');
	await expect(page.getByRole('heading', { name: /Nhiệm vụ \(\d+\)/ })).toBeVisible();
	expect(await tasks.count()).toBeGreaterThan(10);
	const count = await tasks.count();
	// the task of II.1.b, led by Sở TT&TT; clicking its lines highlights them in the source
	const task = page.locator('li.task[data-task-code="II.1.b"]');
	await expect(task.locator('textarea')).toHaveValue(
		/Sở Thông tin và Truyền thông chỉ đạo|chỉ đạo các cơ quan báo chí/
	);
	await task.getByRole('button', { name: /Xem dòng/ }).click();
	await expect(page.getByTestId('import-source').locator('li.hit').first()).toContainText(
		'Sở Thông tin và Truyền thông'
	);
	await screenshot(page, 'import-preview');

	// fix the lead of II.1.b and delete the last task
	await task.getByLabel('Cơ quan chủ trì II.1.b').selectOption('qb-so-khcn');
	await tasks
		.last()
		.getByRole('button', { name: /Xóa nhiệm vụ/ })
		.click();
	await expect(tasks).toHaveCount(count - 1);

	await page.getByRole('button', { name: 'Tạo kế hoạch dự thảo' }).click();
	await expect(page).toHaveURL(/\/plans\/plan-[0-9a-f]{8}$/);
	await expect(page.getByText('Dự thảo').first()).toBeVisible();
	const planUrl = page.url();
	const history = await page.request.get(`${planUrl}/history`);
	expect(history.ok()).toBe(true);
	const body = JSON.stringify(await history.json());
	expect(body).toContain('Cán bộ Sở KH&CN Quảng Bình');
	expect(body).toContain('TaskCreated');
});

test('a garbage file gets a clear Vietnamese error and the page keeps working', async ({ page }) => {
	await signIn(page, 'qb.so.khcn');
	await page.goto('/nhap');
	await page.getByLabel('Tệp kế hoạch').setInputFiles({
		name: 'ke-hoach.docx',
		mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		buffer: Buffer.from('đây không phải tệp Word')
	});
	await page.getByRole('button', { name: 'Đọc kế hoạch' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Không đọc được tệp: tệp hỏng hoặc không phải văn bản Word/văn bản thuần.'
	);
	await page.getByLabel('Tệp kế hoạch').setInputFiles({
		name: 'lon.txt',
		mimeType: 'text/plain',
		buffer: Buffer.alloc(5 * 1024 * 1024 + 10, 'a')
	});
	await page.getByRole('button', { name: 'Đọc kế hoạch' }).click();
	await expect(page.getByRole('alert')).toHaveText('Tệp hoặc nội dung quá lớn (tối đa 5 MB).');
	await page.getByLabel('Tệp kế hoạch').setInputFiles([]);
	await page.getByLabel('Dán nội dung kế hoạch').fill(SEED_002);
	await page.getByRole('button', { name: 'Đọc kế hoạch' }).click();
	await expect(page.locator('li.task').first()).toBeVisible();
});
