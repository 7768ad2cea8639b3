import { expect, test } from '@playwright/test';
import { issueWhileTypingAndFollowWorkflow, OWNER } from './live-scenario.ts';
import { openAs } from './support.ts';

test('the owner issues while the co-drafter has the plan open; the lead unit’s steps reach the owner live', async ({
	browser
}) => {
	test.setTimeout(180_000); // four browsers: the signer, and a co-drafter going offline and back
	await issueWhileTypingAndFollowWorkflow(browser);
});

test('an English reader sees the audit trail and the dashboard activity in English, rendered from the events', async ({
	browser
}) => {
	const reader = await openAs(browser, OWNER);
	await reader.goto('/nhat-ky');
	await expect(reader.locator('main')).toContainText('Thêm nhiệm vụ');
	await reader.getByRole('link', { name: 'English' }).click();
	await expect(reader.locator('html')).toHaveAttribute('lang', 'en');
	const main = reader.locator('main');
	// the seeded plans' logs add groups and tasks: the same events, their sentences in English now
	await expect(main).toContainText('Added task group II.6');
	await expect(main).not.toContainText('Thêm nhiệm vụ');
	await expect(main).not.toContainText('Thêm nhóm nhiệm vụ');
	await reader.goto('/bang-dieu-khien/ke-hoach/plan-ubnd-qb-kl69');
	await expect(reader.getByTestId('activity')).toContainText(/Task [IVX]+\.\d|Issued the plan|Added task/);
	await expect(reader.getByTestId('activity')).not.toContainText(/Nhiệm vụ |Thêm nhiệm vụ|Ban hành/);
	await reader.context().close();
});
