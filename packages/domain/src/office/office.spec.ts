import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors.ts';
import type { Plan } from '../plan/plan.ts';
import { decideOffice, type OfficeState } from './office.decide.ts';
import { issuedNumberLine, nextRegisterNumber, placeDateLine } from './register.ts';
import { signingBlockLines } from './signing.ts';

describe('register and heading lines', () => {
	it('numbers from 1 with a leading zero below 10', () => {
		expect(nextRegisterNumber(0)).toBe(1);
		expect(issuedNumberLine(1, 'KH-UBND', 'state')).toBe('Số: 01/KH-UBND');
		expect(issuedNumberLine(12, 'KH-UBND', 'state')).toBe('Số: 12/KH-UBND');
		expect(issuedNumberLine(3, 'KH/TU', 'party')).toBe('Số 03-KH/TU');
	});
	it('writes the date line with leading zeros for days below 10 and for January and February', () => {
		expect(placeDateLine('Quảng Bình', '2026-12-07')).toBe('Quảng Bình, ngày 07 tháng 12 năm 2026');
		expect(placeDateLine('Quảng Bình', '2026-02-15')).toBe('Quảng Bình, ngày 15 tháng 02 năm 2026');
		expect(placeDateLine('Quảng Bình', '2026-05-01')).toBe('Quảng Bình, ngày 01 tháng 5 năm 2026');
	});
});

describe('signingBlockLines', () => {
	const block = { collective: 'Ủy ban nhân dân', headTitle: 'Chủ tịch', position: 'Phó Chủ tịch', name: 'X' };
	it.each([
		['head', { ...block, position: 'Chủ tịch' }, 'state', ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']],
		['KT.', block, 'state', ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']],
		['Q.', block, 'state', ['TM. ỦY BAN NHÂN DÂN', 'Q. CHỦ TỊCH']],
		['TL.', { ...block, position: 'Chánh Văn phòng' }, 'state', ['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG']],
		['TUQ.', { ...block, position: 'Giám đốc Sở Nội vụ' }, 'state', ['TUQ. CHỦ TỊCH', 'GIÁM ĐỐC SỞ NỘI VỤ']],
		[
			'KT.',
			{ collective: null, headTitle: 'Giám đốc', position: 'Phó Giám đốc', name: 'Y' },
			'state',
			['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']
		],
		[
			'KT.',
			{ collective: 'Ban Thường vụ', headTitle: 'Bí thư', position: 'Phó Bí thư', name: 'Z' },
			'party',
			['T/M BAN THƯỜNG VỤ', 'K/T BÍ THƯ', 'PHÓ BÍ THƯ']
		]
	] as const)('%s signs as the decree writes it', (authority, b, style, lines) => {
		expect(signingBlockLines({ ...b, authority }, style)).toEqual(lines);
	});
});

describe('decideOffice', () => {
	const plan: Plan = {
		id: 'p',
		title: 'Kế hoạch',
		ownerUnitId: 'owner',
		status: 'draft',
		coDrafterUnitIds: [],
		implementsDirectiveIds: [],
		issuedAt: null,
		revision: 0
	};
	const given = (over: Partial<OfficeState> = {}): OfficeState => ({
		plan,
		signoff: { status: 'none' },
		seq: 5,
		editedSinceApproval: false,
		signers: [{ userId: 'boss', unitId: 'owner', name: 'Lãnh đạo' }],
		recipientUnitIds: [],
		receivedUnitIds: [],
		...over
	});
	const base = { planId: 'p', at: '2026-12-07T01:00:00.000Z' };
	const clerk = { userId: 'clerk', unitId: 'owner' };
	const issue = {
		...base,
		type: 'IssueWithNumber' as const,
		actor: clerk,
		documentId: 'd',
		typeCode: 'KH',
		number: 1,
		symbol: 'KH-UBND',
		issuedOn: '2026-12-07',
		place: 'Quảng Bình',
		signer: {
			authority: 'KT.' as const,
			collective: null,
			headTitle: 'Chủ tịch',
			position: 'Phó Chủ tịch',
			name: ''
		},
		recipients: [{ unitId: 'r', name: 'Sở R' }]
	};
	const refusal = (f: () => unknown) => {
		try {
			f();
		} catch (e) {
			return isDomainError(e) ? e.code : 'other';
		}
		return 'none';
	};

	it('submits to a signer of the owner unit only', () => {
		const submit = { ...base, type: 'SubmitForSignature' as const, actor: clerk, note: '' };
		expect(decideOffice({ ...submit, signerUserId: 'boss' }, given())[0]?.type).toBe(
			'PlanSubmittedForSignature'
		);
		expect(refusal(() => decideOffice({ ...submit, signerUserId: 'clerk' }, given()))).toBe(
			'invalid_command'
		);
	});
	it('lets only the chosen signer approve, recording the seq it approved', () => {
		const state = given({ signoff: { status: 'submitted', signerUserId: 'boss' } });
		const approve = { ...base, type: 'ApproveForSignature' as const };
		expect(decideOffice({ ...approve, actor: { userId: 'boss', unitId: 'owner' } }, state)[0]).toMatchObject({
			type: 'PlanApprovedForSignature',
			data: { seq: 5 }
		});
		expect(refusal(() => decideOffice({ ...approve, actor: clerk }, state))).toBe('not_allowed');
	});
	it('issues only what was approved and not edited since, as PlanIssued with its number', () => {
		const approved = { status: 'approved' as const, signerUserId: 'boss', approvedSeq: 5 };
		expect(refusal(() => decideOffice(issue, given()))).toBe('invalid_transition');
		expect(refusal(() => decideOffice(issue, given({ signoff: approved, editedSinceApproval: true })))).toBe(
			'invalid_transition'
		);
		expect(refusal(() => decideOffice({ ...issue, recipients: [] }, given({ signoff: approved })))).toBe(
			'invalid_command'
		);
		const [event] = decideOffice(issue, given({ signoff: approved }));
		expect(event).toMatchObject({
			type: 'PlanIssued',
			data: { revision: 1, issue: { number: 1, year: 2026, signer: { userId: 'boss', name: 'Lãnh đạo' } } }
		});
		const amending = given({ plan: { ...plan, status: 'amending', revision: 1 }, signoff: approved });
		expect(decideOffice(issue, amending)[0]?.type).toBe('PlanAmendmentIssued');
	});
	it('lets only recipients receive, once', () => {
		const issued = { plan: { ...plan, status: 'issued' as const, revision: 1 }, recipientUnitIds: ['r'] };
		const receive = { ...base, type: 'ReceivePlan' as const };
		expect(decideOffice({ ...receive, actor: { userId: 'x', unitId: 'r' } }, given(issued))).toHaveLength(1);
		expect(
			decideOffice(
				{ ...receive, actor: { userId: 'x', unitId: 'r' } },
				given({ ...issued, receivedUnitIds: ['r'] })
			)
		).toEqual([]);
		expect(
			refusal(() => decideOffice({ ...receive, actor: { userId: 'x', unitId: 'o' } }, given(issued)))
		).toBe('not_allowed');
	});
});
