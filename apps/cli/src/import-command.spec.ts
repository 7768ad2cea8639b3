import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { newReportTask, parseDeadline, type ReportTask } from '@trienkhai/domain';
import { renderPlanDocx } from '@trienkhai/office';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from './cli.ts';

function sink(): Writable & { text: () => string } {
	const chunks: string[] = [];
	const stream = new Writable({
		write(chunk: Buffer | string, _encoding, done) {
			chunks.push(chunk.toString());
			done();
		}
	});
	return Object.assign(stream, { text: () => chunks.join('') });
}

async function cli(args: string[], cwd: string) {
	const stdout = sink();
	const stderr = sink();
	const io: CliIo = { env: {}, cwd, stdout, stderr };
	const code = await runCli(args, io);
	return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const PLAN_TEXT = `UBND TỈNH KON TUM
Số: 77/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Kon Tum, ngày 03 tháng 6 năm 2024
KẾ HOẠCH
Thực hiện Quyết định số 709/QĐ-TTg ngày 23/7/2024 của Thủ tướng Chính phủ
II. NHIỆM VỤ, GIẢI PHÁP
1. Nâng cao tiềm lực khoa học
a) Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính:
- Rà soát các tổ chức khoa học và công nghệ công lập.
Thời gian: Quý II/2025
Sản phẩm: Báo cáo rà soát
- Hỗ trợ doanh nghiệp đổi mới công nghệ, thường xuyên.
`;

function task(code: string, content: string, partial: Partial<ReportTask> = {}): ReportTask {
	return newReportTask({ id: code, code, content, leadUnitId: 'u1', leadName: 'Sở Y tế', ...partial });
}

describe('trienkhai import', () => {
	let dir = '';
	beforeAll(async () => {
		dir = await fs.mkdtemp(path.join(os.tmpdir(), 'trienkhai-import-'));
		await fs.writeFile(path.join(dir, 'ke-hoach.txt'), PLAN_TEXT);
		const docx = await renderPlanDocx({
			issuer: { name: 'Ủy ban nhân dân tỉnh Kon Tum', parentName: null, kind: 'state' },
			number: '78',
			symbol: 'KH-UBND',
			place: 'Kon Tum',
			date: '2024-06-10',
			recipients: ['Lưu: VT'],
			signer: { capacity: 'TM.', collective: 'Ủy ban nhân dân', title: 'Chủ tịch', name: 'Lê Ngọc Tuấn' },
			title: 'Kế hoạch phòng, chống dịch bệnh năm 2024',
			implements: ['Chỉ thị số 12/CT-TTg ngày 01/3/2024 của Thủ tướng Chính phủ'],
			sections: { purpose: 'Chủ động phòng, chống dịch.', organisation: 'Sở Y tế theo dõi, tổng hợp./.' },
			groups: [
				{
					// numbered as planExportData numbers a plan (numberPlan)
					code: '1',
					title: 'Giám sát dịch bệnh',
					tasks: [
						task('1.a', 'Giám sát chặt chẽ các ổ dịch.', {
							coordinatorNames: ['Sở Tài chính'],
							deadline: parseDeadline('Quý III/2024'),
							output: 'Báo cáo'
						})
					]
				}
			],
			draftYear: 2024
		});
		await fs.writeFile(path.join(dir, 'ke-hoach.docx'), docx);
		await fs.writeFile(path.join(dir, 'hong.docx'), 'not a zip');
		await fs.writeFile(path.join(dir, 'bang.xlsx'), 'x');
	});
	afterAll(async () => {
		await fs.rm(dir, { recursive: true, force: true });
	});

	it('prints the JSON contract for a .txt plan', async () => {
		const { code, stdout, stderr } = await cli(['import', 'ke-hoach.txt', '--json'], dir);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toEqual({
			document: {
				type: 'KH',
				number: '77',
				symbol: 'KH-UBND',
				issuer: 'UBND TỈNH KON TUM',
				date: '2024-06-03',
				title: 'Thực hiện Quyết định số 709/QĐ-TTg ngày 23/7/2024 của Thủ tướng Chính phủ',
				implements: [
					{
						type: 'QĐ',
						number: '709',
						symbol: 'QĐ-TTg',
						date: '2024-07-23',
						issuer: 'Thủ tướng Chính phủ',
						text: 'Quyết định số 709/QĐ-TTg ngày 23/7/2024 của Thủ tướng Chính phủ'
					}
				]
			},
			tasks: [
				{
					code: 'II.1.a.1',
					content: 'Rà soát các tổ chức khoa học và công nghệ công lập.',
					lead: 'Sở Khoa học và Công nghệ',
					coordinators: ['Sở Tài chính'],
					deadline: { text: 'Quý II/2025', due: '2025-06-30' },
					output: 'Báo cáo rà soát',
					source: { line: 10 }
				},
				{
					code: 'II.1.a.2',
					content: 'Hỗ trợ doanh nghiệp đổi mới công nghệ.',
					lead: 'Sở Khoa học và Công nghệ',
					coordinators: ['Sở Tài chính'],
					deadline: { text: 'Thường xuyên', due: null },
					output: null,
					source: { line: 13 }
				}
			]
		});
	});

	it('prints the JSON contract for a .docx plan', async () => {
		const { code, stdout } = await cli(['import', path.join(dir, 'ke-hoach.docx'), '--json'], '/');
		expect(code).toBe(0);
		const json = JSON.parse(stdout) as { document: unknown; tasks: unknown[] };
		expect(Object.keys(json)).toEqual(['document', 'tasks']);
		expect(json.document).toEqual({
			type: 'KH',
			number: '78',
			symbol: 'KH-UBND',
			issuer: 'ỦY BAN NHÂN DÂN TỈNH KON TUM',
			date: '2024-06-10',
			title: 'Phòng, chống dịch bệnh năm 2024',
			implements: [
				{
					type: 'CT',
					number: '12',
					symbol: 'CT-TTg',
					date: '2024-03-01',
					issuer: 'Thủ tướng Chính phủ',
					text: 'Chỉ thị số 12/CT-TTg ngày 01/3/2024 của Thủ tướng Chính phủ'
				}
			]
		});
		expect(json.tasks).toEqual([
			{
				code: 'II.1.a',
				content: 'Giám sát chặt chẽ các ổ dịch.',
				lead: 'Sở Y tế',
				coordinators: ['Sở Tài chính'],
				deadline: { text: 'Quý III/2024', due: '2024-09-30' },
				output: 'Báo cáo',
				source: { line: 10 }
			}
		]);
	});

	it('prints a Vietnamese summary without --json', async () => {
		const { code, stdout } = await cli(['import', 'ke-hoach.txt'], dir);
		expect(code).toBe(0);
		expect(stdout).toContain('Văn bản: Kế hoạch số 77/KH-UBND, ngày 03/06/2024, UBND TỈNH KON TUM');
		expect(stdout).toContain('Nhiệm vụ: 2 trong 1 nhóm');
		expect(stdout).toMatch(/II\.1\.a\.1\s+Sở Khoa học và Công nghệ\s+Quý II\/2025\s+Rà soát/);
	});

	it('exits 2 with a clear message on a missing, broken or unsupported file', async () => {
		const missing = await cli(['import', 'khong-co.txt', '--json'], dir);
		expect(missing.code).toBe(2);
		expect(missing.stderr).toContain('Không tìm thấy tệp / file not found');
		const broken = await cli(['import', 'hong.docx'], dir);
		expect(broken.code).toBe(2);
		expect(broken.stderr).toContain('không phải tài liệu Word (.docx) hợp lệ / not a valid .docx file');
		const xlsx = await cli(['import', 'bang.xlsx'], dir);
		expect(xlsx.code).toBe(2);
		expect(xlsx.stderr).toContain('Định dạng tệp không được hỗ trợ / unsupported file type: .xlsx');
		const none = await cli(['import'], dir);
		expect(none.code).toBe(2);
		expect(none.stderr).toContain('Thiếu tệp kế hoạch / missing plan file');
		expect(missing.stdout + broken.stdout + xlsx.stdout).toBe('');
	});
});
