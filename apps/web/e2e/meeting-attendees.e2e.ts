import { expect, test } from '@playwright/test';
import { QB_PLAN, expectAccessible, openAs, screenshot } from './support.ts';

// The presenter sees who follows the meeting on their own screen, with their unit, as they join; and
// nobody else can read that list.
test('the presenter sees each attendee join, by name and unit; an attendee cannot read the list', async ({
	browser
}) => {
	const presenter = await openAs(browser, 'ubnd.quang.binh', { viewport: { width: 1920, height: 1080 } });
	await presenter.goto(`/bang-dieu-khien/ke-hoach/${QB_PLAN}`);
	await presenter.getByRole('button', { name: 'Bắt đầu cuộc họp' }).click();
	await expect(presenter).toHaveURL(/\?hop=[2-9A-Z]{6}$/);
	const code = (await presenter.getByTestId('meeting-code').locator('strong').textContent()) ?? '';
	const list = presenter.getByTestId('meeting-attendees');
	await expect(list.locator('summary')).toHaveText('Người tham dự (0)');

	const attendee = await openAs(browser, 'qb.so.khcn', { viewport: { width: 1280, height: 800 } });
	await attendee.goto('/bang-dieu-khien/hop');
	await attendee.getByLabel('Mã cuộc họp').fill(code);
	await attendee.getByRole('button', { name: 'Tham gia' }).click();
	await expect(attendee.getByTestId('following')).toHaveText('Đang theo người trình bày');
	await expect(attendee.getByTestId('meeting-attendees')).toHaveCount(0);

	await expect(list.locator('summary')).toHaveText('Người tham dự (1)', { timeout: 10_000 });
	await list.locator('summary').click();
	await expect(list.getByRole('listitem')).toHaveText([/Sở Khoa học và Công nghệ/]);
	await expectAccessible(presenter, 'dashboard with the attendee list open');
	await screenshot(presenter, 'meeting-attendees-1920');

	// the list is the presenter's: the attendee's own request is refused
	const asked = await attendee.request.get(`/api/live/hop/${code}/tham-du`);
	expect(asked.status()).toBe(403);
	await presenter.getByRole('button', { name: 'Kết thúc cuộc họp' }).click();
});
