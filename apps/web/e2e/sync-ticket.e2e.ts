import { expect, test, type Page } from '@playwright/test';
import { QB_PLAN, signIn } from './support.ts';

/** Opens a websocket from the page and says whether the server accepted it. */
function connect(page: Page, url: string): Promise<'open' | 'refused'> {
	return page.evaluate(
		(target) =>
			new Promise<'open' | 'refused'>((done) => {
				const socket = new WebSocket(target);
				socket.onopen = () => {
					socket.close();
					done('open');
				};
				socket.onerror = () => done('refused');
			}),
		url
	);
}

test('a visitor without a session gets 401 JSON, not a sign-in page', async ({ request }) => {
	const response = await request.get(`/api/sync-ticket?plan=${QB_PLAN}`);
	expect(response.status()).toBe(401);
	expect(await response.json()).toEqual({ error: 'Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn.' });
});

test('a signed-in user gets a one-minute ticket that opens the plan’s websocket', async ({
	page,
	baseURL
}) => {
	await signIn(page, 'qb.so.khcn');
	await expect(page.getByTestId('user-unit')).toBeVisible();

	const response = await page.request.get(`/api/sync-ticket?plan=${QB_PLAN}`);
	expect(response.status()).toBe(200);
	expect(response.headers()['cache-control']).toBe('no-store');
	const body = (await response.json()) as { ticket: string; url: string };
	expect(body.url).toBe(`${baseURL!.replace(/^http/, 'ws')}/sync/${QB_PLAN}`);

	const payload = JSON.parse(Buffer.from(body.ticket.split('.')[0]!, 'base64url').toString('utf8')) as Record<
		string,
		unknown
	>;
	expect(payload).toMatchObject({
		userId: 'u-qb-so-khcn',
		unitId: 'qb-so-khcn',
		displayName: 'Cán bộ Sở KH&CN Quảng Bình',
		unitName: 'Sở Khoa học và Công nghệ tỉnh Quảng Bình'
	});
	const ttl = (payload['exp'] as number) - Date.now();
	expect(ttl).toBeGreaterThan(50_000);
	expect(ttl).toBeLessThanOrEqual(60_000);

	expect(await connect(page, `${body.url}?ticket=${encodeURIComponent(body.ticket)}`)).toBe('open');
	const forged = body.ticket.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
	expect(await connect(page, `${body.url}?ticket=${encodeURIComponent(forged)}`)).toBe('refused');
});

test('the ticket endpoint names a missing or unknown plan', async ({ page }) => {
	await signIn(page, 'qb.so.khcn');
	await expect(page.getByTestId('user-unit')).toBeVisible();
	const missing = await page.request.get('/api/sync-ticket');
	expect(missing.status()).toBe(400);
	expect(await missing.json()).toEqual({ error: 'Thiếu mã kế hoạch.' });
	const unknown = await page.request.get('/api/sync-ticket?plan=khong-co');
	expect(unknown.status()).toBe(404);
	expect(await unknown.json()).toEqual({ error: 'Không tìm thấy kế hoạch.' });
});
