import { describe, expect, it } from 'vitest';
import { normaliseOrganId, organIdLevel, parentOrganId } from './organ-id.ts';

describe('organisation identifier codes', () => {
	it('accepts the national format only, written one way', () => {
		expect(normaliseOrganId(' 000.00.15.h44 ')).toBe('000.00.15.H44');
		expect(normaliseOrganId('000.00.15.H4')).toBeNull();
		expect(normaliseOrganId('00.00.15.H44')).toBeNull();
		expect(normaliseOrganId('Sở KH&CN')).toBeNull();
	});

	it('knows the level and the parent code', () => {
		expect(organIdLevel('000.00.00.H44')).toBe(1);
		expect(organIdLevel('000.00.15.H44')).toBe(2);
		expect(organIdLevel('000.03.15.H44')).toBe(3);
		expect(organIdLevel('012.03.15.H44')).toBe(4);
		expect(organIdLevel('000.03.00.H44')).toBeNull();
		expect(parentOrganId('012.03.15.H44')).toBe('000.03.15.H44');
		expect(parentOrganId('000.03.15.H44')).toBe('000.00.15.H44');
		expect(parentOrganId('000.00.15.H44')).toBe('000.00.00.H44');
		expect(parentOrganId('000.00.00.H44')).toBeNull();
	});
});
