import { newReportTask, parseDeadline, type ReportTask } from '@trienkhai/domain';
import type { PlanExport } from './plan-docx.ts';

// Test data shaped on seed 002 (UBND tỉnh Quảng Bình's plan for QĐ 709/QĐ-TTg and KH 156-KH/TU).

function task(partial: Partial<ReportTask> & Pick<ReportTask, 'id' | 'code' | 'content'>): ReportTask {
	return newReportTask({ leadUnitId: 'qb-so-khcn', leadName: 'Sở KH&CN', ...partial });
}

/** A state plan with two groups, five tasks in various states, and a signer. */
export function samplePlan(overrides: Partial<PlanExport> = {}): PlanExport {
	return {
		issuer: { name: 'Ủy ban nhân dân tỉnh Quảng Bình', parentName: null, kind: 'state' },
		number: '1520',
		symbol: 'KH-UBND',
		place: 'Quảng Bình',
		date: '2024-08-01',
		recipients: ['TT Tỉnh ủy', 'TT HĐND tỉnh', 'CT, các PCT UBND tỉnh', 'Lưu: VT, KT, TH, NCVX'],
		signer: { capacity: 'TM.', collective: 'Ủy ban nhân dân', title: 'Phó Chủ tịch', name: 'Hoàng Xuân Tân' },
		title:
			'Kế hoạch triển khai thực hiện Quyết định số 709/QĐ-TTg ngày 23/7/2024 của Thủ tướng Chính phủ về phát triển khoa học và công nghệ',
		implements: [
			'Quyết định số 709/QĐ-TTg ngày 23/07/2024 của Thủ tướng Chính phủ',
			'Kế hoạch số 156-KH/TU ngày 24/04/2024 của Tỉnh ủy Quảng Bình'
		],
		sections: {
			purpose:
				'1. Mục đích\nCụ thể hóa các nhiệm vụ trọng tâm.\n2. Yêu cầu\nXác định các nhiệm vụ, giải pháp cụ thể.',
			organisation:
				'1. Thủ trưởng các sở, ban, ngành tổ chức thực hiện.\n2. Sở Khoa học và Công nghệ theo dõi, đôn đốc./.'
		},
		groups: [
			{
				code: '1',
				title: 'Tăng cường sự lãnh đạo, chỉ đạo đối với phát triển khoa học, công nghệ',
				tasks: [
					task({
						id: 't1',
						code: '1.a',
						content: 'Quán triệt, tuyên truyền nội dung Quyết định số 709/QĐ-TTg.',
						coordinatorUnitIds: ['qb-so-tttt'],
						coordinatorNames: ['Sở TT&TT'],
						deadline: parseDeadline('Quý III/2024'),
						output: 'Báo cáo',
						status: 'done',
						progress: 100,
						completedOn: '2024-09-20',
						resultReport: 'Đã tổ chức 3 hội nghị quán triệt.'
					}),
					task({
						id: 't2',
						code: '1.b',
						content: 'Xây dựng đề án phát triển hệ sinh thái khởi nghiệp, "đổi mới" sáng tạo.',
						leadUnitId: 'qb-so-tttt',
						leadName: 'Sở TT&TT',
						deadline: parseDeadline('31/12/2024'),
						output: 'Đề án',
						status: 'in_progress',
						progress: 40,
						difficulties: 'Thiếu kinh phí.',
						extensionRequest: 'Đề nghị gia hạn đến 30/6/2025.'
					})
				]
			},
			{
				code: '2',
				title: 'Đổi mới cơ chế quản lý khoa học và công nghệ',
				tasks: [
					task({
						id: 't3',
						code: '2.a',
						content: 'Rà soát cơ chế, chính sách.',
						deadline: parseDeadline('Thường xuyên')
					}),
					task({
						id: 't4',
						code: '2.b',
						content: 'Ban hành quy định quản lý nhiệm vụ khoa học.',
						leadUnitId: 'qb-so-noi-vu',
						leadName: 'Sở Nội vụ',
						deadline: parseDeadline('30/6/2024'),
						output: 'Quyết định',
						status: 'done',
						progress: 100,
						completedOn: '2024-07-15'
					}),
					task({
						id: 't5',
						code: '2.c',
						content: 'Tổ chức sơ kết.',
						leadUnitId: null,
						leadName: null,
						deadline: parseDeadline('15/01/2025')
					})
				]
			}
		],
		draftYear: 2024,
		...overrides
	};
}
