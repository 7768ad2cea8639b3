import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAssignment } from './assignment.ts';
import { importPlanText } from './import-plan.ts';
import { toImportJson } from './to-json.ts';

// Round 4: a task heading followed only by its field lines ('- Nội dung: …', '- Đơn vị chủ trì: …'), read whole.
const text = (name: string): string =>
	readFileSync(new URL(`./fixtures/round4/${name}`, import.meta.url), 'utf8');
const json = (name: string) => toImportJson(importPlanText(text(name)));

describe('round 4 plans, read whole', () => {
	it('a Sở plan whose numbered headings carry "- Nội dung:", "- Đơn vị chủ trì:" … lines: one task per heading', () => {
		expect(json('so-tttt-truong.txt')).toEqual({
			document: {
				type: 'KH',
				number: '1520',
				symbol: 'KH-STTTT',
				issuer: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
				date: '2025-06-20',
				title: 'Chuyển đổi số năm 2025 của Sở Thông tin và Truyền thông',
				implements: [
					{
						type: 'QĐ',
						number: '749',
						symbol: 'QĐ-TTg',
						date: '2020-06-03',
						issuer: 'Thủ tướng Chính phủ',
						text: 'Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ'
					},
					{
						type: 'KH',
						number: '210',
						symbol: 'KH-UBND',
						date: '2025-03-25',
						issuer: 'UBND tỉnh',
						text: 'Kế hoạch số 210/KH-UBND ngày 25/3/2025 của UBND tỉnh'
					}
				]
			},
			tasks: [
				{
					code: 'II.1',
					content: 'Nâng cấp mạng LAN, trang bị máy chủ cho Trung tâm dữ liệu.',
					lead: 'Trung tâm Công nghệ thông tin và Truyền thông',
					coordinators: ['Văn phòng Sở', 'Phòng Kế hoạch - Tài chính'],
					deadline: { text: 'Quý III/2025', due: '2025-09-30' },
					output: 'Hệ thống được nâng cấp, đưa vào sử dụng',
					source: { line: 18 }
				},
				{
					code: 'II.2',
					content: 'Xây dựng cơ sở dữ liệu báo chí, xuất bản của tỉnh.',
					lead: 'Phòng Thông tin - Báo chí - Xuất bản',
					coordinators: ['Trung tâm Công nghệ thông tin và Truyền thông'],
					deadline: { text: 'Tháng 12/2025', due: '2025-12-31' },
					output: 'Cơ sở dữ liệu',
					source: { line: 24 }
				},
				{
					code: 'II.3.1',
					content:
						'Văn phòng Sở chủ trì, phối hợp với các phòng, đơn vị tổ chức 02 lớp tập huấn kỹ năng số cho công chức, viên chức.',
					lead: 'Văn phòng Sở',
					coordinators: ['các phòng, đơn vị'],
					deadline: { text: 'Quý IV/2025', due: '2025-12-31' },
					output: null,
					source: { line: 31 }
				}
			]
		});
		expect(importPlanText(text('so-tttt-truong.txt')).warnings).toEqual([]);
	});

	it('the same format with unbulleted field lines, label variants, "+" items under "Nội dung:" and bullets that share their fields', () => {
		expect(json('so-tttt-khong-gach.txt')).toEqual({
			document: {
				type: 'KH',
				number: '1618',
				symbol: 'KH-STTTT',
				issuer: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
				date: '2025-07-15',
				title: 'Bảo đảm an toàn thông tin mạng năm 2025',
				implements: [
					{
						type: 'KH',
						number: '210',
						symbol: 'KH-UBND',
						date: '2025-03-25',
						issuer: 'UBND tỉnh',
						text: 'Kế hoạch số 210/KH-UBND ngày 25/3/2025 của UBND tỉnh'
					}
				]
			},
			tasks: [
				{
					code: 'II.1',
					content:
						'Lập danh mục hệ thống thông tin đang vận hành;\nXây dựng hồ sơ đề xuất cấp độ, trình phê duyệt.',
					lead: 'Trung tâm Công nghệ thông tin và Truyền thông',
					coordinators: ['Phòng Bưu chính - Viễn thông', 'Văn phòng Sở'],
					deadline: { text: 'Quý III/2025', due: '2025-09-30' },
					output: 'Hồ sơ cấp độ được phê duyệt',
					source: { line: 14 }
				},
				{
					code: 'II.2',
					content: 'Tổ chức 01 cuộc diễn tập thực chiến cho các cơ quan nhà nước trên địa bàn tỉnh.',
					lead: 'Phòng Bưu chính - Viễn thông',
					coordinators: [],
					deadline: { text: 'Tháng 11/2025', due: '2025-11-30' },
					output: 'Báo cáo kết quả diễn tập',
					source: { line: 22 }
				},
				{
					code: 'II.3',
					content: 'Nâng cao nhận thức về an toàn thông tin',
					lead: 'Phòng Thông tin - Báo chí - Xuất bản',
					coordinators: [],
					deadline: { text: 'Năm 2025', due: '2025-12-31' },
					output: null,
					source: { line: 27 }
				},
				{
					code: 'II.4.1',
					content: 'Triển khai giải pháp giám sát tập trung (SOC) cho Trung tâm dữ liệu tỉnh.',
					lead: 'Trung tâm Công nghệ thông tin và Truyền thông',
					coordinators: [],
					deadline: { text: 'Năm 2025', due: '2025-12-31' },
					output: null,
					source: { line: 31 }
				},
				{
					code: 'II.4.2',
					content: 'Kết nối với hệ thống giám sát của Cục An toàn thông tin.',
					lead: 'Trung tâm Công nghệ thông tin và Truyền thông',
					coordinators: [],
					deadline: { text: 'Năm 2025', due: '2025-12-31' },
					output: null,
					source: { line: 32 }
				}
			]
		});
		expect(importPlanText(text('so-tttt-khong-gach.txt')).warnings).toEqual([]);
	});
});

describe('round 4 sentences', () => {
	it('keeps a collective coordinator named alone, cut at its verb, and drops it beside a named body', () => {
		expect(
			readAssignment(
				'Văn phòng Sở chủ trì, phối hợp với các phòng, đơn vị tổ chức 02 lớp tập huấn kỹ năng số.'
			)
		).toEqual({ lead: 'Văn phòng Sở', coordinators: ['các phòng, đơn vị'] });
		expect(readAssignment('Sở Y tế chủ trì, phối hợp với các cơ quan liên quan tổ chức kiểm tra.')).toEqual({
			lead: 'Sở Y tế',
			coordinators: []
		});
		expect(
			readAssignment('Sở Y tế chủ trì, phối hợp với các sở, ban, ngành có liên quan tổ chức kiểm tra.')
		).toEqual({ lead: 'Sở Y tế', coordinators: [] });
	});
});
