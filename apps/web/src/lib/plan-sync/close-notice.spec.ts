import { describe, expect, it } from 'vitest';
import { closeNotice, PRESENCE_RETRY_MS } from './close-notice.ts';

describe('closeNotice', () => {
	it('leaves ordinary closes and the codes handled elsewhere to the provider and the editor', () => {
		for (const code of [undefined, 1000, 1001, 1006, 4401, 4404, 4409, 4500, 4503, 4508, 4510])
			expect(closeNotice(code)).toBeNull();
	});

	it('reconnects after a pause when only presence was over its limit', () => {
		expect(closeNotice(4413)).toEqual({ kind: 'retry', afterMs: PRESENCE_RETRY_MS });
		expect(closeNotice(4429)).toEqual({ kind: 'retry', afterMs: PRESENCE_RETRY_MS });
	});

	it('stops with a Vietnamese reason for a frame the server could not read', () => {
		for (const code of [4400, 4422, 4423, 4499]) {
			const notice = closeNotice(code);
			expect(notice?.kind).toBe('stop');
			if (notice?.kind === 'stop') expect(notice.message).toMatch(/^Máy chủ đã ngắt kết nối/);
		}
		const unknown = closeNotice(4499);
		if (unknown?.kind === 'stop') expect(unknown.message).toContain('4499');
	});
});
