import { describe, expect, it } from 'vitest';
import type { PlanDocumentSnapshot, PlanDocumentTask } from '@trienkhai/domain';
import { forgetLocalTexts, keepLocalTexts, readLocalTexts, unappliedTexts } from './unapplied.ts';

function task(id: string, content: string, extra: Partial<PlanDocumentTask> = {}): PlanDocumentTask {
	return {
		id,
		groupId: 'g1',
		index: 0,
		code: 'I.1',
		content,
		leadUnitId: null,
		coordinatorUnitIds: [],
		deadline: null,
		output: null,
		difficulties: null,
		extensionRequest: null,
		...extra
	};
}

function plan(tasks: PlanDocumentTask[], purpose = 'Mục đích'): PlanDocumentSnapshot {
	return {
		title: 'Kế hoạch',
		purpose,
		organisation: '',
		groups: [{ id: 'g1', code: 'I', title: 'Nhóm' }],
		tasks
	};
}

class MemoryStorage implements Storage {
	private readonly items = new Map<string, string>();
	get length() {
		return this.items.size;
	}
	clear() {
		this.items.clear();
	}
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	key(index: number) {
		return [...this.items.keys()][index] ?? null;
	}
	removeItem(key: string) {
		this.items.delete(key);
	}
	setItem(key: string, value: string) {
		this.items.set(key, value);
	}
}

describe('unappliedTexts', () => {
	it('lists the texts typed locally that the server does not hold', () => {
		const server = plan([task('t1', 'Tổ chức hội nghị')]);
		const local = plan([task('t1', 'Tổ chức hội nghị quán triệt', { output: 'Báo cáo' })], 'Mục đích mới');
		expect(unappliedTexts(local, server)).toEqual([
			{ kind: 'section', section: 'purpose', text: 'Mục đích mới' },
			{ kind: 'task', code: 'I.1', field: 'content', text: 'Tổ chức hội nghị quán triệt' },
			{ kind: 'task', code: 'I.1', field: 'output', text: 'Báo cáo' }
		]);
	});

	it('is empty when the server holds everything, and ignores emptied texts', () => {
		const server = plan([task('t1', 'Tổ chức hội nghị')]);
		expect(unappliedTexts(server, server)).toEqual([]);
		expect(unappliedTexts(plan([task('t1', '')]), server)).toEqual([]);
	});

	it('keeps a task the server never received', () => {
		const server = plan([]);
		expect(unappliedTexts(plan([task('t2', 'Nhiệm vụ mới gõ')]), server)).toEqual([
			{ kind: 'task', code: 'I.1', field: 'content', text: 'Nhiệm vụ mới gõ' }
		]);
	});
});

describe('keepLocalTexts / readLocalTexts / forgetLocalTexts', () => {
	it('keeps the texts across reloads until forgotten', () => {
		const storage = new MemoryStorage();
		const local = plan([task('t1', 'x')]);
		keepLocalTexts(storage, 'p1', local);
		expect(readLocalTexts(storage, 'p1')).toEqual(local);
		expect(readLocalTexts(storage, 'p1')).toEqual(local);
		expect(readLocalTexts(storage, 'p2')).toBeNull();
		forgetLocalTexts(storage, 'p1');
		expect(readLocalTexts(storage, 'p1')).toBeNull();
	});
});
