import fs from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { QB_PLAN, expectAccessible, screenshot, signIn } from './support.ts';

const OWNER = 'ubnd.quang.binh';
const KHCN = 'qb.so.khcn';
// the task b.1 of group II.2 in the source document: the plan's one numbering makes it 2.c
const TASK = '2.c';
const dashboardUrl = `/bang-dieu-khien/ke-hoach/${QB_PLAN}`;

async function openAs(
	browser: Browser,
	username: string,
	viewport = { width: 1440, height: 1000 }
): Promise<Page> {
	const context = await browser.newContext({ viewport, acceptDownloads: true });
	const page = await context.newPage();
	await signIn(page, username);
	await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
	return page;
}

/** A date `days` from today in Hà Nội, the way a user types it (dd/mm/yyyy). */
function vietnamDate(days: number): string {
	const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' })
		.format(new Date(Date.now() + days * 86_400_000))
		.split('-');
	return `${d}/${m}/${y}`;
}

/** Milliseconds from `started` until `condition` holds in the page (polled every animation frame). */
async function msUntil(page: Page, started: number, condition: () => boolean): Promise<number> {
	await page.waitForFunction(condition, undefined, { polling: 'raf', timeout: 5000 });
	return Date.now() - started;
}

test.describe.configure({ mode: 'serial' });

test('a progress update by the lead unit reaches an open dashboard within a second, without a reload', async ({
	browser
}) => {
	const board = await openAs(browser, OWNER);
	await board.goto(dashboardUrl);
	await expect(board.getByRole('heading', { level: 1 })).toContainText('709/QĐ-TTg');
	await expect(board.getByText('UBND tỉnh Quảng Bình').first()).toBeVisible();
	await expect(board.getByTestId('live')).toHaveText('Trực tiếp');
	await expect(board.getByTestId('kpi-total')).not.toHaveText('0');
	await expect(board.getByTestId('unit-table')).toContainText('Sở KH&CN');
	await expectAccessible(board, 'the plan dashboard');
	let navigations = 0;
	board.on('framenavigated', (frame) => {
		if (frame === board.mainFrame()) navigations += 1;
	});

	const khcn = await openAs(browser, KHCN);
	await khcn.goto(`/plans/${QB_PLAN}`);
	const workflow = khcn
		.getByTestId('workflow')
		.filter({ has: khcn.locator(`progress[aria-label="Tiến độ (%) nhiệm vụ ${TASK}"]`) });
	const accepted = khcn.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('?/task'));
	// the change is committed before the form action answers: the clock starts at its response (the
	// request's own round trip through a cold form action is not the dashboard's latency)
	await workflow.getByRole('button', { name: 'Tiếp nhận' }).click();
	await accepted;
	const acceptLatency = await msUntil(board, Date.now(), () =>
		(document.querySelector('[data-testid="activity"]')?.textContent ?? '').includes('tiếp nhận')
	);

	await expect(workflow).toContainText('Đã tiếp nhận');
	await workflow.getByRole('spinbutton', { name: `Tiến độ (%) nhiệm vụ ${TASK}` }).fill('60');
	const progressed = khcn.waitForResponse(
		(r) => r.request().method() === 'POST' && r.url().includes('?/task')
	);
	await workflow.getByRole('button', { name: 'Cập nhật tiến độ' }).click();
	await progressed;
	const progressLatency = await msUntil(board, Date.now(), () =>
		(document.querySelector('[data-testid="activity"]')?.textContent ?? '').includes('0% → 60%')
	);
	console.log(`dashboard latency: accept ${acceptLatency} ms, progress ${progressLatency} ms`);
	expect(acceptLatency).toBeLessThan(1000);
	expect(progressLatency).toBeLessThan(1000);
	// the activity feed names a task as it was numbered when the event happened
	await expect(board.getByTestId('activity')).toContainText('II.2.b.1');

	// the owner amends the plan and sets deadlines in the co-edited document: the sync server's path
	const owner = await openAs(browser, OWNER);
	await owner.goto(`/plans/${QB_PLAN}`);
	await owner.getByLabel('Lý do sửa đổi, bổ sung').fill('Bổ sung thời hạn thực hiện các nhiệm vụ');
	await owner.getByRole('button', { name: 'Sửa đổi, bổ sung kế hoạch' }).click();
	const deadlineOf = (code: string) => owner.getByLabel(`Thời hạn của nhiệm vụ ${code}`);
	await expect(deadlineOf('2.d')).toBeEnabled();
	await expect(board.getByTestId('kpi-overdue')).toHaveText('0');
	await deadlineOf('2.d').fill(vietnamDate(-20));
	const deadlineEdited = Date.now();
	await deadlineOf('2.d').press('Tab');
	await expect(owner.getByTestId('save-state')).toHaveText('Đã lưu');
	const deadlineLatency = await msUntil(
		board,
		deadlineEdited,
		() => document.querySelector('[data-testid="kpi-overdue"]')?.textContent === '1'
	);
	console.log(`dashboard latency: deadline edit ${deadlineLatency} ms`);
	expect(deadlineLatency).toBeLessThan(1000);
	await expect(board.getByTestId('overdue')).toContainText('2.d');
	await expect(board.getByTestId('overdue')).toContainText('quá hạn 20 ngày');
	for (const [code, days] of [
		['3.a', 2],
		['3.b', 5],
		['4.a', -3]
	] as const) {
		await deadlineOf(code).fill(vietnamDate(days));
		await deadlineOf(code).press('Tab');
	}
	await expect(board.getByTestId('due-3')).toHaveText('1');
	await expect(board.getByTestId('due-7')).toHaveText('2');
	await expect(board.getByTestId('kpi-overdue')).toHaveText('2');
	await expect(board.getByTestId('due-soon')).toContainText('còn 2 ngày');
	expect(navigations, 'the dashboard did not reload').toBe(0);
	await screenshot(board, 'dashboard');
	await board.context().close();
	await khcn.context().close();
	await owner.context().close();
});

test('meeting mode: attendees follow the presenter; only the presenter drives; PNG and PDF snapshots', async ({
	browser
}) => {
	const presenter = await openAs(browser, OWNER, { width: 1920, height: 1080 });
	await presenter.goto(dashboardUrl);
	await presenter.getByRole('button', { name: 'Bắt đầu cuộc họp' }).click();
	await expect(presenter).toHaveURL(/\?hop=[2-9A-Z]{6}$/);
	const code = (await presenter.getByTestId('meeting-code').locator('strong').textContent()) ?? '';
	expect(code).toMatch(/^[2-9A-Z]{6}$/);

	// the join box: a QR code of the join link, the address in large print
	const qr = presenter.getByTestId('meeting-qr');
	await expect(qr).toBeVisible();
	await expect(qr.locator('svg')).toHaveCount(1);
	await expect(presenter.getByTestId('meeting-address')).toHaveText(/^http:\/\/[^ ]+\/bang-dieu-khien\/hop$/);
	const qrLabel = (await qr.getAttribute('aria-label')) ?? '';
	const qrLink = qrLabel.slice(qrLabel.indexOf('http'));
	expect(qrLink).toMatch(new RegExp(`/bang-dieu-khien/hop\\?ma=${code}$`));

	const attendee = await openAs(browser, KHCN, { width: 1280, height: 800 });
	// the QR code's link opens the meeting at once
	await attendee.goto(qrLink);
	await expect(attendee).toHaveURL(new RegExp(`${dashboardUrl}\\?hop=${code}$`));
	await attendee.goto('/bang-dieu-khien/hop');
	await attendee.getByLabel('Mã cuộc họp').fill('ZZZZZ1');
	await attendee.getByRole('button', { name: 'Tham gia' }).click();
	await expect(attendee.getByRole('alert')).toContainText('Mã cuộc họp gồm 6 chữ và số');
	await attendee.getByLabel('Mã cuộc họp').fill(code.toLowerCase());
	await attendee.getByRole('button', { name: 'Tham gia' }).click();
	await expect(attendee).toHaveURL(new RegExp(`${dashboardUrl}\\?hop=${code}$`));
	await expect(attendee.getByTestId('following')).toHaveText('Đang theo người trình bày');
	await expect(attendee.getByRole('tab', { name: 'Theo đơn vị' })).toBeDisabled();

	// the presenter switches panel, opens a unit, then a task: each time the attendee's screen follows
	const panel = attendee.getByTestId('panel');
	await expect(panel).toHaveAttribute('data-panel', 'overview');
	let started = Date.now();
	await presenter.getByRole('tab', { name: 'Theo đơn vị' }).click();
	const panelLatency = await msUntil(
		attendee,
		started,
		() => document.querySelector('[data-testid="panel"]')?.getAttribute('data-panel') === 'units'
	);
	started = Date.now();
	await presenter.getByTestId('unit-table').getByRole('button', { name: 'Sở KH&CN' }).click();
	const unitLatency = await msUntil(attendee, started, () =>
		(document.querySelector('[data-testid="focus-unit"]')?.textContent ?? '').includes('Sở KH&CN')
	);
	await expect(presenter.getByTestId('focus-unit-tasks')).toContainText(TASK);
	started = Date.now();
	await presenter.getByTestId('focus-unit-tasks').getByRole('button', { name: TASK, exact: true }).click();
	const taskLatency = await msUntil(attendee, started, () =>
		(document.querySelector('[data-testid="focus-task"]')?.textContent ?? '').includes('2.c')
	);
	console.log(
		`meeting follow latency: panel ${panelLatency} ms, unit ${unitLatency} ms, task ${taskLatency} ms`
	);
	for (const ms of [panelLatency, unitLatency, taskLatency]) expect(ms).toBeLessThan(1500);
	await expect(attendee.getByTestId('focus-task-card')).toContainText('Sở KH&CN');

	// an attendee cannot drive, even by calling the endpoint
	const forged = await attendee.request.post(`/api/live/hop/${code}`, {
		data: { panel: 'activity', unitId: null, taskId: null }
	});
	expect(forged.status()).toBe(403);
	expect((await forged.json()) as unknown).toEqual({
		error: 'Chỉ người trình bày mới được điều khiển cuộc họp.'
	});

	await presenter.getByRole('button', { name: 'Đóng' }).click();
	// the attendee follows the closing first, then the switch back to the overview
	await expect(attendee.getByTestId('focus-task-card')).toHaveCount(0);
	await expect(presenter.getByTestId('focus-task-card')).toHaveCount(0);
	await presenter.getByRole('tab', { name: 'Tổng quan' }).click();
	await expect(panel).toHaveAttribute('data-panel', 'overview');
	await expect(presenter.getByTestId('kpi')).toBeVisible();
	await screenshot(presenter, 'meeting');

	const [png] = await Promise.all([
		presenter.waitForEvent('download'),
		presenter.getByRole('button', { name: 'Lưu ảnh PNG' }).click()
	]);
	expect(png.suggestedFilename()).toMatch(/^bang-dieu-khien_ke-hoach-.+_\d{2}-\d{2}-\d{4}\.png$/);
	const pngBytes = await fs.readFile(await png.path());
	expect(pngBytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	expect(pngBytes.length).toBeGreaterThan(20_000);
	const [pdf] = await Promise.all([
		presenter.waitForEvent('download'),
		presenter.getByRole('button', { name: 'Lưu PDF' }).click()
	]);
	expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
	expect((await fs.readFile(await pdf.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');

	const ending = presenter.waitForResponse((r) => r.request().method() === 'POST');
	await presenter.getByRole('button', { name: 'Kết thúc cuộc họp' }).click();
	await ending;
	// the attendee's open screen says so, without a reload, within a second of the end being committed
	const endLatency = await msUntil(attendee, Date.now(), () =>
		Boolean(document.querySelector('[data-testid="meeting-ended"]'))
	);
	console.log(`meeting end reaches the attendee in ${endLatency} ms`);
	expect(endLatency).toBeLessThan(1000);
	await expect(attendee.getByTestId('meeting-ended')).toHaveText('Người trình bày đã kết thúc cuộc họp.');
	await expect(attendee.getByTestId('following')).toHaveCount(0);
	await expect(presenter).toHaveURL(new RegExp(`${dashboardUrl}$`));
	await attendee.reload();
	await expect(attendee.getByRole('alert')).toContainText('Không có cuộc họp nào đang diễn ra');
	await presenter.context().close();
	await attendee.context().close();
});

test('the directive dashboard rolls up every plan down the cascade of Kết luận 69-KL/TW', async ({
	browser
}) => {
	const page = await openAs(browser, OWNER);
	await page.goto(dashboardUrl);
	// the plan links to the dashboards of the directives it implements
	await page.getByRole('link', { name: /^Bảng điều khiển .*709/ }).click();
	await expect(page).toHaveURL(/\/bang-dieu-khien\/van-ban\/qd-709-ttg$/);
	await expect(page.getByTestId('segments')).toContainText('Quảng Bình');

	// KL 69 ← QĐ 709 ← the Quảng Bình plan, and KL 69 ← CV 2018 ← the Quảng Ngãi plan
	await page.goto('/bang-dieu-khien/van-ban/kl-69');
	await expect(page.getByText('2 kế hoạch triển khai').first()).toBeVisible();
	await expect(page.getByTestId('segments')).toContainText('Quảng Bình');
	await expect(page.getByTestId('segments')).toContainText('Quảng Ngãi');
	await expect(page.getByTestId('live')).toHaveText('Trực tiếp');
	await screenshot(page, 'dashboard-directive');

	const unauthenticated = await browser.newContext();
	const response = await unauthenticated.request.get(`/api/live/ke-hoach/${QB_PLAN}`);
	expect(response.status()).toBe(401);
	await unauthenticated.close();
	await page.context().close();
});
