import { expect, test } from '@playwright/test';
import type { WebSocketRoute } from '@playwright/test';
import { openAs } from './support.ts';

// When the sync server closes the editor's socket for good (a frame it cannot read: 4400), the provider does
// not reconnect; the editor must say so in Vietnamese and stop taking input, not show "offline" forever while
// the user keeps typing into a copy that no longer syncs.
test('a connection the server closes for good is explained, and the plan turns read-only', async ({
	browser
}) => {
	const page = await openAs(browser, 'ubnd.quang.binh');
	let toServer: WebSocketRoute | null = null;
	// the page's socket goes through Playwright, which forwards every frame both ways and can add one
	await page.routeWebSocket(/\/sync\//, (ws) => {
		toServer = ws.connectToServer();
	});
	await page.goto('/plans/new');
	await page.getByLabel('Tên kế hoạch').fill('Kế hoạch thử kết nối bị đóng');
	await page.getByRole('button', { name: 'Tạo dự thảo' }).click();
	await expect(page).toHaveURL(/\/plans\/plan-/);
	const section = page.getByRole('textbox', { name: 'III. Tổ chức thực hiện' });
	await section.click();
	await page.keyboard.type('Đã lưu trước khi mất kết nối');
	await expect(page.getByTestId('save-state')).toHaveText('Đã lưu');

	// a frame of an unknown message type, as a broken or hostile client would send
	expect(toServer).not.toBeNull();
	toServer!.send(Buffer.from([0x3f, 0x01, 0x02]));

	const fatal = page.getByTestId('sync-fatal');
	await expect(fatal).toContainText(
		'Máy chủ đã ngắt kết nối của trang này: dữ liệu gửi lên không đúng giao thức.'
	);
	await expect(fatal.getByRole('button', { name: 'Tải lại trang' })).toBeVisible();
	await expect(section).toBeDisabled();

	// reloading loads the plan again, saved text included, and it syncs
	await fatal.getByRole('button', { name: 'Tải lại trang' }).click();
	await expect(page.getByRole('textbox', { name: 'III. Tổ chức thực hiện' })).toHaveValue(
		'Đã lưu trước khi mất kết nối'
	);
	await expect(page.getByTestId('save-state')).toHaveText('Đã lưu');
	await expect(page.getByTestId('sync-fatal')).toHaveCount(0);
});
