import { describe, expect, it } from 'vitest';
import { CLOSE } from './close-codes.ts';
import { defaultSyncConfig } from './config.ts';
import { PresenceLimiter } from './presence-limit.ts';

const limits = { maxPresenceBytes: 100, presencePerSecond: 2, presenceBurst: 3 };

describe('PresenceLimiter', () => {
	it('refuses a message over the size limit, whatever the rate', () => {
		const limiter = new PresenceLimiter(limits, 0);
		expect(limiter.admit(100, 0)).toBeNull();
		expect(limiter.admit(101, 10_000)).toBe(CLOSE.presenceTooLarge);
	});

	it('allows a burst, then the average rate', () => {
		const limiter = new PresenceLimiter(limits, 0);
		expect([0, 0, 0].map(() => limiter.admit(10, 0))).toEqual([null, null, null]);
		expect(limiter.admit(10, 0)).toBe(CLOSE.presenceTooFast);
		// half a second at 2 per second gives one token back
		expect(limiter.admit(10, 500)).toBeNull();
		expect(limiter.admit(10, 500)).toBe(CLOSE.presenceTooFast);
	});

	it('defaults let a person type and move around but not flood the room', () => {
		const limiter = new PresenceLimiter(defaultSyncConfig, 0);
		// one presence change every 100 ms for a minute
		for (let t = 0; t < 60_000; t += 100) expect(limiter.admit(300, t)).toBeNull();
		expect(defaultSyncConfig.maxPresenceBytes).toBeLessThan(1024 * 1024);
	});
});
