import { describe, expect, it } from 'vitest';
import { readCodeList } from './organ-id-csv.ts';

describe('readCodeList', () => {
	it('reads an Excel CSV (BOM, semicolons, quoted names, columns found without diacritics)', () => {
		const text =
			'\uFEFFMã định danh;Tên đơn vị;Cơ quan chủ quản\n000.00.15.H44;"Sở Khoa học và Công nghệ tỉnh Quảng Bình";UBND tỉnh Quảng Bình\n\n000.00.18.H44;Sở TT&TT;\n';
		expect(readCodeList(text)).toEqual({
			ok: true,
			rows: [
				{
					line: 2,
					organId: '000.00.15.H44',
					unitName: 'Sở Khoa học và Công nghệ tỉnh Quảng Bình',
					inCharge: 'UBND tỉnh Quảng Bình'
				},
				{ line: 3, organId: '000.00.18.H44', unitName: 'Sở TT&TT', inCharge: '' }
			]
		});
		expect(readCodeList('ma_dinh_danh,ten_don_vi\n000.00.00.H44,UBND tỉnh').ok).toBe(true);
	});

	it('says what is wrong with a file that is not a code list', () => {
		expect(readCodeList('tên,số\nA,1')).toEqual({ ok: false, error: { kind: 'columns' } });
		expect(readCodeList('Mã định danh,Tên đơn vị\n')).toEqual({ ok: false, error: { kind: 'empty' } });
		expect(readCodeList('Mã định danh,Tên đơn vị\n"000.00.00.H44,UBND')).toEqual({
			ok: false,
			error: { kind: 'unreadable' }
		});
	});
});
