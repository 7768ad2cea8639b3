import { describe, expect, it } from 'vitest';
import { issuerUnitsFirst, placeOf } from './issuer-units.ts';

const unit = (id: string, name: string, parent: string | null) => ({
	id,
	name,
	short_name: id,
	parent_id: parent
});

describe('issuerUnitsFirst', () => {
	const units = [
		unit('qng-btgtu', 'Ban Tuyên giáo Tỉnh ủy Quảng Ngãi', 'tu-qng'),
		unit('tu-qng', 'Tỉnh ủy Quảng Ngãi', null),
		unit('la-btgtu', 'Ban Tuyên giáo Tỉnh ủy Long An', 'tu-la'),
		unit('tu-la', 'Tỉnh ủy Long An', null),
		unit('la-bcsd', 'Ban cán sự đảng Ủy ban nhân dân tỉnh Long An', 'tu-la'),
		unit('cd-btghu', 'Ban Tuyên giáo Huyện ủy Cần Đước', 'hu-cd'),
		unit('hu-cd', 'Huyện ủy Cần Đước', 'tu-la')
	];

	it('reads the place of a body’s name', () => {
		expect(placeOf('Tỉnh ủy Long An')).toBe('Long An');
		expect(placeOf('Ủy ban nhân dân tỉnh Quảng Bình')).toBe('Quảng Bình');
		expect(placeOf('Bộ Chính trị')).toBe('');
	});

	it('puts the issuer’s tree first, each unit also under its name without the place', () => {
		const ordered = issuerUnitsFirst(units, 'tu-la');
		expect(ordered.map((u) => [u.id, u.name])).toEqual([
			['la-btgtu', 'Ban Tuyên giáo Tỉnh ủy'],
			['la-btgtu', 'Ban Tuyên giáo Tỉnh ủy Long An'],
			['tu-la', 'Tỉnh ủy'],
			['tu-la', 'Tỉnh ủy Long An'],
			['la-bcsd', 'Ban cán sự đảng Ủy ban nhân dân tỉnh'],
			['la-bcsd', 'Ban cán sự đảng Ủy ban nhân dân tỉnh Long An'],
			['cd-btghu', 'Ban Tuyên giáo Huyện ủy Cần Đước'],
			['hu-cd', 'Huyện ủy Cần Đước'],
			['qng-btgtu', 'Ban Tuyên giáo Tỉnh ủy Quảng Ngãi'],
			['tu-qng', 'Tỉnh ủy Quảng Ngãi']
		]);
		expect(ordered[4]?.short_name).toBe('Ban cán sự đảng Ủy ban nhân dân');
		expect(issuerUnitsFirst(units, 'nowhere')).toEqual(units);
	});
});
