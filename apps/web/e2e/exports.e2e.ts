import fs from 'node:fs/promises';
import { expect, test, type Download } from '@playwright/test';
import { QB_PLAN, expectAccessible, screenshot, signIn } from './support.ts';

async function saved(download: Download): Promise<Buffer> {
	const file = await download.path();
	return fs.readFile(file);
}

test('the plan toolbar downloads the DOCX and the XLSX of the plan', async ({ page }) => {
	await signIn(page, 'ubnd.quang.binh');
	await page.goto(`/plans/${QB_PLAN}`);

	const [docx] = await Promise.all([
		page.waitForEvent('download'),
		page.locator(`a[href$="/plans/${QB_PLAN}/xuat/docx"]`).click()
	]);
	expect(docx.suggestedFilename()).toMatch(/^ke-hoach-trien-khai.*\.docx$/);
	const docxBytes = await saved(docx);
	expect(docxBytes.subarray(0, 2).toString()).toBe('PK');
	expect(docxBytes.byteLength).toBeGreaterThan(10_000);

	const [xlsx] = await Promise.all([
		page.waitForEvent('download'),
		page.locator(`a[href$="/plans/${QB_PLAN}/xuat/xlsx"]`).click()
	]);
	expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
	const xlsxBytes = await saved(xlsx);
	expect(xlsxBytes.subarray(0, 2).toString()).toBe('PK');
	expect(xlsxBytes.byteLength).toBeGreaterThan(5_000);

	const response = await page.request.get(`/plans/${QB_PLAN}/xuat/thong-ke`);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe(
		'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
	);
	const csv = await page.request.get(`/plans/${QB_PLAN}/xuat/nhat-ky.csv`);
	expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
	const text = await csv.text();
	// the same CSV as the audit page's, unfiltered
	expect(csv.url()).toContain(`/plans/${QB_PLAN}/nhat-ky/csv`);
	expect(
		text.startsWith('\ufeffThời gian,Người thực hiện,Đơn vị,Kế hoạch,Nhiệm vụ,Loại,Thay đổi (cũ → mới)\r\n')
	).toBe(true);
	expect(text).toContain('Thêm nhiệm vụ');
});

test('the periodic report page previews sections I–V and downloads the report DOCX', async ({ page }) => {
	await signIn(page, 'ubnd.quang.binh');
	await page.goto(`/plans/${QB_PLAN}/bao-cao?ky=year&ngay=2025-06-01`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Báo cáo định kỳ');
	await expect(page.locator('.subject')).toContainText('kỳ báo cáo từ 15/12/2024 đến 14/12/2025');
	for (const section of [
		'I. Công tác lãnh đạo, chỉ đạo',
		'II. Kết quả thực hiện',
		'III. Tồn tại, hạn chế',
		'IV. Nhiệm vụ thời gian tới',
		'V. Kiến nghị, đề xuất'
	]) {
		await expect(page.getByRole('heading', { level: 3, name: section })).toBeVisible();
	}
	await page.locator('select[name="ky"]').selectOption('quarter');
	await page.locator('select[name="don-vi"]').selectOption({ label: 'Sở KH&CN' });
	await page.getByRole('button', { name: 'Xem dự thảo' }).click();
	await expect(page).toHaveURL(/ky=quarter/);
	await expect(page.locator('.subject')).toContainText('kỳ báo cáo từ 15/03/2025 đến 14/06/2025');
	await expect(page.locator('.report-preview table').first()).toContainText('Sở KH&CN');
	await expectAccessible(page, 'periodic report');
	await screenshot(page, 'exports-report');

	const [report] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Tải báo cáo DOCX' }).click()
	]);
	expect(report.suggestedFilename()).toMatch(/^bao-cao-2025-03-15-2025-06-14-qb-so-khcn\.docx$/);
	const bytes = await saved(report);
	expect(bytes.subarray(0, 2).toString()).toBe('PK');
	expect(bytes.byteLength).toBeGreaterThan(8_000);

	const bad = await page.request.get(`/plans/${QB_PLAN}/bao-cao/docx?ky=week`);
	expect(bad.status()).toBe(400);
});
