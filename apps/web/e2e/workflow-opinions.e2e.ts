import fs from 'node:fs';
import JSZip from 'jszip';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, openAs, pickUnit, screenshot } from './support.ts';

const OWNER = 'ubnd.quang.binh';
const FINANCE = 'qb.so.tai.chinh';
const FRONT = 'qb.mttq';
const KHCN = 'qb.so.khcn';
const TITLE = 'Kế hoạch thử nghiệm xin ý kiến chuyển đổi số';
const EXPLANATION = 'Giữ sản phẩm là Đề án theo Kết luận 69-KL/TW';

async function saved(page: Page) {
	await expect(page.getByTestId('save-state')).toHaveText('Đã lưu');
}

/** The "Góp ý, xin ý kiến" block of the only task. */
const taskBlock = (page: Page) => page.locator('article[data-task-id]').first();

/** Runs axe on the page as it is, in Vietnamese, then in English, and comes back to Vietnamese. */
async function accessibleInBothLanguages(page: Page, what: string): Promise<void> {
	await expectAccessible(page, `${what} (vi)`);
	const back = new URL(page.url()).pathname + new URL(page.url()).search;
	await page.goto(`/lang?to=en&back=${encodeURIComponent(back)}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expectAccessible(page, `${what} (en)`);
	await page.goto(`/lang?to=vi&back=${encodeURIComponent(back)}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
}

test.describe.configure({ mode: 'serial' });
// one story across four browsers, with axe in two languages on three pages
test.setTimeout(300_000);

let planPath = '';

test('a draft goes out for opinions; suggestions, comments and opinions come back; the owner decides; the summary DOCX lists both units', async ({
	browser
}) => {
	// the owner drafts a plan with one task
	const owner = await openAs(browser, OWNER);
	await owner.goto('/plans/new');
	await owner.getByLabel('Tên kế hoạch').fill(TITLE);
	await owner.getByRole('button', { name: 'Tạo dự thảo' }).click();
	await expect(owner).toHaveURL(/\/plans\/plan-/);
	planPath = new URL(owner.url()).pathname;
	await saved(owner);
	await owner.getByRole('button', { name: '+ Thêm nhóm nhiệm vụ' }).click();
	await owner.getByRole('button', { name: '+ Thêm nhiệm vụ' }).click();
	const content = owner.getByLabel(/^Nội dung nhiệm vụ /).first();
	const code = (
		await content.evaluate(
			(el) => (el as HTMLTextAreaElement).labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? ''
		)
	)
		.replace('Nội dung nhiệm vụ', '')
		.trim();
	await content.fill('Xây dựng Đề án chuyển đổi số');
	await pickUnit(
		owner,
		`Cơ quan chủ trì nhiệm vụ ${code}`,
		'khcn quang binh',
		'Sở Khoa học và Công nghệ tỉnh Quảng Bình'
	);
	const deadline = owner.getByLabel(`Thời hạn của nhiệm vụ ${code}`);
	await deadline.fill('31/12/2027');
	await deadline.press('Tab');
	await saved(owner);

	// a unit not asked does not see the draft
	const finance = await openAs(browser, FINANCE);
	expect((await finance.goto(`${planPath}/y-kien`))?.status()).toBe(404);

	// the owner sends it to two units with a due date
	await owner.goto(`${planPath}/y-kien`);
	await accessibleInBothLanguages(owner, 'the opinions page of the owner');
	await owner.getByLabel('Xin ý kiến các đơn vị').selectOption(['qb-so-tai-chinh', 'qb-mttq']);
	await owner.getByLabel('Hạn gửi ý kiến').fill('15/01/2099');
	await owner.getByLabel('Nội dung đề nghị').fill('Đề nghị các đơn vị góp ý dự thảo');
	await owner.getByRole('button', { name: 'Gửi xin ý kiến' }).click();
	await expect(owner.locator('[data-round-id]')).toContainText(
		'Xin ý kiến Sở Tài chính, UBMTTQ Việt Nam tỉnh, hạn 15/01/2099'
	);

	// Sở Tài chính is told, sees the draft in "Việc của tôi", and now may read it
	await finance.goto('/thong-bao');
	await expect(finance.getByTestId('notification').first()).toContainText(
		'UBND tỉnh Quảng Bình xin ý kiến đơn vị về dự thảo kế hoạch'
	);
	await finance.goto('/viec-cua-toi');
	await expect(finance.getByTestId('owed-opinions')).toContainText(TITLE);
	await expect(finance.getByTestId('my-work-counts')).toContainText('Ý kiến phải gửi: 1');
	await expect(finance.getByTestId('nav-my-work')).toContainText(/\d/);
	await accessibleInBothLanguages(finance, 'my work');
	await finance.getByTestId('owed-opinions').getByRole('link', { name: TITLE }).click();
	await expect(finance).toHaveURL(new RegExp(`${planPath}/y-kien$`));

	// it suggests a new deadline and a new output (tracked changes), comments mentioning Sở KH&CN, and answers
	const block = taskBlock(finance);
	await block.getByRole('combobox', { name: /^Đề xuất sửa/ }).selectOption('deadline');
	await block.getByLabel(`Giá trị đề xuất cho nhiệm vụ ${code}`).fill('31/03/2028');
	await block.getByLabel('Lý do đề xuất').fill('Cần thêm thời gian bố trí kinh phí');
	await block.getByRole('button', { name: 'Gửi đề xuất' }).click();
	await expect(block.locator('[data-suggestion-id]')).toHaveCount(1);
	await block.getByRole('combobox', { name: /^Đề xuất sửa/ }).selectOption('output');
	await block.getByLabel(`Giá trị đề xuất cho nhiệm vụ ${code}`).fill('Báo cáo');
	await block.getByRole('button', { name: 'Gửi đề xuất' }).click();
	await expect(block.locator('[data-suggestion-id]')).toHaveCount(2);
	await block
		.getByLabel(`Bình luận về Nhiệm vụ ${code}`, { exact: true })
		.fill('Đề nghị Sở KH&CN làm rõ nguồn kinh phí');
	await block.getByLabel('Nhắc đến đơn vị (không bắt buộc)').selectOption('qb-so-khcn');
	await block.getByRole('button', { name: 'Gửi bình luận' }).click();
	await expect(block.locator('[data-comment-id]')).toContainText('Đề nghị Sở KH&CN làm rõ nguồn kinh phí');
	const opinion = finance.getByTestId('opinion-form');
	await opinion.getByLabel('Ý kiến về').selectOption({ label: `Nhiệm vụ ${code}` });
	await opinion.getByLabel('Đề xuất sửa').check();
	await opinion.getByLabel('Nội dung ý kiến').fill('Đề nghị đổi sản phẩm thành Báo cáo');
	await opinion.getByRole('button', { name: 'Gửi ý kiến' }).click();
	await expect(finance.locator('[data-opinion-id]')).toHaveCount(1);

	// the owner's open page shows them without a reload (the plan's live feed)
	await expect(taskBlock(owner).locator('[data-suggestion-id]')).toHaveCount(2);
	await expect(owner.locator('[data-opinion-id]')).toHaveCount(1);

	// the other unit agrees
	const front = await openAs(browser, FRONT);
	await front.goto(`${planPath}/y-kien`);
	await front.getByTestId('opinion-form').getByRole('button', { name: 'Gửi ý kiến' }).click();
	await expect(front.locator('[data-opinion-id]')).toHaveCount(2);
	await expect(owner.locator('[data-round-id]')).toContainText('tất cả đã có ý kiến');

	// a reader without a role cannot decide: Sở Tài chính sees no accept button on its own suggestion
	await expect(taskBlock(finance).getByRole('button', { name: 'Chấp nhận', exact: true })).toHaveCount(0);

	// the owner accepts the deadline, rejects the output with a reason, and explains the opinion
	const deadlineSuggestion = taskBlock(owner).locator('[data-suggestion-id]', { hasText: 'thời hạn' });
	await deadlineSuggestion.getByRole('button', { name: 'Chấp nhận', exact: true }).click();
	await expect(deadlineSuggestion).toContainText('đã chấp nhận');
	await expect(taskBlock(owner)).toContainText('Thời hạn: 31/03/2028');
	const outputSuggestion = taskBlock(owner).locator('[data-suggestion-id]', { hasText: 'sản phẩm' });
	await outputSuggestion.getByLabel('Lý do không chấp nhận').fill(EXPLANATION);
	await outputSuggestion.getByRole('button', { name: 'Không chấp nhận' }).click();
	await expect(outputSuggestion).toContainText(`Lý do không chấp nhận: ${EXPLANATION}`);
	const row = owner.locator('[data-opinion-id]', { hasText: 'Sở Tài chính' });
	await row.getByLabel('Xử lý ý kiến số').selectOption('explained');
	await row.getByLabel('Nội dung tiếp thu, giải trình ý kiến số').fill(EXPLANATION);
	await row.getByRole('button', { name: 'Lưu' }).click();
	await expect(row).toContainText(`Giải trình: ${EXPLANATION}`);
	await screenshot(owner, 'workflow-opinions');

	// the editor shows the accepted deadline as the owner's edit
	await owner.goto(planPath);
	await expect(owner.getByLabel(`Thời hạn của nhiệm vụ ${code}`)).toHaveValue('31/03/2028');

	// the summary table lists both units
	await owner.goto(`${planPath}/y-kien`);
	const [download] = await Promise.all([
		owner.waitForEvent('download'),
		owner.getByRole('link', { name: 'Tải bảng tổng hợp (DOCX)' }).click()
	]);
	const zip = await JSZip.loadAsync(fs.readFileSync(await download.path()));
	const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
	const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
	expect(text).toContain('BẢNG TỔNG HỢP TIẾP THU, GIẢI TRÌNH Ý KIẾN');
	expect(text).toContain('Sở Tài chính tỉnh Quảng Bình');
	expect(text).toContain('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Bình');
	expect(text).toContain(`Giải trình: ${EXPLANATION}`);
	expect(text).toContain('Nhất trí với dự thảo.');

	// the suggester hears of the decisions; Sở KH&CN of its mention and sees its own tasks in "Việc của tôi"
	await finance.goto('/thong-bao');
	const financeNotes = finance.getByTestId('notification');
	await expect(financeNotes.filter({ hasText: 'đã xử lý đề xuất sửa của bạn' })).toHaveCount(2);
	await expect(financeNotes.filter({ hasText: 'đã tiếp thu, giải trình ý kiến của đơn vị' })).toHaveCount(1);
	await accessibleInBothLanguages(finance, 'the notifications page');
	const khcn = await openAs(browser, KHCN);
	await khcn.goto('/thong-bao');
	await expect(
		khcn.getByTestId('notification').filter({ hasText: 'Sở Tài chính nhắc đến đơn vị trong một bình luận' })
	).toHaveCount(1);
	await khcn.goto('/viec-cua-toi');
	await expect(khcn.locator('table.my-work tr[data-task-id]').first()).toBeVisible();
	await expect(khcn.getByTestId('my-work-counts')).toBeVisible();
	for (const page of [owner, finance, front, khcn]) await page.context().close();
});
