import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderOpinionSummaryDocx, summaryLead, type OpinionSummaryExport } from './opinion-summary-docx.ts';

const summary: OpinionSummaryExport = {
	issuer: { name: 'Ủy ban nhân dân tỉnh Quảng Bình', parentName: null, kind: 'state' },
	planTitle: 'Kế hoạch triển khai Kết luận 69-KL/TW',
	requestedOn: '2026-12-01',
	dueOn: '2026-12-15',
	askedUnits: ['Sở Tài chính', 'Ủy ban MTTQ tỉnh', 'Sở Nội vụ'],
	silentUnits: ['Sở Nội vụ'],
	rows: [
		{ unit: 'Ủy ban MTTQ tỉnh', task: null, stance: 'agree', text: '', decision: null, explanation: '' },
		{
			unit: 'Sở Tài chính',
			task: { code: '1.a', content: 'Tuyên truyền' },
			stance: 'propose',
			text: 'Đề nghị lùi thời hạn đến quý I/2027',
			decision: 'explained',
			explanation: 'Giữ thời hạn theo Kết luận'
		},
		{
			unit: 'Sở Tài chính',
			task: { code: '2.b', content: 'Sơ kết' },
			stance: 'comment',
			text: 'Bổ sung sản phẩm',
			decision: 'taken_in',
			explanation: ''
		}
	]
};

async function documentText(bytes: Uint8Array): Promise<{ xml: string; text: string }> {
	const zip = await JSZip.loadAsync(bytes);
	const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
	return { xml, text: [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|') };
}

describe('the opinion round summary table (Bảng tổng hợp tiếp thu, giải trình ý kiến)', () => {
	it('is a landscape A4 document with the official header, the lead paragraph and one row per opinion', async () => {
		const { xml, text } = await documentText(await renderOpinionSummaryDocx(summary));
		expect(xml).toMatch(/w:orient="landscape"/);
		expect(text).toContain('ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH');
		expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
		expect(text).toContain('BẢNG TỔNG HỢP TIẾP THU, GIẢI TRÌNH Ý KIẾN');
		expect(text).toContain('STT|Cơ quan, đơn vị góp ý|Nội dung góp ý|Ý kiến tiếp thu, giải trình');
		expect(text).toContain('I. Ý KIẾN CHUNG VỀ DỰ THẢO|1|Ủy ban MTTQ tỉnh|Nhất trí với dự thảo.|Ghi nhận.');
		expect(text).toContain(
			'II. Ý KIẾN VỀ CÁC NHIỆM VỤ CỤ THỂ|1|Sở Tài chính|Nhiệm vụ 1.a (Tuyên truyền): Đề nghị sửa đổi: Đề nghị lùi thời hạn đến quý I/2027|Giải trình: Giữ thời hạn theo Kết luận'
		);
		expect(text).toContain('2|Sở Tài chính|Nhiệm vụ 2.b (Sơ kết): Góp ý: Bổ sung sản phẩm|Tiếp thu.');
		expect(xml).toContain('Times New Roman');
	});

	it('says how many units were asked and answered, who agreed, and who has not answered', () => {
		expect(summaryLead(summary)).toBe(
			'Ngày 01/12/2026, Ủy ban nhân dân tỉnh Quảng Bình gửi dự thảo xin ý kiến 3 cơ quan, đơn vị (hạn 15/12/2026); ' +
				'đã nhận được ý kiến của 2 cơ quan, đơn vị, trong đó 1 cơ quan, đơn vị nhất trí với dự thảo; chưa có ý kiến: Sở Nội vụ.'
		);
	});
});
