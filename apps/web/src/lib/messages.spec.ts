import { describe, expect, it } from 'vitest';
import { m } from './paraglide/messages.js';
import { baseLocale, locales } from './paraglide/runtime.js';

// Offline, Paraglide can "compile successfully" and emit no messages at all (docs/toolchain.md): this fails then.
describe('message catalogue', () => {
	it('is Vietnamese first, with English second', () => {
		expect(baseLocale).toBe('vi');
		expect(locales).toEqual(['vi', 'en']);
	});
	it('renders a known message in Vietnamese by default and in English on request', () => {
		expect(m.plans_heading()).toBe('Kế hoạch triển khai');
		expect(m.plans_heading({}, { locale: 'en' })).toBe('Implementation plans');
		expect(m.tasks_done_of({ done: 3, total: 20 })).toBe('3/20 hoàn thành');
	});
});
