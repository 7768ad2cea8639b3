import { describe, expect, it } from 'vitest';
import { judgeThrottle, longestBlock } from './login-throttle.ts';

const at = (s: number) => new Date(Date.UTC(2026, 10, 22) + s * 1000);
const windowMs = 900_000;

describe('judgeThrottle', () => {
	it('lets a key try while it has fewer failures than allowed', () => {
		const failures = [at(0), at(10), at(20), at(30)];
		expect(judgeThrottle({ failures, maxFailures: 5, windowMs }, at(40))).toEqual({ blocked: false });
	});
	it('blocks at the limit until the oldest counted failure leaves the window', () => {
		const failures = [at(0), at(10), at(20), at(30), at(40)];
		expect(judgeThrottle({ failures, maxFailures: 5, windowMs }, at(50))).toEqual({
			blocked: true,
			retryAfterMs: 900_000 - 50_000
		});
		expect(judgeThrottle({ failures, maxFailures: 5, windowMs }, at(900))).toEqual({ blocked: false });
	});
	it('counts only the newest failures when there are more than the limit', () => {
		const failures = [at(0), at(100), at(200), at(300), at(400), at(500)];
		expect(judgeThrottle({ failures, maxFailures: 5, windowMs }, at(600))).toEqual({
			blocked: true,
			retryAfterMs: (100 + 900 - 600) * 1000
		});
	});
	it('ignores failures outside the window', () => {
		const failures = [at(-2000), at(-1900), at(-1800), at(-1700), at(-1600)];
		expect(judgeThrottle({ failures, maxFailures: 5, windowMs }, at(0))).toEqual({ blocked: false });
	});
});

describe('longestBlock', () => {
	it('picks the block that lasts longest', () => {
		expect(
			longestBlock([
				{ blocked: false },
				{ blocked: true, retryAfterMs: 5 },
				{ blocked: true, retryAfterMs: 9 }
			])
		).toEqual({ blocked: true, retryAfterMs: 9 });
		expect(longestBlock([{ blocked: false }])).toEqual({ blocked: false });
	});
});
