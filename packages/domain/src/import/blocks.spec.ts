import { describe, expect, it } from 'vitest';
import { reflowPdfText } from './blocks.ts';

const long = (n: number): string =>
	`Dòng thứ ${n} của một đoạn văn bản bị cắt ngang ở bề rộng trang khi sao chép ra khỏi tệp PDF và`;

describe('text copied out of a PDF', () => {
	it('drops a running head beside the page breaks but keeps a list item repeated in the body', () => {
		const lines = [
			'KẾ HOẠCH SỐ 12/KH-UBND',
			long(1),
			long(2),
			long(3),
			'kết thúc.',
			'a) Cơ quan chủ trì',
			'- Ban Chỉ đạo quốc gia.',
			'2',
			'KẾ HOẠCH SỐ 12/KH-UBND',
			long(4),
			long(5),
			long(6),
			'kết thúc.',
			'a) Cơ quan chủ trì',
			'- Ban Chỉ đạo quốc gia.',
			long(7),
			long(8),
			'kết thúc.',
			'3',
			'KẾ HOẠCH SỐ 12/KH-UBND',
			'Đoạn cuối.'
		];
		const out = reflowPdfText(lines).filter((l): l is string => l !== null);
		// the title on the first page stays, its repeats at the top of pages 2 and 3 go
		expect(out.filter((l) => l === 'KẾ HOẠCH SỐ 12/KH-UBND')).toHaveLength(1);
		expect(out).not.toContain('2');
		expect(out.filter((l) => l === '- Ban Chỉ đạo quốc gia.')).toHaveLength(2);
		expect(out.filter((l) => l === 'a) Cơ quan chủ trì')).toHaveLength(2);
		expect(out[1]).toMatch(/^Dòng thứ 1 .* Dòng thứ 2 .* Dòng thứ 3 /);
	});
});
