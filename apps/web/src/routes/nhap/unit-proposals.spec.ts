import { describe, expect, it } from 'vitest';
import { planFromDraft } from './import.server.ts';
import { mayCreateUnits, proposalErrors, proposedParentId } from './unit-proposals.server.ts';

const units = [
	{
		id: 'tu-long-an',
		name: 'Tỉnh ủy Long An',
		shortName: 'TU Long An',
		kind: 'party' as const,
		parentId: 'bchtw'
	},
	{
		id: 'la-vptu',
		name: 'Văn phòng Tỉnh ủy Long An',
		shortName: 'VPTU',
		kind: 'party' as const,
		parentId: 'tu-long-an'
	},
	{
		id: 'bchtw',
		name: 'Ban Chấp hành Trung ương Đảng',
		shortName: 'BCH TW',
		kind: 'party' as const,
		parentId: null
	}
];

const proposed = (name: string) => ({ name, shortName: name, kind: 'party', parentId: 'tu-long-an' });

/** A confirmed preview: task 1 led by 'Ban Dân vận Tỉnh ủy', task 2 coordinated by it and 'Ban Kinh tế'. */
const draft = (proposals: unknown[], lead1 = '') =>
	JSON.stringify({
		title: 'Kế hoạch',
		groups: [],
		tasks: [
			{ code: '1', content: 'Vận động', lead: 'Ban Dân vận Tỉnh ủy', leadUnitId: lead1, coordinators: [] },
			{
				code: '2',
				content: 'Quán triệt',
				lead: 'Văn phòng Tỉnh ủy',
				leadUnitId: 'la-vptu',
				coordinators: ['Ban Dân vận Tỉnh ủy', 'Ban Kinh tế', 'Ban Nội chính'],
				coordinatorUnitIds: ['', '', '']
			}
		],
		proposals
	});

const ids = () => {
	let n = 0;
	return () => `new-${++n}`;
};

describe('planFromDraft with unit proposals', () => {
	it('creates the units chosen for creation and gives their tasks the new ids', () => {
		const confirmed = planFromDraft(
			draft([
				{
					name: 'Ban Dân vận Tỉnh ủy',
					choice: 'create',
					unitId: '',
					proposed: { ...proposed('Ban Dân vận Tỉnh ủy Long An'), shortName: 'BDVTU' }
				},
				{ name: 'Ban Kinh tế', choice: 'map', unitId: 'la-vptu', proposed: proposed('Ban Kinh tế') },
				{ name: 'Ban Nội chính', choice: 'none', unitId: 'la-vptu', proposed: proposed('Ban Nội chính') }
			]),
			ids()
		)!;
		expect(confirmed.createdFor).toEqual(['Ban Dân vận Tỉnh ủy']);
		expect(confirmed.input.newUnits).toEqual([
			{
				id: 'new-1',
				name: 'Ban Dân vận Tỉnh ủy Long An',
				shortName: 'BDVTU',
				kind: 'party',
				parentId: 'tu-long-an'
			}
		]);
		expect(confirmed.input.tasks.map((t) => [t.leadUnitId, t.coordinatorUnitIds])).toEqual([
			['new-1', []],
			// mapped to an existing unit, created, or left out ('none' ignores a unit picked before)
			['la-vptu', ['new-1', 'la-vptu']]
		]);
	});

	it('keeps a lead the user picked on the task itself, and puts an empty parent at the top', () => {
		const confirmed = planFromDraft(
			draft(
				[
					{
						name: 'Ban Dân vận Tỉnh ủy',
						choice: 'create',
						unitId: '',
						proposed: { ...proposed('Ban Dân vận'), parentId: '' }
					}
				],
				'la-vptu'
			),
			ids()
		)!;
		expect(confirmed.input.tasks[0]!.leadUnitId).toBe('la-vptu');
		expect(confirmed.input.newUnits![0]!.parentId).toBeNull();
	});

	it('treats a proposal without a known choice as unassigned', () => {
		const confirmed = planFromDraft(
			draft([{ name: 'Ban Dân vận Tỉnh ủy', choice: 'drop table', unitId: 'la-vptu' }]),
			ids()
		)!;
		expect(confirmed.input.newUnits).toEqual([]);
		expect(confirmed.input.tasks[0]!.leadUnitId).toBeNull();
	});
});

describe('proposalErrors', () => {
	it('puts each refusal beside its proposal and field, in Vietnamese', () => {
		expect(
			proposalErrors(
				[
					{ code: 'content_required', task: 0 },
					{ code: 'unit_name_required', task: null, unit: 0 },
					{ code: 'unit_short_name_taken', task: null, unit: 1 },
					{ code: 'unit_parent_unknown', task: null, unit: 1 }
				],
				['Ban Dân vận', 'Ban Kinh tế']
			)
		).toEqual([
			{ name: 'Ban Dân vận', field: 'name', message: 'Vui lòng nhập tên đơn vị.' },
			{
				name: 'Ban Kinh tế',
				field: 'shortName',
				message: 'Tên viết tắt này đã được dùng cho đơn vị khác; vui lòng chọn tên khác.'
			},
			{ name: 'Ban Kinh tế', field: 'parentId', message: 'Không tìm thấy đơn vị cấp trên đã chọn.' }
		]);
	});

	it('tells every proposal chosen for creation that only administrators create units', () => {
		expect(proposalErrors([{ code: 'units_not_allowed', task: null }], ['A', 'B'])).toEqual([
			{ name: 'A', field: 'choice', message: 'Chỉ quản trị viên tạo được đơn vị mới.' },
			{ name: 'B', field: 'choice', message: 'Chỉ quản trị viên tạo được đơn vị mới.' }
		]);
	});
});

describe('who may create units, and under which parent', () => {
	it('lets administrators only create units', () => {
		expect(mayCreateUnits({ isAdmin: true })).toBe(true);
		expect(mayCreateUnits({ isAdmin: false })).toBe(false);
	});

	it('proposes the issuer when the directory knows it, else the importer’s parent, else the top', () => {
		expect(proposedParentId('TỈNH ỦY LONG AN', units, 'bchtw')).toBe('tu-long-an');
		expect(proposedParentId('ỦY BAN NHÂN DÂN', units, 'la-vptu')).toBe('tu-long-an');
		expect(proposedParentId(null, units, 'bchtw')).toBe('');
	});
});
