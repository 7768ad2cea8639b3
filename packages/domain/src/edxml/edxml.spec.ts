import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { edxmlOrgan, type EdxmlPackage, type EdxmlStatusMessage } from './model.ts';
import { EdxmlError, parseEdxml } from './parse.ts';
import { serialiseEdxmlPackage, serialiseEdxmlStatus } from './serialise.ts';
import { validateEdxmlPackage } from './validate.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function parsedPackage(xml: string): EdxmlPackage {
	const message = parseEdxml(xml);
	if (message.kind !== 'package') throw new Error('not a package');
	return message;
}

describe('parseEdxml on a package built from the standard’s field list', () => {
	const pkg = parsedPackage(fixture('field-list-package.edxml'));

	it('reads From and every To with their codes', () => {
		expect(pkg.header.from).toMatchObject({
			organId: '000.00.00.H44',
			organName: 'Ủy ban nhân dân tỉnh Quảng Bình',
			email: 'vanthu@example.gov.vn'
		});
		expect(pkg.header.to.map((t) => [t.organId, t.organName])).toEqual([
			['000.00.15.H44', 'Sở Khoa học và Công nghệ tỉnh Quảng Bình'],
			['000.00.18.H44', 'Sở Thông tin và Truyền thông tỉnh Quảng Bình']
		]);
	});

	it('reads number, notation, place, dates, type, subject (entities decoded), signer and the rest', () => {
		expect(pkg.header).toMatchObject({
			documentId: '000.00.00.H44,2024/05/20,1234/KH-UBND',
			codeNumber: '1234',
			codeNotation: 'KH-UBND',
			place: 'Quảng Bình',
			promulgationDate: '2024-05-20',
			documentType: '1',
			documentTypeName: 'Kế hoạch',
			subject: 'Triển khai thực hiện Kết luận số 69-KL/TW & Nghị quyết 20-NQ/TW',
			signer: { competence: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', fullName: 'Nguyễn Văn A' },
			dueDate: '2024-06-30',
			toPlaces: ['Các sở, ban, ngành cấp tỉnh', 'UBND các huyện, thị xã, thành phố'],
			priority: '1',
			steeringType: '1'
		});
		expect(pkg.header.responseFor).toEqual([
			{
				organId: '000.00.00.T44',
				code: '156-KH/TU',
				promulgationDate: '2024-03-15',
				documentId: '000.00.00.T44,2024/03/15,156-KH/TU'
			}
		]);
	});

	it('reads the trace list as instants (zone-less times are Vietnam time)', () => {
		expect(pkg.traces).toEqual([
			{ organId: '000.00.00.H44', timestamp: '2024-05-20T07:03:00.000Z' },
			{ organId: '000.00.00.G01', timestamp: '2024-05-20T07:03:05.000Z' }
		]);
	});

	it('decodes the attachment (base64 with a line break) and names it from the manifest', () => {
		expect(pkg.attachments).toHaveLength(1);
		const a = pkg.attachments[0];
		expect(a?.name).toBe('1234-KH-UBND.txt');
		expect(a?.contentId).toBe('3f6b1c2a-0000-4000-8000-000000000001');
		expect(new TextDecoder().decode(a?.bytes)).toBe('Kế hoạch triển khai');
	});

	it('finds nothing wrong with its structure', () => {
		expect(validateEdxmlPackage(fixture('field-list-package.edxml'))).toEqual([]);
	});
});

describe('a status message in the SOAP header layout e-office systems send', () => {
	it('reads what it answers, who reports, the status and when', () => {
		const status = parseEdxml(fixture('soap-status.xml'));
		expect(status).toMatchObject({
			kind: 'status',
			statusCode: '03',
			description: 'Đã tiếp nhận',
			timestamp: '2024-05-21T01:15:00.000Z',
			responseFor: { documentId: '000.00.00.H44,2024/05/20,1234/KH-UBND', promulgationDate: '2024-05-20' },
			from: { organId: '000.00.15.H44' },
			staff: { department: 'Văn thư', staff: 'Trần Thị B' }
		});
	});
});

describe('serialise → parse', () => {
	const bytes = new Uint8Array(70_000).map((_, i) => (i * 7919) % 256);
	const pkg: EdxmlPackage = {
		kind: 'package',
		header: {
			from: edxmlOrgan('000.00.00.T41', 'Tỉnh ủy Long An'),
			to: [edxmlOrgan('000.00.10.T41', 'Huyện ủy Cần Đước <Long An>', 'Tỉnh ủy Long An')],
			documentId: '000.00.00.T41,2024/01/22,2241-CV/TU',
			codeNumber: '2241',
			codeNotation: 'CV/TU',
			place: 'Long An',
			promulgationDate: '2024-01-22',
			documentType: '2',
			documentTypeName: 'Công văn',
			subject: 'V/v sao gửi Kết luận số 69-KL/TW "khoa học & công nghệ"',
			content: '',
			signer: { competence: 'T/L', position: 'PHÓ CHÁNH VĂN PHÒNG', fullName: 'Huyện Thanh Phong' },
			dueDate: '2024-02-27',
			toPlaces: ['Các đồng chí Tỉnh ủy viên'],
			priority: '0',
			steeringType: '0',
			responseFor: []
		},
		traces: [{ organId: '000.00.00.T41', timestamp: '2024-01-23T02:58:47.000Z' }],
		attachments: [
			{
				contentId: 'c-1',
				name: '2241-CV-TU.docx',
				contentType: 'application/octet-stream',
				description: 'Văn bản',
				bytes
			}
		]
	};

	it('gives back the same message, attachment bytes included, and a structure without problems', () => {
		const xml = serialiseEdxmlPackage(pkg);
		expect(xml).toContain('xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016"');
		expect(xml).toContain('<edXML:CodeNotation>CV/TU</edXML:CodeNotation>');
		expect(parsedPackage(xml)).toEqual(pkg);
		expect(validateEdxmlPackage(xml)).toEqual([]);
	});

	it('does the same for a status message', () => {
		const status: EdxmlStatusMessage = {
			kind: 'status',
			responseFor: {
				organId: '000.00.00.T41',
				code: '2241-CV/TU',
				promulgationDate: '2024-01-22',
				documentId: 'x'
			},
			from: edxmlOrgan('000.00.10.T41', 'Huyện ủy Cần Đước'),
			statusCode: '06',
			description: 'Hoàn thành',
			timestamp: '2024-02-01T03:00:00.000Z',
			staff: { department: 'Văn phòng', staff: 'Nguyễn Hữu Đức' }
		};
		expect(parseEdxml(serialiseEdxmlStatus(status))).toEqual(status);
	});
});

describe('what is refused and what the structure check names', () => {
	const good = fixture('field-list-package.edxml');
	const code = (xml: string) => {
		try {
			parseEdxml(xml);
			return null;
		} catch (error) {
			return error instanceof EdxmlError ? error.code : 'other';
		}
	};

	it('refuses text that is not XML, XML that is not edXML, bad base64 and unknown status codes', () => {
		expect(code('Số 2241-CV/TU')).toBe('not_xml');
		expect(code('<a><b>unclosed</a>')).toBe('not_xml');
		expect(code('<html><body>x</body></html>')).toBe('not_edxml');
		expect(code(good.replace('IHRyaeG7g24ga2hhaQ==', 'IHRya*G7g24ga2hhaQ=='))).toBe('bad_attachment');
		expect(code(fixture('soap-status.xml').replace('>03<', '>99<'))).toBe('bad_status');
		expect(code(good.replace('<edXML:OrganId>000.00.00.H44</edXML:OrganId>', ''))).toBe('missing_field');
	});

	it('names missing recipients, traces and an attachment the manifest does not list', () => {
		const noTo = good.replace(/<edXML:To>[\s\S]*?<\/edXML:To>/g, '');
		expect(validateEdxmlPackage(noTo)).toEqual([{ path: 'MessageHeader/To', problem: 'missing' }]);
		const noTrace = good.replace(/<edXML:TraceHeader>[\s\S]*?<\/edXML:TraceHeader>/g, '');
		expect(validateEdxmlPackage(noTrace)).toEqual([
			{ path: 'TraceHeaderList/TraceHeader', problem: 'missing' }
		]);
		const orphan = good.replace('<ContentId>3f6b1c2a', '<ContentId>ffffffff');
		expect(validateEdxmlPackage(orphan).map((p) => p.path)).toEqual([
			'AttachmentEncoded/Attachment[1]/ContentId',
			'edXMLManifest/Reference[1]'
		]);
		expect(
			validateEdxmlPackage(
				good.replace('2024/05/20</edXML:PromulgationDate>', '20/13/2024</edXML:PromulgationDate>')
			)
		).toEqual([{ path: 'MessageHeader/PromulgationInfo/PromulgationDate', problem: 'invalid' }]);
	});
});
