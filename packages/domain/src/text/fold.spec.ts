import { describe, it, expect } from 'vitest';
import { foldVietnamese, includesFolded } from './fold.ts';

describe('foldVietnamese', () => {
	it('strips diacritics, maps đ and lower-cases', () => {
		expect(foldVietnamese('Đổi mới Sáng tạo')).toBe('doi moi sang tao');
		expect(foldVietnamese('KẾT LUẬN')).toBe('ket luan');
		expect(foldVietnamese('Ủy ban nhân dân')).toBe('uy ban nhan dan');
		expect(foldVietnamese('Sở Khoa học và Công nghệ')).toBe('so khoa hoc va cong nghe');
		expect(foldVietnamese('Quảng Ngãi, Đảng ủy, ĐHQG')).toBe('quang ngai, dang uy, dhqg');
	});

	it('handles horn letters ơ ư and already-decomposed input', () => {
		expect(foldVietnamese('Trương Thị Mai')).toBe('truong thi mai');
		expect(foldVietnamese('Hướng dẫn'.normalize('NFD'))).toBe('huong dan');
	});

	it('collapses whitespace and trims', () => {
		expect(foldVietnamese('  Kế   hoạch\n\tsố  ')).toBe('ke hoach so');
		expect(foldVietnamese('')).toBe('');
	});
});

describe('includesFolded', () => {
	it('finds text regardless of accents and case', () => {
		expect(includesFolded('Sở Khoa học và Công nghệ', 'khoa hoc')).toBe(true);
		expect(includesFolded('Sở Nội vụ', 'ngoai vu')).toBe(false);
	});
});
