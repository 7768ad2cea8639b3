import type { PlanStatus } from '@trienkhai/domain';
import { describe, expect, it } from 'vitest';
import { taskNotesView } from './task-notes.ts';

const issued = {
	status: 'issued' as PlanStatus,
	ownerUnitId: 'ubnd-quang-binh',
	coDrafterUnitIds: [] as string[]
};
const task = {
	leadUnitId: 'qb-so-khcn',
	coordinatorUnitIds: ['qb-so-tttt', 'qb-so-noi-vu'],
	difficulties: null,
	extensionRequest: null
};

describe('taskNotesView', () => {
	it('gives the lead unit the difficulties form and a coordinating unit its own note form, after issue', () => {
		const lead = taskNotesView({ task, unitId: 'qb-so-khcn', plan: issued, contributions: {} });
		expect(lead.reports.allowed).toBe(true);
		expect(lead.contribution).toEqual({ allowed: false, reason: 'not_coordinator' });
		const coordinator = taskNotesView({ task, unitId: 'qb-so-tttt', plan: issued, contributions: {} });
		expect(coordinator.reports).toEqual({ allowed: false, reason: 'not_lead' });
		expect(coordinator.contribution.allowed).toBe(true);
	});

	it('shows the owner and a viewer only what is written, and nothing on a draft', () => {
		const empty = taskNotesView({ task, unitId: 'ubnd-quang-binh', plan: issued, contributions: {} });
		expect(empty.visible).toBe(false);
		const written = taskNotesView({
			task: { ...task, difficulties: 'Thiếu kinh phí' },
			unitId: 'bct',
			plan: issued,
			contributions: {}
		});
		expect(written).toMatchObject({ visible: true, reports: { allowed: false, reason: 'viewer_read_only' } });
		const draft = taskNotesView({
			task,
			unitId: 'qb-so-khcn',
			plan: { ...issued, status: 'draft' },
			contributions: {}
		});
		expect(draft.visible).toBe(false);
	});

	it('lists notes in the coordinators order, then notes of units no longer coordinating', () => {
		const view = taskNotesView({
			task,
			unitId: 'bct',
			plan: issued,
			contributions: { 'qb-so-ngoai-vu': 'Trước sửa đổi', 'qb-so-noi-vu': 'B', 'qb-so-tttt': 'A' }
		});
		expect(view.noted).toEqual(['qb-so-tttt', 'qb-so-noi-vu', 'qb-so-ngoai-vu']);
	});
});
