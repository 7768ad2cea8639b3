import { describe, expect, it } from 'vitest';
import type { Unit } from '../unit/unit.ts';
import { readAssignment } from './assignment.ts';
import { guessUnitKind, matchUnitName, shortUnitName } from './unit-names.ts';

const unit = (id: string, name: string, shortName = name): Unit => ({
	id,
	name,
	shortName,
	kind: 'state',
	parentId: null
});
const UNITS = [
	unit('khcn', 'Sở Khoa học và Công nghệ tỉnh Quảng Bình', 'Sở KH&CN'),
	unit('noi-vu', 'Sở Nội vụ tỉnh Quảng Bình'),
	unit('ngoai-vu', 'Sở Ngoại vụ tỉnh Quảng Bình'),
	unit('ubnd', 'Ủy ban nhân dân tỉnh Quảng Bình', 'UBND tỉnh'),
	unit('hdnd', 'Hội đồng nhân dân tỉnh Quảng Bình'),
	unit('ttxvn', 'Thông tấn xã Việt Nam'),
	unit('ldtbxh', 'Sở Lao động - Thương binh và Xã hội'),
	unit('vhttdl', 'Sở Văn hóa, Thể thao và Du lịch'),
	unit('mttq', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Bình'),
	unit('tttt', 'Sở Thông tin và Truyền thông'),
	unit('gddt', 'Sở Giáo dục và Đào tạo'),
	unit('nnptnt', 'Sở Nông nghiệp và Phát triển nông thôn'),
	unit('tnmt', 'Sở Tài nguyên và Môi trường')
];
const id = (name: string): string | null => matchUnitName(name, UNITS)?.id ?? null;

describe('matchUnitName', () => {
	it('ignores the trailing province, case and diacritics', () => {
		expect(id('Sở Khoa học và Công nghệ')).toBe('khcn');
		expect(id('SỞ KHOA HỌC VÀ CÔNG NGHỆ')).toBe('khcn');
		expect(id('so khoa hoc va cong nghe tinh quang binh')).toBe('khcn');
		expect(id('Sở Nội vụ tỉnh')).toBe('noi-vu');
	});

	it('reads the usual abbreviations both ways', () => {
		expect(id('Sở KH&CN')).toBe('khcn');
		expect(id('UBND tỉnh Quảng Bình')).toBe('ubnd');
		expect(id('HĐND tỉnh')).toBe('hdnd');
		expect(id('TTXVN')).toBe('ttxvn');
		expect(id('Sở LĐ-TB&XH')).toBe('ldtbxh');
		expect(id('Sở VH,TT&DL')).toBe('vhttdl');
		expect(id('UBMTTQ Việt Nam tỉnh')).toBe('mttq');
		expect(id('Sở TT&TT')).toBe('tttt');
		expect(id('Sở GD&ĐT')).toBe('gddt');
		expect(id('Sở NN&PTNT')).toBe('nnptnt');
		expect(id('Sở TN&MT')).toBe('tnmt');
	});

	it('forgives a dropped word in a long name but never confuses short ones', () => {
		expect(id('Ủy ban Mặt trận Tổ Việt Nam tỉnh')).toBe('mttq');
		expect(id('Sở Ngoại vụ')).toBe('ngoai-vu');
		expect(id('Sở Tư pháp')).toBeNull();
		expect(id('')).toBeNull();
	});
});

describe('readAssignment', () => {
	it('reads "X chủ trì, phối hợp với Y …" and drops generic partners', () => {
		expect(
			readAssignment(
				'Sở Nội vụ chủ trì, phối hợp với Sở Ngoại vụ, Sở Tài chính và các cơ quan liên quan tham mưu chính sách'
			)
		).toEqual({ lead: 'Sở Nội vụ', coordinators: ['Sở Ngoại vụ', 'Sở Tài chính'] });
		expect(
			readAssignment(
				'Sở Nội vụ chủ trì, phối hợp với Sở Khoa học và Công nghệ và các sở, ban, ngành tăng cường'
			)
		).toEqual({
			lead: 'Sở Nội vụ',
			coordinators: ['Sở Khoa học và Công nghệ']
		});
	});

	it('reads "Giao …", "Đề nghị …", a subject with its verb, and "X phối hợp với Y tham mưu"', () => {
		expect(readAssignment('Giao Công an tỉnh chủ trì triển khai')?.lead).toBe('Công an tỉnh');
		expect(readAssignment('Đề nghị Ủy ban MTTQ Việt Nam tỉnh vận động nhân dân')?.lead).toBe(
			'Ủy ban MTTQ Việt Nam tỉnh'
		);
		expect(readAssignment('Sở Thông tin và Truyền thông chỉ đạo các cơ quan báo chí')).toEqual({
			lead: 'Sở Thông tin và Truyền thông',
			coordinators: []
		});
		expect(readAssignment('Sở Y tế phối hợp với Bảo hiểm xã hội tỉnh tham mưu UBND tỉnh:')).toEqual({
			lead: 'Sở Y tế',
			coordinators: ['Bảo hiểm xã hội tỉnh']
		});
	});

	it('reads a heading that is only names, the first leading', () => {
		expect(
			readAssignment('Các sở, ban, ngành, đơn vị cấp tỉnh, UBND các huyện, thị xã, thành phố:')
		).toMatchObject({
			lead: 'Các sở, ban, ngành, đơn vị cấp tỉnh',
			coordinators: ['UBND các huyện, thị xã, thành phố']
		});
	});

	it('finds nothing in ordinary task text', () => {
		expect(readAssignment('Tổ chức thực hiện tốt Chiến lược phát triển khoa học')).toBeNull();
		expect(readAssignment('Báo cáo kết quả thực hiện về UBND tỉnh')).toBeNull();
		expect(readAssignment('Phòng, chống tham nhũng trong lĩnh vực đất đai')).toBeNull();
		expect(readAssignment('Phối hợp với các cơ quan liên quan tuyên truyền')).toBeNull();
	});
});

describe('proposals for unknown units', () => {
	it('shortens and classifies', () => {
		expect(shortUnitName('Sở Khoa học và Công nghệ')).toBe('Sở KH&CN');
		expect(shortUnitName('Ủy ban nhân dân huyện Bố Trạch')).toBe('UBND huyện Bố Trạch');
		expect(guessUnitKind('Ban Tuyên giáo Huyện ủy')).toBe('party');
		expect(guessUnitKind('Sở Tư pháp')).toBe('state');
		expect(guessUnitKind('Hội Nông dân tỉnh')).toBe('other');
	});
});
