import fs from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { isoWeekOf } from '@trienkhai/domain';
import {
	approveForIssue,
	confirmIssue,
	expectAccessible,
	pickUnit,
	QB_SIGNER,
	screenshot,
	signIn
} from './support.ts';

const OWNER = 'ubnd.quang.binh';
const OWNER_USER = 'u-ubnd-quang-binh';
const KHCN = 'qb.so.khcn';
const TITLE = 'Kế hoạch kiểm thử nhật ký và nhắc hạn';

/** dd/mm/yyyy of today + n days in Vietnam. */
function vnDate(n: number): string {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-GB', {
			timeZone: 'Asia/Ho_Chi_Minh',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit'
		})
			.formatToParts(new Date(Date.now() + n * 86_400_000))
			.map((p) => [p.type, p.value])
	);
	return `${parts['day']}/${parts['month']}/${parts['year']}`;
}

const FAR = vnDate(20);
const SOON = vnDate(3);

async function openAs(browser: Browser, username: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await signIn(page, username);
	await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
	return page;
}

async function saved(page: Page) {
	await expect(page.getByTestId('save-state')).toHaveText('Đã lưu');
}

test.describe.configure({ mode: 'serial' });

let planPath = '';

test('a deadline change shows in the plan’s audit trail with old → new, filters, search, CSV and the verified badge', async ({
	browser
}) => {
	const owner = await openAs(browser, OWNER);
	await owner.goto('/plans/new');
	await owner.getByLabel('Tên kế hoạch').fill(TITLE);
	await owner.getByRole('button', { name: 'Tạo dự thảo' }).click();
	await expect(owner).toHaveURL(/\/plans\/plan-/);
	planPath = new URL(owner.url()).pathname;
	await saved(owner);
	await owner.getByRole('button', { name: '+ Thêm nhóm nhiệm vụ' }).click();
	await owner.getByRole('button', { name: '+ Thêm nhiệm vụ' }).click();
	await owner.getByLabel('Nội dung nhiệm vụ 1.a').fill('Tuyên truyền chuyển đổi số');
	await pickUnit(
		owner,
		'Cơ quan chủ trì nhiệm vụ 1.a',
		'khcn quang binh',
		'Sở Khoa học và Công nghệ tỉnh Quảng Bình'
	);
	const deadline = owner.getByLabel('Thời hạn của nhiệm vụ 1.a');
	await deadline.fill(FAR);
	await deadline.press('Tab');
	await saved(owner);
	await owner.waitForTimeout(300);
	await deadline.fill(SOON);
	await deadline.press('Tab');
	await saved(owner);

	await owner.goto(`${planPath}/nhat-ky`);
	await expect(owner.getByRole('heading', { level: 1 })).toContainText(TITLE);
	const badge = owner.getByTestId('chain-badge');
	await expect(badge).toContainText('✓');
	await expect(badge).toContainText(/Đã xác minh.*\d+ sự kiện/);

	// filter by person and type
	await owner.getByLabel('Người thực hiện').selectOption(OWNER_USER);
	await owner.getByLabel('Loại thay đổi').selectOption('TaskFieldChanged');
	await owner.getByRole('button', { name: 'Lọc', exact: true }).click();
	await expect(owner).toHaveURL(/type=TaskFieldChanged/);
	const rows = owner.getByTestId('audit-table').locator('tbody tr');
	await expect(rows.first()).toBeVisible();
	for (const type of await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-type'))))
		expect(type).toBe('TaskFieldChanged');
	const change = rows.filter({ hasText: `Thời hạn: ${FAR} → ${SOON}` });
	await expect(change).toHaveCount(1);
	await expect(change).toContainText('1.a');
	await expect(change).toContainText('UBND tỉnh Quảng Bình');
	await expect(rows.filter({ hasText: 'Cơ quan chủ trì: (trống) → Sở KH&CN' })).toHaveCount(1);
	await screenshot(owner, 'audit');
	await expectAccessible(owner, 'the plan’s audit trail');

	// the CSV of the same filter
	const [download] = await Promise.all([
		owner.waitForEvent('download'),
		owner.getByTestId('audit-csv').click()
	]);
	const csv = await fs.readFile(await download.path(), 'utf8');
	expect(
		csv.startsWith('\uFEFFThời gian,Người thực hiện,Đơn vị,Kế hoạch,Nhiệm vụ,Loại,Thay đổi (cũ → mới)\r\n')
	).toBe(true);
	expect(csv).toContain(`Thời hạn: ${FAR} → ${SOON}`);
	expect(csv).not.toContain('Thêm nhiệm vụ');

	// search without diacritics, across plans
	await owner.goto('/nhat-ky');
	await owner.getByLabel('Tìm kiếm').fill('kiem thu nhat ky va nhac han');
	await owner.getByRole('button', { name: 'Lọc', exact: true }).click();
	await expect(owner).toHaveURL(/q=kiem\+thu/);
	await expect(owner.getByLabel('Tìm kiếm')).toHaveValue('kiem thu nhat ky va nhac han');
	const found = owner.getByTestId('audit-table').locator('tbody tr');
	await expect(found.filter({ hasText: `Thời hạn: ${FAR} → ${SOON}` })).toHaveCount(1);
	for (const text of await found.allInnerTexts()) expect(text).toContain(TITLE);
	// the typed text is found without its diacritics too (typing is logged once the author pauses)
	await expect(async () => {
		await owner.goto('/nhat-ky?q=tuyen+truyen+chuyen+doi+so');
		await expect(
			owner.getByTestId('audit-table').locator('tbody tr[data-type="TaskTextEdited"]')
		).not.toHaveCount(0);
	}).toPass({ timeout: 15_000 });
	await expect(owner.getByTestId('chain-badge').first()).toBeVisible();

	// a bad date is refused with a Vietnamese message
	await owner.goto('/nhat-ky?from=31/02/2026');
	await expect(owner.getByRole('alert')).toContainText('Ngày “31/02/2026” không hợp lệ');
	await owner.context().close();
});

test('time travel: before the deadline change the plan shows the old deadline, and the diff against now', async ({
	browser
}) => {
	const owner = await openAs(browser, OWNER);
	await owner.goto(`${planPath}/thoi-diem`);
	const then = owner.getByTestId('then-deadline');
	await expect(then).toHaveText(SOON);
	await expect(owner.getByTestId('travel-diff')).toContainText('Không có khác biệt');
	// step back with the keyboard until the deadline is the old one
	const slider = owner.getByRole('slider', { name: 'Bước trong lịch sử kế hoạch' });
	await slider.focus();
	await expect(async () => {
		await slider.press('ArrowLeft');
		await expect(then).toHaveText(FAR, { timeout: 1500 });
	}).toPass({ timeout: 20_000 });
	await expect(owner).toHaveURL(/\?seq=\d+/);
	const diff = owner.getByTestId('travel-diff');
	await expect(diff.getByTestId('diff-field').filter({ hasText: 'Thời hạn' })).toContainText(
		`${FAR} → ${SOON}`
	);
	await expect(owner.getByTestId('travel-step')).toContainText('Cán bộ Văn phòng UBND tỉnh Quảng Bình');

	// the address carries the point: a reload shows the same
	const shared = owner.url();
	await owner.goto(shared);
	await expect(owner.getByTestId('then-deadline')).toHaveText(FAR);
	await screenshot(owner, 'time-travel');
	await expectAccessible(owner, 'time travel');

	// before the first event the plan did not exist
	await owner.goto(`${planPath}/thoi-diem?seq=0`);
	await expect(owner.getByTestId('travel-then')).toContainText('chưa được tạo');
	await owner.goto(`${planPath}/thoi-diem?seq=abc`);
	await expect(owner.getByRole('alert')).toContainText('Bước “abc” không có trong lịch sử kế hoạch');
	await owner.context().close();
});

test('after issue, the lead unit gets a reminder for its task due in 3 days; marking it read clears the count', async ({
	browser
}) => {
	// issuing now takes the signer's approval in a second browser first
	test.setTimeout(120_000);
	const owner = await openAs(browser, OWNER);
	await owner.goto(planPath);
	await approveForIssue(browser, owner, QB_SIGNER);
	await confirmIssue(owner);
	await expect(owner.getByText('Đã ban hành').first()).toBeVisible();
	await owner.context().close();

	const khcn = await openAs(browser, KHCN);
	await khcn.goto('/thong-bao');
	const forPlan = khcn.getByTestId('notification').filter({ hasText: TITLE });
	// the issue itself is news for the lead unit too (its workflow notifications), beside the reminder
	await expect(forPlan.filter({ hasText: 'đã ban hành kế hoạch có nhiệm vụ giao đơn vị' })).toHaveCount(1);
	const item = forPlan.filter({ hasText: 'Còn 3 ngày đến hạn' });
	await expect(item).toHaveCount(1);
	await expect(item).toContainText('Còn 3 ngày đến hạn');
	await expect(item).toContainText(`Hạn: ${SOON}`);
	await expect(item).toContainText('Chưa đọc');
	await khcn.reload();
	const nav = khcn.getByTestId('nav-notifications');
	await expect(nav).toContainText(/Thông báo\s*\d+/);
	const unread = Number(/\d+/.exec((await nav.textContent()) ?? '')?.[0]);
	expect(unread).toBeGreaterThanOrEqual(2);
	await screenshot(khcn, 'notifications');
	await expectAccessible(khcn, 'the notifications page');

	await item.getByRole('button', { name: 'Đánh dấu đã đọc: nhiệm vụ 1.a' }).click();
	await expect(khcn.getByRole('status')).toContainText('Đã đánh dấu 1 thông báo');
	await expect(item).not.toContainText('Chưa đọc');
	await expect(nav).toContainText(new RegExp(`Thông báo\\s*${unread - 1}$`));

	// the weekly digest lists it under the plan, printable
	// the week the task falls due in (this week or, from Friday on, the next)
	const [d, mo, y] = SOON.split('/');
	await khcn.goto(`/thong-bao/tuan?week=${isoWeekOf(`${y}-${mo}-${d}`)}`);
	const digest = khcn.getByTestId('digest');
	await expect(digest).toContainText('Bản tin tuần của Sở Khoa học và Công nghệ tỉnh Quảng Bình');
	await expect(digest.locator('section').filter({ hasText: TITLE })).toContainText(
		'Tuyên truyền chuyển đổi số'
	);
	await screenshot(khcn, 'weekly-digest');
	await khcn.goto('/thong-bao/tuan?week=tuan-nay');
	await expect(khcn.getByRole('alert')).toContainText('Tuần “tuan-nay” không hợp lệ');
	await khcn.context().close();
});
