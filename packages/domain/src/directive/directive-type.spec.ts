import { describe, it, expect } from 'vitest';
import {
	DIRECTIVE_TYPES,
	directiveTypeFromCode,
	directiveTypeFromName,
	isDirectiveType
} from './directive-type.ts';
import { foldVietnamese } from '../text/fold.ts';

describe('DIRECTIVE_TYPES', () => {
	it('covers the types of the glossary', () => {
		expect(DIRECTIVE_TYPES).toMatchObject({
			NQ: 'Nghị quyết',
			KL: 'Kết luận',
			CT: 'Chỉ thị',
			QĐ: 'Quyết định',
			KH: 'Kế hoạch',
			CTr: 'Chương trình',
			HD: 'Hướng dẫn',
			CV: 'Công văn',
			BC: 'Báo cáo',
			TB: 'Thông báo',
			SY: 'Bản sao y',
			SL: 'Bản sao lục',
			BS: 'Bản sao',
			QC: 'Quy chế'
		});
	});

	it('has no two codes that fold to the same letters', () => {
		const folded = Object.keys(DIRECTIVE_TYPES).map(foldVietnamese);
		expect(new Set(folded).size).toBe(folded.length);
	});

	it('has no two names that fold to the same letters', () => {
		const folded = Object.values(DIRECTIVE_TYPES).map(foldVietnamese);
		expect(new Set(folded).size).toBe(folded.length);
	});
});

describe('isDirectiveType', () => {
	it('accepts exact codes only', () => {
		expect(isDirectiveType('KL')).toBe(true);
		expect(isDirectiveType('QĐ')).toBe(true);
		expect(isDirectiveType('CTr')).toBe(true);
		expect(isDirectiveType('QD')).toBe(false);
		expect(isDirectiveType('kl')).toBe(false);
		expect(isDirectiveType('toString')).toBe(false);
	});
});

describe('directiveTypeFromCode', () => {
	it.each([
		['KL', 'KL'],
		['QĐ', 'QĐ'],
		['QD', 'QĐ'],
		['qđ', 'QĐ'],
		['CTR', 'CTr'],
		['BS', 'BS'],
		['QYĐ', 'QyĐ']
	])('%s → %s', (code, expected) => {
		expect(directiveTypeFromCode(code)).toBe(expected);
	});

	it('is null for unknown codes', () => {
		expect(directiveTypeFromCode('UBND')).toBeNull();
		expect(directiveTypeFromCode('')).toBeNull();
	});
});

describe('directiveTypeFromName', () => {
	it.each([
		['Kết luận', 'KL'],
		['KẾT LUẬN', 'KL'],
		['ket luan', 'KL'],
		['Nghị quyết', 'NQ'],
		['Nghị định', 'NĐ'],
		['Quyết định', 'QĐ'],
		['Quy định', 'QyĐ'],
		['Kế hoạch', 'KH'],
		['Hướng dẫn', 'HD'],
		['Chương trình hành động', 'CTr'],
		['Chương trình', 'CTr'],
		['Công văn', 'CV'],
		['Sao y', 'SY'],
		['SAO LỤC', 'SL'],
		['  Chỉ   thị ', 'CT']
	])('%s → %s', (name, expected) => {
		expect(directiveTypeFromName(name)).toBe(expected);
	});

	it('is null for anything else', () => {
		expect(directiveTypeFromName('Chiến lược')).toBeNull();
		expect(directiveTypeFromName('')).toBeNull();
	});
});
