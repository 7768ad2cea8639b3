import fs from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { expectAccessible, screenshot, openAs } from './support.ts';

// Daily use of the plan editor: placeholders instead of stored text, impossible dates refused, deletions
// confirmed and undone for everyone, word-sized undo.

const OWNER = 'ubnd.quang.binh';

async function saved(page: Page) {
	await expect(page.getByTestId('save-state')).toHaveText('Đã lưu');
}

const content = (page: Page, code: string) => page.getByLabel(`Nội dung nhiệm vụ ${code}`);

test.describe.configure({ mode: 'serial' });

let planUrl = '';

test('a new task and group start empty with a placeholder, and store only what was typed', async ({
	browser
}) => {
	const owner = await openAs(browser, OWNER);
	await owner.goto('/plans/new');
	await owner.getByLabel('Tên kế hoạch').fill('Kế hoạch thử dùng hằng ngày');
	await owner.getByRole('button', { name: 'Tạo dự thảo' }).click();
	await expect(owner).toHaveURL(/\/plans\/plan-/);
	planUrl = owner.url();
	await saved(owner);
	await owner.getByRole('button', { name: '+ Thêm nhóm nhiệm vụ' }).click();
	const groupTitle = owner.getByLabel('Tên nhóm nhiệm vụ 1');
	await expect(groupTitle).toHaveValue('');
	await expect(groupTitle).toHaveAttribute('placeholder', 'Nhập tên nhóm nhiệm vụ…');
	await owner.getByRole('button', { name: '+ Thêm nhiệm vụ' }).click();
	const task = content(owner, '1.a');
	await expect(task).toHaveValue('');
	await expect(task).toHaveAttribute('placeholder', 'Nhập nội dung nhiệm vụ…');
	await task.fill('Tổ chức hội nghị quán triệt');
	await groupTitle.fill('Nhiệm vụ chung');
	await groupTitle.press('Tab');
	await saved(owner);
	await owner.reload();
	await expect(content(owner, '1.a')).toHaveValue('Tổ chức hội nghị quán triệt');
	await expect(owner.getByLabel('Tên nhóm nhiệm vụ 1')).toHaveValue('Nhiệm vụ chung');
	await owner.context().close();
});

test('an impossible deadline is refused with a Vietnamese message and the typed text is kept', async ({
	browser
}) => {
	const owner = await openAs(browser, OWNER);
	await owner.goto(planUrl);
	await saved(owner);
	const deadline = owner.getByLabel('Thời hạn của nhiệm vụ 1.a');
	await deadline.fill('31/02/2025');
	await deadline.press('Tab');
	await expect(owner.getByRole('alert').filter({ hasText: 'Ngày “31/02/2025” không có thật' })).toBeVisible();
	await expect(deadline).toHaveValue('31/02/2025');
	await expect(deadline).toHaveAttribute('aria-invalid', 'true');
	await saved(owner);
	await owner.reload();
	await expect(owner.getByLabel('Thời hạn của nhiệm vụ 1.a')).toHaveValue('');
	// a real day is taken and shown with its due date
	await owner.getByLabel('Thời hạn của nhiệm vụ 1.a').fill('28/02/2025');
	await owner.getByLabel('Thời hạn của nhiệm vụ 1.a').press('Tab');
	await expect(owner.locator('[data-task-id]').first()).toContainText('hạn 28/02/2025');
	await expect(owner.getByRole('alert').filter({ hasText: 'không có thật' })).toHaveCount(0);
	await saved(owner);
	await owner.context().close();
});

test('Ctrl+Z after typing two words removes one word; Ctrl+Y brings it back', async ({ browser }) => {
	const owner = await openAs(browser, OWNER);
	await owner.goto(planUrl);
	await saved(owner);
	const task = content(owner, '1.a');
	await task.press('End');
	await task.pressSequentially(' toàn tỉnh');
	await expect(task).toHaveValue('Tổ chức hội nghị quán triệt toàn tỉnh');
	await task.press('Control+z');
	await expect(task).toHaveValue('Tổ chức hội nghị quán triệt toàn');
	await task.press('Control+z');
	await expect(task).toHaveValue('Tổ chức hội nghị quán triệt');
	await task.press('Control+y');
	await expect(task).toHaveValue('Tổ chức hội nghị quán triệt toàn');
	await saved(owner);
	await owner.reload();
	await expect(content(owner, '1.a')).toHaveValue('Tổ chức hội nghị quán triệt toàn');
	await owner.context().close();
});

test('the unit pickers find “Sở Tài chính” typed without diacritics, by keyboard, grouped, and close with Esc', async ({
	browser
}) => {
	const owner = await openAs(browser, OWNER);
	await owner.goto(planUrl);
	await saved(owner);
	const lead = owner.getByRole('combobox', { name: 'Cơ quan chủ trì nhiệm vụ 1.a', exact: true });
	await lead.click();
	await lead.fill('tai chinh');
	const list = owner.getByRole('listbox');
	await expect(list.getByRole('option')).toHaveText(['Sở Tài chính tỉnh Quảng Bình']);
	await expect(list).toContainText('Tỉnh Quảng Bình');
	await expectAccessible(owner, 'an open unit picker');
	await lead.press('ArrowDown');
	await lead.press('Enter');
	await expect(lead).toHaveValue('Sở Tài chính tỉnh Quảng Bình');
	await saved(owner);
	// coordinators: several, each by its full name; Esc closes the list and keeps the choice
	const add = owner.getByRole('combobox', { name: 'Thêm: Cơ quan phối hợp nhiệm vụ 1.a', exact: true });
	await add.click();
	await add.fill('noi vu');
	await owner.getByRole('option', { name: 'Sở Nội vụ tỉnh Quảng Bình', exact: true }).click();
	await owner.keyboard.press('Escape');
	await expect(owner.getByRole('listbox')).toHaveCount(0);
	await expect(owner.getByRole('list', { name: 'Cơ quan phối hợp nhiệm vụ 1.a' })).toHaveText(
		/Sở Nội vụ tỉnh Quảng Bình/
	);
	await saved(owner);
	await owner.reload();
	await expect(
		owner.getByRole('combobox', { name: 'Cơ quan chủ trì nhiệm vụ 1.a', exact: true })
	).toHaveValue('Sở Tài chính tỉnh Quảng Bình');
	await owner.context().close();
});

test('deleting a task asks first; undo brings it back for everyone', async ({ browser }) => {
	const owner = await openAs(browser, OWNER);
	const other = await openAs(browser, OWNER);
	await owner.goto(planUrl);
	await other.goto(planUrl);
	await saved(owner);
	await saved(other);
	await owner.getByRole('button', { name: 'Xóa nhiệm vụ 1.a' }).click();
	const dialog = owner.getByRole('dialog');
	await expect(dialog).toContainText('Xóa nhiệm vụ 1.a?');
	await expectAccessible(owner, 'the delete confirmation');
	// cancelling (Esc) keeps the task
	await owner.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(content(owner, '1.a')).toBeVisible();
	await owner.getByRole('button', { name: 'Xóa nhiệm vụ 1.a' }).click();
	await dialog.getByRole('button', { name: 'Xóa', exact: true }).click();
	await expect(content(owner, '1.a')).toHaveCount(0);
	await expect(content(other, '1.a')).toHaveCount(0);
	await saved(owner);
	const notice = owner.getByRole('status').filter({ hasText: 'Đã xóa nhiệm vụ 1.a.' });
	await expect(notice).toBeVisible();
	await notice.getByRole('button', { name: 'Hoàn tác' }).click();
	await expect(content(owner, '1.a')).toHaveValue('Tổ chức hội nghị quán triệt toàn');
	await expect(content(other, '1.a')).toHaveValue('Tổ chức hội nghị quán triệt toàn');
	await expect(notice).toHaveCount(0);
	await saved(owner);
	// stored: a fresh page of another unit's co-drafter would see it too; a reload shows it
	await other.reload();
	await expect(content(other, '1.a')).toHaveValue('Tổ chức hội nghị quán triệt toàn');
	await screenshot(owner, 'daily-use-undo');
	await owner.context().close();
	await other.context().close();
});

test('an unrelated unit gets 404 on a draft; a read-only reader sees why in a banner', async ({
	browser
}) => {
	const outsider = await openAs(browser, 'bct');
	const response = await outsider.goto(planUrl);
	expect(response?.status()).toBe(404);
	await expect(outsider.getByRole('heading', { name: 'Kế hoạch thử dùng hằng ngày' })).toHaveCount(0);
	// an issued plan of another province is readable, with the reason it cannot be changed on top
	await outsider.goto('/plans/plan-ubnd-qb-kl69');
	await expect(outsider.getByTestId('readonly-banner')).toContainText('Chỉ xem:');
	await expectAccessible(outsider, 'a read-only plan with its banner');
	await outsider.context().close();
});

const OWNER_NAME = 'Cán bộ Văn phòng UBND tỉnh Quảng Bình';

/** A new draft of the owner's, open in its editor; returns its address. */
async function newDraft(owner: Page, title: string): Promise<string> {
	await owner.goto('/plans/new');
	await owner.getByLabel('Tên kế hoạch').fill(title);
	await owner.getByRole('button', { name: 'Tạo dự thảo' }).click();
	await expect(owner).toHaveURL(/\/plans\/plan-/);
	await saved(owner);
	return owner.url();
}

test('restoring an earlier version from time travel is the owner’s edit: open editors show it, the audit names them', async ({
	browser
}) => {
	// two editors, time travel, a restore and the audit: several page loads on a shared machine
	test.setTimeout(120_000);
	const owner = await openAs(browser, OWNER);
	const watcher = await openAs(browser, OWNER);
	const planUrl = await newDraft(owner, 'Kế hoạch thử khôi phục phiên bản');
	const section = (page: Page) => page.getByLabel('III. Tổ chức thực hiện', { exact: true });
	await section(owner).fill('Giao Sở Nội vụ tổng hợp kết quả hằng quý.');
	await saved(owner);
	// the moment to come back to: the step the plan is at now
	await owner.goto(`${planUrl}/thoi-diem`);
	const asOf = await owner.getByRole('heading', { name: /sự kiện thứ \d+/ }).textContent();
	const seq = Number(/sự kiện thứ (\d+)/.exec(asOf ?? '')![1]);
	await expect(owner.getByRole('button', { name: 'Khôi phục phiên bản này' })).toHaveCount(0);
	await owner.goto(planUrl);
	await saved(owner);
	await section(owner).fill('Giao Văn phòng UBND tỉnh theo dõi.');
	await saved(owner);
	await watcher.goto(planUrl);
	await saved(watcher);
	await expect(section(watcher)).toHaveValue('Giao Văn phòng UBND tỉnh theo dõi.');

	await owner.goto(`${planUrl}/thoi-diem?seq=${seq}`);
	await expect(owner.getByTestId('travel-then')).toContainText('Giao Sở Nội vụ tổng hợp kết quả hằng quý.');
	await owner.getByRole('button', { name: 'Khôi phục phiên bản này' }).click();
	const dialog = owner.getByRole('dialog');
	await expect(dialog).toContainText('Khôi phục dự thảo về phiên bản lúc');
	await expectAccessible(owner, 'the restore confirmation');
	await dialog.getByRole('button', { name: 'Khôi phục', exact: true }).click();
	await expect(owner.getByTestId('restore-result')).toContainText('Đã khôi phục phiên bản lúc');
	await expect(owner.getByRole('heading', { name: new RegExp(`sự kiện thứ ${seq}\\)`) })).toBeVisible();
	// the editor that stayed open gets it live, through its sync room
	await expect(section(watcher)).toHaveValue('Giao Sở Nội vụ tổng hợp kết quả hằng quý.');
	await screenshot(owner, 'daily-use-restore');
	await expectAccessible(owner, 'time travel after a restore');

	// the audit: the restore is an ordinary section edit by the owner's user
	await owner.goto(`${planUrl}/nhat-ky`);
	// the newest row: section III from the later text back to the earlier one, by the owner's user
	const newest = owner.getByTestId('audit-table').locator('tbody tr').first();
	await expect(newest).toHaveAttribute('data-type', 'PlanSectionEdited');
	await expect(newest).toContainText(OWNER_NAME);
	await expect(newest).toContainText('Mục III. Tổ chức thực hiện');
	await expect(newest.locator('del')).toContainText(['Văn', 'phòng', 'UBND', 'tỉnh', 'theo', 'dõi']);
	await expect(newest.locator('ins')).toContainText(['Sở', 'Nội', 'vụ', 'tổng', 'hợp', 'kết quả hằng quý']);
	await watcher.context().close();
	await owner.context().close();
});

test('an issued plan offers no restore, and the server refuses one in Vietnamese', async ({ browser }) => {
	const owner = await openAs(browser, OWNER);
	await owner.goto('/plans/plan-ubnd-qb-kl69/thoi-diem?seq=1');
	await expect(owner.getByRole('button', { name: 'Khôi phục phiên bản này' })).toHaveCount(0);
	await expect(owner.getByTestId('restore-blocked')).toHaveText(
		'Không khôi phục được phiên bản này: kế hoạch đã ban hành nên nội dung không sửa được.'
	);
	const origin = new URL(owner.url()).origin;
	const response = await owner.request.post('/plans/plan-ubnd-qb-kl69/thoi-diem?/restore', {
		form: { seq: '1' },
		headers: { origin, 'x-sveltekit-action': 'true', accept: 'application/json' }
	});
	const body = await response.text();
	expect(body).toContain('kế hoạch đã ban hành nên nội dung không sửa được');
	await owner.context().close();
});

test('bold and a bulleted list typed in section I come out of the DOCX as bold and as a Word list', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const owner = await openAs(browser, OWNER);
	const planUrl = await newDraft(owner, 'Kế hoạch thử định dạng mục I');
	const purpose = owner.getByRole('textbox', { name: 'I. Mục đích, yêu cầu', exact: true });
	await purpose.click();
	await owner.keyboard.type('Nâng cao ');
	await owner.keyboard.press('Control+b');
	await owner.keyboard.type('chất lượng');
	await owner.keyboard.press('Control+b');
	await owner.keyboard.type(' phục vụ người dân.');
	await owner.keyboard.press('Enter');
	// "- " at the start of a line starts a bulleted list; Enter goes on with it
	await owner.keyboard.type('- Rà soát thủ tục hành chính');
	await owner.keyboard.press('Enter');
	await owner.keyboard.type('Báo cáo kết quả hằng quý');
	await expect(purpose.locator('strong')).toHaveText('chất lượng');
	await expect(purpose.locator('li[data-list="bullet"]')).toHaveText([
		'Rà soát thủ tục hành chính',
		'Báo cáo kết quả hằng quý'
	]);
	await saved(owner);
	await screenshot(owner, 'daily-use-rich-section');
	await expectAccessible(owner, 'section I with its formatting toolbar');
	// stored with its formatting: a fresh page shows it again
	await owner.reload();
	await saved(owner);
	await expect(purpose.locator('strong')).toHaveText('chất lượng');
	await expect(purpose.locator('li[data-list="bullet"]')).toHaveCount(2);

	const [download] = await Promise.all([
		owner.waitForEvent('download'),
		owner.locator(`a[href$="${new URL(planUrl).pathname}/xuat/docx"]`).click()
	]);
	const zip = await JSZip.loadAsync(await fs.readFile(await download.path()));
	const xml = await zip.file('word/document.xml')!.async('string');
	const paragraphs = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map((p) => p[0]);
	const runs = paragraphs.flatMap((p) => [...p.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((r) => r[0]));
	expect(runs.find((r) => r.includes('>chất lượng<'))).toContain('<w:b/>');
	expect(runs.find((r) => r.includes('>Nâng cao <'))).not.toContain('<w:b');
	for (const item of ['Rà soát thủ tục hành chính', 'Báo cáo kết quả hằng quý']) {
		const paragraph = paragraphs.find((p) => p.includes(`>${item}<`));
		expect(paragraph).toContain('<w:numPr>');
	}
	expect(paragraphs.find((p) => p.includes('phục vụ người dân.'))).not.toContain('<w:numPr>');
	const numbering = await zip.file('word/numbering.xml')!.async('string');
	expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
	await owner.context().close();
});
