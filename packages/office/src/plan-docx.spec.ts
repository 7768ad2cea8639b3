import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderPlanDocx } from './plan-docx.ts';
import { samplePlan } from './sample-plan.ts';

async function open(bytes: Uint8Array) {
	const zip = await JSZip.loadAsync(bytes);
	const read = async (name: string): Promise<string> => {
		const file = zip.file(name);
		if (!file) throw new Error(`${name} missing`);
		return file.async('string');
	};
	return { zip, read };
}

/** The visible text of document.xml in order. */
function text(xml: string): string {
	return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

function sections(xml: string): string[] {
	return [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
}

describe('renderPlanDocx, state layout (Nghị định 30/2020)', async () => {
	const { read, zip } = await open(await renderPlanDocx(samplePlan()));
	const document = await read('word/document.xml');
	const styles = await read('word/styles.xml');
	const body = text(document);

	it('sets Times New Roman 14 pt as the default font', () => {
		expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:ascii="Times New Roman"[\s\S]*<w:sz w:val="28"\/>/);
	});

	it('puts the first section on A4 portrait with margins 20/20/30/15 mm and a different first page', () => {
		const [first, second] = sections(document);
		expect(first).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
		expect(first).toMatch(/<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"/);
		expect(first).toContain('<w:titlePg/>');
		expect(second).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
		expect(second).not.toContain('<w:titlePg/>');
	});

	it('numbers pages in a header with a PAGE field, the first page taking an empty header', async () => {
		const [first] = sections(document);
		const firstRef = /<w:headerReference w:type="first" r:id="(rId\d+)"\/>/.exec(first ?? '')?.[1];
		const defaultRef = /<w:headerReference w:type="default" r:id="(rId\d+)"\/>/.exec(first ?? '')?.[1];
		const rels = await read('word/_rels/document.xml.rels');
		const target = (id: string | undefined) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
		const defaultHeader = await read(`word/${target(defaultRef)}`);
		const firstHeader = await read(`word/${target(firstRef)}`);
		expect(defaultHeader).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
		expect(defaultHeader).toContain('<w:jc w:val="center"/>');
		expect(firstHeader).not.toContain('PAGE');
		expect(Object.keys(zip.files).filter((f) => f.startsWith('word/header')).length).toBeGreaterThanOrEqual(
			2
		);
	});

	it('orders header, number, place and date, title, body, ./., recipients and signature, then the appendix', () => {
		const order = [
			'ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH',
			'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
			'Độc lập - Tự do - Hạnh phúc',
			'Số: 1520/KH-UBND',
			'Quảng Bình, ngày 01 tháng 8 năm 2024',
			'KẾ HOẠCH',
			'Triển khai thực hiện Quyết định số 709/QĐ-TTg',
			'Thực hiện Quyết định số 709/QĐ-TTg ngày 23/07/2024 của Thủ tướng Chính phủ; Kế hoạch số 156-KH/TU',
			'I. MỤC ĐÍCH, YÊU CẦU',
			'II. NHIỆM VỤ, GIẢI PHÁP',
			'1. Tăng cường sự lãnh đạo',
			'a) Quán triệt',
			'Cơ quan chủ trì: Sở KH&amp;CN; cơ quan phối hợp: Sở TT&amp;TT; thời gian hoàn thành: Quý III/2024; sản phẩm: Báo cáo.',
			'b) Xây dựng đề án',
			'2. Đổi mới cơ chế',
			'III. TỔ CHỨC THỰC HIỆN',
			'theo dõi, đôn đốc./.',
			'Nơi nhận:',
			'- TT Tỉnh ủy;',
			'- Lưu: VT, KT, TH, NCVX.',
			'TM. ỦY BAN NHÂN DÂN',
			'KT. CHỦ TỊCH',
			'PHÓ CHỦ TỊCH',
			'Hoàng Xuân Tân',
			'PHỤ LỤC',
			'STT',
			'Nội dung nhiệm vụ',
			'Cơ quan chủ trì',
			'Cơ quan phối hợp',
			'Sản phẩm',
			'Thời gian hoàn thành'
		];
		let at = -1;
		for (const piece of order) {
			const next = body.indexOf(piece, at + 1);
			expect(next, piece).toBeGreaterThan(at);
			at = next;
		}
		// the body ends once with ./. (the organisation text's own ./. is not doubled)
		expect(body.match(/\.\/\./g)).toHaveLength(1);
		expect(body).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
		// the appendix table lies in the landscape section: after the first sectPr
		expect(document.indexOf('Thời gian hoàn thành</w:t>')).toBeGreaterThan(document.indexOf('</w:sectPr>'));
	});

	it('writes Nơi nhận in 12 pt bold italic and its lines in 11 pt', () => {
		expect(document).toMatch(
			/<w:rPr>(?=[\s\S]{0,300}<w:b\/>)(?=[\s\S]{0,300}<w:i\/>)(?=[\s\S]{0,300}<w:sz w:val="24"\/>)[\s\S]{0,300}<\/w:rPr><w:t xml:space="preserve">Nơi nhận:<\/w:t>/
		);
		expect(document).toMatch(
			/<w:sz w:val="22"\/>[\s\S]{0,80}<\/w:rPr><w:t xml:space="preserve">- TT Tỉnh ủy;<\/w:t>/
		);
	});

	it('writes the place and date line in italics', () => {
		expect(document).toMatch(
			/<w:i\/>[\s\S]{0,200}<w:t xml:space="preserve">Quảng Bình, ngày 01 tháng 8 năm 2024<\/w:t>/
		);
	});

	it('repeats the appendix header row and spans group rows over the five other columns', () => {
		const appendix = document.slice(document.indexOf('PHỤ LỤC'));
		expect(appendix).toMatch(/<w:trPr>[\s\S]{0,80}<w:tblHeader\/>/);
		expect(appendix).toContain('<w:gridSpan w:val="5"/>');
		expect(appendix).toMatch(/<w:tblBorders>/);
		expect(text(appendix)).toContain('1.bXây dựng đề án');
	});

	it('leaves the number and the day blank in a draft', async () => {
		const { read: readDraft } = await open(
			await renderPlanDocx(samplePlan({ number: null, date: null, draftYear: 2026 }))
		);
		const draft = text(await readDraft('word/document.xml'));
		expect(draft).toMatch(/Số: \u00a0+\/KH-UBND/);
		expect(draft).toMatch(/Quảng Bình, ngày\u00a0+tháng\u00a0+năm 2026/);
	});
});

describe('renderPlanDocx, party layout (Hướng dẫn 36-HD/VPTW)', async () => {
	const plan = samplePlan({
		issuer: { name: 'Ban Tuyên giáo', parentName: 'Tỉnh ủy Quảng Ngãi', kind: 'party' },
		number: '156',
		symbol: 'KH/BTGTU',
		place: 'Quảng Ngãi',
		signer: { capacity: 'TM.', collective: 'Ban Thường vụ', title: 'Phó Bí thư', name: 'Nguyễn Văn A' }
	});
	const { read } = await open(await renderPlanDocx(plan));
	const document = await read('word/document.xml');
	const body = text(document);

	it('writes the party name underlined, the star under the issuer, and "Số 156-KH/BTGTU" without a colon', () => {
		expect(body).toContain('TỈNH ỦY QUẢNG NGÃIBAN TUYÊN GIÁO*');
		expect(document).toMatch(/<w:u w:val="single"\/>[\s\S]{0,200}ĐẢNG CỘNG SẢN VIỆT NAM/);
		expect(body).toContain('Số 156-KH/BTGTU');
		expect(body).not.toContain('Số:');
		expect(body).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
	});

	it('signs T/M and K/T the party way', () => {
		expect(body).toContain('T/M BAN THƯỜNG VỤ');
		expect(body).toContain('K/T BÍ THƯ');
		expect(body).not.toContain('TM. BAN');
	});
});
