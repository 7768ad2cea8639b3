import { readFileSync } from 'node:fs';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { edxmlOrgan, serialiseEdxmlPackage, type EdxmlPackage } from '@trienkhai/domain';

/*
 * Seed 001's copy-down, Long An's 2241-CV/TU, as an e-office system would send it: the letter as a DOCX
 * built from the seed text, in an edXML package whose header says what the letter says, with the demo
 * units' organisation codes. Tests and the end-to-end suite import it.
 */

const SEED_001 = new URL(
	'../../../domain/src/import/fixtures/seeds/001_d0d5ecd0f3562ced.txt',
	import.meta.url
);

/** The lines of 2241-CV/TU in seed 001, from its issuer line to the signer's name (emphasis marks dropped). */
export function seedLetterLines(): string[] {
	const lines = readFileSync(SEED_001, 'utf8').split('\n');
	const start = lines.indexOf('TỈNH ỦY LONG AN');
	const end = lines.indexOf('Huyện Thanh Phong', start);
	if (start < 0 || end < 0) throw new Error('seed 001 no longer holds 2241-CV/TU');
	return lines.slice(start, end + 1).map((l) => l.replace(/\*/g, '').trim());
}

/** A DOCX with one paragraph per line. */
export async function linesDocx(lines: readonly string[]): Promise<Uint8Array> {
	const doc = new Document({
		sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }]
	});
	return new Uint8Array(await Packer.toBuffer(doc));
}

/** The package (model and XML) carrying 2241-CV/TU with its DOCX. */
export async function seedLetterPackage(): Promise<{ pkg: EdxmlPackage; xml: string; docx: Uint8Array }> {
	const docx = await linesDocx(seedLetterLines());
	const pkg: EdxmlPackage = {
		kind: 'package',
		header: {
			from: edxmlOrgan('000.00.00.T41', 'Tỉnh ủy Long An'),
			to: [
				edxmlOrgan('000.00.10.T41', 'Huyện ủy Cần Đước', 'Tỉnh ủy Long An'),
				edxmlOrgan('000.00.02.T41', 'Ban Tuyên giáo Tỉnh ủy Long An', 'Tỉnh ủy Long An'),
				edxmlOrgan('000.00.03.T41', 'Ban cán sự đảng Ủy ban nhân dân tỉnh Long An', 'Tỉnh ủy Long An')
			],
			documentId: '000.00.00.T41,2024/01/22,2241-CV/TU',
			codeNumber: '2241',
			codeNotation: 'CV/TU',
			place: 'Long An',
			promulgationDate: '2024-01-22',
			documentType: '2',
			documentTypeName: 'Công văn',
			subject: 'V/v sao gửi Kết luận số 69-KL/TW của Bộ Chính trị về khoa học và công nghệ',
			content: '',
			signer: { competence: 'T/L', position: 'PHÓ CHÁNH VĂN PHÒNG', fullName: 'Huỳnh Thanh Phong' },
			dueDate: '2024-02-27',
			toPlaces: [
				'Các đồng chí Tỉnh ủy viên',
				'Các huyện, thị, thành ủy, đảng ủy trực thuộc Tỉnh ủy',
				'Các ban, ban cán sự đảng, đảng đoàn'
			],
			priority: '0',
			steeringType: '0',
			responseFor: []
		},
		traces: [{ organId: '000.00.00.T41', timestamp: '2024-01-23T02:58:47.000Z' }],
		attachments: [
			{
				contentId: '2241-cv-tu-1',
				name: '2241-CV-TU.docx',
				contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
				description: 'Công văn 2241-CV/TU',
				bytes: docx
			}
		]
	};
	return { pkg, xml: serialiseEdxmlPackage(pkg), docx };
}
