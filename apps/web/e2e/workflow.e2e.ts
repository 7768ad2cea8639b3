import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, openAs, pickUnit } from './support.ts';

// The office's workflow around a plan, with several units in their own browsers: submit for signature, the
// signer returns it once and then approves, the clerk issues it with the register's number, the recipients
// find it in their inbox with their tasks, one starts its own plan from it, and the cascade shows it.
const OWNER = 'qb.so.khcn';
const SIGNER = 'lanhdao.qb.so.khcn';
const SIGNER_NAME = 'Nguyễn Văn Hải';
const FINANCE = 'qb.so.tai.chinh';
const HOME = 'qb.so.noi.vu';
const FINANCE_NAME = 'Sở Tài chính tỉnh Quảng Bình';
const HOME_NAME = 'Sở Nội vụ tỉnh Quảng Bình';
const FINANCE_TASK = 'Bố trí kinh phí thực hiện kế hoạch chuyển đổi số';
const HOME_TASK = 'Rà soát vị trí việc làm về chuyển đổi số';

async function saved(page: Page) {
	await expect(page.getByTestId('save-state')).toHaveText('Đã lưu');
}

/** A new draft of the owner with one group and one task per (content, lead unit). */
async function draftPlan(
	owner: Page,
	title: string,
	tasks: Array<[string, string, string]>
): Promise<string> {
	await owner.goto('/plans/new');
	await owner.getByLabel('Tên kế hoạch').fill(title);
	await owner.getByRole('button', { name: 'Tạo dự thảo' }).click();
	await expect(owner).toHaveURL(/\/plans\/plan-/);
	await saved(owner);
	await owner.getByRole('button', { name: '+ Thêm nhóm nhiệm vụ' }).click();
	for (const [i, [content, typed, lead]] of tasks.entries()) {
		await owner.getByRole('button', { name: '+ Thêm nhiệm vụ' }).click();
		const code = `1.${'abc'[i]}`;
		await owner.getByLabel(`Nội dung nhiệm vụ ${code}`).fill(content);
		await pickUnit(owner, `Cơ quan chủ trì nhiệm vụ ${code}`, typed, lead);
		await saved(owner);
	}
	return owner.url();
}

async function submit(owner: Page) {
	await owner.getByLabel('Người ký').selectOption({ label: `${SIGNER_NAME} (Giám đốc)` });
	await owner.getByRole('button', { name: 'Trình ký' }).click();
	await expect(owner.getByTestId('signoff-status')).toContainText(`Đang chờ ${SIGNER_NAME}`);
}

async function approve(browser: Browser, url: string) {
	const signer = await openAs(browser, SIGNER);
	await signer.goto(url);
	await signer.getByRole('button', { name: 'Đồng ý ban hành' }).click();
	await expect(signer.getByTestId('signoff-status')).toContainText('đã đồng ý ban hành');
	await signer.context().close();
}

async function issue(owner: Page, expectedNumber: string) {
	await owner.getByRole('button', { name: 'Ban hành kế hoạch' }).click();
	const dialog = owner.getByRole('dialog', { name: 'Xác nhận ban hành kế hoạch' });
	await expect(dialog.getByTestId('issue-preview-number')).toHaveText(`Số dự kiến cấp: ${expectedNumber}`);
	await expectAccessible(owner, 'the issue confirmation');
	await dialog.getByRole('button', { name: 'Xác nhận ban hành' }).click();
	await expect(owner.getByTestId('issued-heading')).toContainText(expectedNumber);
}

test('submit, returned once, approved, issued as number 01 then 02; recipients receive it and one plans from it', async ({
	browser
}) => {
	test.setTimeout(300_000);
	const owner = await openAs(browser, OWNER, { viewport: { width: 1440, height: 1000 } });
	const planUrl = await draftPlan(owner, 'Kế hoạch chuyển đổi số năm 2027 của Sở Khoa học và Công nghệ', [
		[FINANCE_TASK, 'tai chinh quang binh', FINANCE_NAME],
		[HOME_TASK, 'noi vu quang binh', HOME_NAME]
	]);
	// nothing is issued in one click: the plan page offers only the way to signature
	await expect(owner.getByRole('button', { name: 'Ban hành kế hoạch' })).toHaveCount(0);
	await expect(owner.getByTestId('signoff-status')).toHaveText('Dự thảo chưa trình ký.');
	await expectAccessible(owner, 'the plan page with its signature section');
	await submit(owner);

	// the signer returns it once, with a reason
	const signer = await openAs(browser, SIGNER);
	await signer.goto(planUrl);
	await signer.getByLabel('Lý do trả lại').fill('Bổ sung thời hạn hoàn thành của từng nhiệm vụ');
	await signer.getByRole('button', { name: 'Trả lại' }).click();
	await expect(signer.getByTestId('signoff-status')).toContainText('đã trả lại');
	await signer.context().close();
	// the owner's open page follows the log
	await expect(owner.getByTestId('signoff-status')).toContainText(
		'Lý do: Bổ sung thời hạn hoàn thành của từng nhiệm vụ'
	);
	await submit(owner);
	await approve(browser, planUrl);
	await expect(owner.getByTestId('signoff-status')).toContainText('đã đồng ý ban hành');
	await issue(owner, 'Số: 01/KH-SKHCN');
	const heading = owner.getByTestId('issued-heading');
	await expect(heading).toContainText(/Quảng Bình, ngày \d\d tháng \d+ năm 20\d\d/);
	await expect(heading).toContainText('GIÁM ĐỐC');
	await expect(heading).toContainText(SIGNER_NAME);
	await expect(heading).toContainText(`- ${FINANCE_NAME};`);
	await expect(heading).toContainText(`- ${HOME_NAME};`);
	await expect(owner.getByText('Đã ban hành').first()).toBeVisible();

	// the official DOCX carries the number and date
	const docx = await owner.request.get(`${planUrl}/xuat/docx`);
	expect(docx.status()).toBe(200);

	// the next plan of the unit gets number 02
	const second = await draftPlan(owner, 'Kế hoạch ứng dụng trí tuệ nhân tạo năm 2027', [
		['Xây dựng cơ sở dữ liệu ngành', 'tai chinh quang binh', FINANCE_NAME]
	]);
	await submit(owner);
	await approve(browser, second);
	await issue(owner, 'Số: 02/KH-SKHCN');

	// both recipients find the first plan in their inbox with their own tasks
	const home = await openAs(browser, HOME);
	await home.getByTestId('nav-inbox').click();
	const homeItem = home.getByTestId('inbox-item').filter({ hasText: 'chuyển đổi số năm 2027' });
	await expect(homeItem).toContainText('Số 01/KH-SKHCN');
	await expect(homeItem).toContainText(HOME_TASK);
	await expect(homeItem).not.toContainText(FINANCE_TASK);
	await expect(homeItem.getByTestId('inbox-state')).toHaveText('Chưa tiếp nhận');
	await expectAccessible(home, 'the inbox (vi)');
	await home.goto('/lang?to=en&back=%2Fvan-ban-den');
	await expect(home.getByRole('heading', { name: 'Incoming documents' })).toBeVisible();
	await expectAccessible(home, 'the inbox (en)');
	await home.context().close();

	const finance = await openAs(browser, FINANCE);
	await finance.goto('/van-ban-den');
	const item = finance.getByTestId('inbox-item').filter({ hasText: 'chuyển đổi số năm 2027' });
	await expect(item).toContainText(FINANCE_TASK);
	await expect(item).not.toContainText(HOME_TASK);
	await expect(finance.getByTestId('inbox-item').filter({ hasText: 'trí tuệ nhân tạo' })).toContainText(
		'Số 02/KH-SKHCN'
	);
	await item.getByRole('button', { name: 'Tiếp nhận văn bản' }).click();
	await expect(item.getByTestId('inbox-state')).toHaveText('Đã tiếp nhận');
	await item.getByRole('button', { name: 'Giao xử lý' }).click();
	await expect(item.getByTestId('inbox-state')).toContainText('Giao Cán bộ Sở Tài chính Quảng Bình xử lý');
	await item.getByRole('button', { name: 'Xây dựng kế hoạch triển khai' }).click();
	await expect(finance).toHaveURL(/\/plans\/plan-/);
	await expect(finance.getByRole('heading', { level: 1 })).toContainText(
		'Kế hoạch triển khai thực hiện Kế hoạch số 01/KH-SKHCN'
	);
	await expect(finance.locator('textarea[aria-label^="Nội dung nhiệm vụ"]')).toHaveValue(FINANCE_TASK);
	await expect(finance.locator('textarea[aria-label^="Nội dung nhiệm vụ"]')).toHaveCount(1);
	await finance.context().close();

	// the owner's page shows how far each recipient has taken it
	await owner.goto(planUrl);
	const progress = owner.getByTestId('recipient-progress');
	await expect(progress.locator(`tr[data-unit-id="qb-so-tai-chinh"]`)).toContainText('Có');
	await expect(progress.locator(`tr[data-unit-id="qb-so-tai-chinh"] td`).nth(1)).toHaveText('Có');
	await expect(progress.locator(`tr[data-unit-id="qb-so-noi-vu"] td`).nth(0)).toHaveText('Chưa');
	// the cascade under the issued document: the recipient's plan hangs under it, with the recipients' state
	await owner.getByRole('link', { name: 'Văn bản và chuỗi triển khai' }).click();
	await expect(owner.getByRole('heading', { level: 1 })).toContainText('01/KH-SKHCN');
	const cascade = owner.getByRole('table', { name: /Tình hình nơi nhận: Kế hoạch chuyển đổi số/ });
	await expect(cascade.locator('tr[data-unit-id="qb-so-tai-chinh"] td').nth(1)).toHaveText('Có');
	await expect(
		owner.getByRole('link', { name: /Kế hoạch triển khai thực hiện Kế hoạch số 01\/KH-SKHCN/ })
	).toBeVisible();
	await owner.goto(planUrl);
	await owner.goto(`/lang?to=en&back=${encodeURIComponent(new URL(planUrl).pathname)}`);
	await expect(owner.getByRole('heading', { name: 'Signature and issue' })).toBeVisible();
	await expectAccessible(owner, 'the issued plan page (en)');
	await owner.context().close();
});
