import { describe, expect, it } from 'vitest';
import { validateNewUnit, validateRename } from './unit-form.ts';

const units = [
	{ id: 'ubnd', name: 'Ủy ban nhân dân tỉnh Quảng Bình', parent_id: null },
	{ id: 'so-tc', name: 'Sở Tài chính tỉnh Quảng Bình', parent_id: 'ubnd' },
	{ id: 'so-nv', name: 'Sở Nội vụ tỉnh Quảng Bình', parent_id: 'ubnd' }
];
const valid = {
	name: 'Sở Giáo dục và Đào tạo tỉnh Quảng Bình',
	shortName: 'Sở GD&ĐT',
	kind: 'state',
	parentId: 'ubnd'
};

describe('validateNewUnit', () => {
	it('accepts a new unit under an existing parent, and a new top-level unit', () => {
		expect(validateNewUnit(valid, units)).toEqual({});
		expect(validateNewUnit({ ...valid, parentId: '' }, units)).toEqual({});
	});
	it('explains each wrong field in Vietnamese', () => {
		expect(
			validateNewUnit({ name: '', shortName: 'x'.repeat(81), kind: 'army', parentId: 'nope' }, units)
		).toEqual({
			name: 'Vui lòng nhập tên đơn vị.',
			shortName: 'Quá dài (tối đa 80 ký tự).',
			kind: 'Vui lòng chọn loại đơn vị.',
			parentId: 'Không tìm thấy đơn vị cấp trên đã chọn.'
		});
	});
	it('refuses a sibling of the same name, ignoring case and diacritics', () => {
		expect(validateNewUnit({ ...valid, name: 'SO TAI CHINH TINH QUANG BINH' }, units)).toEqual({
			name: 'Đã có đơn vị cùng tên trực thuộc đơn vị này.'
		});
		expect(validateNewUnit({ ...valid, name: 'Sở Tài chính tỉnh Quảng Bình', parentId: '' }, units)).toEqual(
			{}
		);
	});
});

describe('validateRename', () => {
	it('lets a unit keep its own name and refuses a sibling’s', () => {
		expect(
			validateRename({ id: 'so-tc', name: 'Sở Tài chính tỉnh Quảng Bình', shortName: '' }, units)
		).toEqual({});
		expect(validateRename({ id: 'so-tc', name: 'Sở Nội vụ tỉnh Quảng Bình', shortName: '' }, units)).toEqual({
			name: 'Đã có đơn vị cùng tên trực thuộc đơn vị này.'
		});
		expect(validateRename({ id: 'gone', name: 'X', shortName: '' }, units)).toEqual({
			name: 'Không tìm thấy đơn vị.'
		});
	});
});
