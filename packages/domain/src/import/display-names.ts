import { fold, isCapitals } from './text.ts';

// bodies and words written with capitals in running text
const PROPER = [
	'Bộ Chính trị',
	'Ban Bí thư',
	'Ban Chấp hành Trung ương',
	'Thủ tướng Chính phủ',
	'Chính phủ',
	'Quốc hội',
	'Mặt trận Tổ quốc Việt Nam',
	'Ủy ban nhân dân',
	'Hội đồng nhân dân',
	'Đảng',
	'Nhân dân',
	'Trung ương',
	'Việt Nam',
	'Hồ Chí Minh'
];
const DOCUMENT_TYPE =
	/(^|\s)(nghị quyết|quyết định|chỉ thị|kết luận|kế hoạch|nghị định|thông tư|luật|chương trình|đề án|quy định)(?=\s+(?:số\s|\d))/gu;
const LEVEL =
	/(^|\s)(tỉnh ủy|thành ủy|huyện ủy|đảng ủy|tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)\s+(.+)$/u;
const FIRST_OF_NAME = /(^|\s)(bộ|sở|ban|cục|vụ|viện|văn phòng|công an|ủy ban|hội)\s+(\S)/gu;

const upperFirst = (text: string): string => text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
const words = (text: string): string =>
	text.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, c: string) => space + c.toUpperCase());

/** Writes each given name as given wherever it stands, folded, in the text. */
function restore(text: string, names: readonly string[]): string {
	let out = text;
	for (const name of names) {
		const at = fold(out).indexOf(fold(name));
		if (name.trim() === '' || at < 0 || fold(out).length !== out.length) continue;
		out = out.slice(0, at) + name + out.slice(at + name.length);
	}
	return out;
}

/**
 * A title printed in capitals ('THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW CỦA BỘ CHÍNH TRỊ') in sentence case ('Thực hiện
 * Nghị quyết số 57-NQ/TW của Bộ Chính trị'): document numbers as printed ('1237/QĐ-TTg'), a document type before
 * its number, the usual proper names and the given ones (the place, the issuer) capitalised. A title already
 * in sentence case comes back as it is.
 */
export function titleInSentenceCase(title: string, names: readonly string[] = []): string {
	if (!isCapitals(title)) return title;
	const tokens = title
		.split(/(\s+)/u)
		.map((t) => (/\d/.test(t) && /[/-]/.test(t) ? t.replace(/TTG\b/u, 'TTg') : t.toLocaleLowerCase('vi')));
	let out = upperFirst(tokens.join(''));
	out = out.replace(DOCUMENT_TYPE, (_, space: string, type: string) => space + upperFirst(type));
	return restore(out, [...PROPER, ...names]);
}

/**
 * An issuer printed in capitals ('ỦY BAN NHÂN DÂN TỈNH SƠN LA -------') as a name ('Ủy ban nhân dân tỉnh Sơn
 * La'): the body's first word and the place after its level capitalised, the rule under it dropped. A bare
 * kind ('ỦY BAN NHÂN DÂN') takes its level and place from a line of the document that names it in full.
 */
export function issuerFullName(issuer: string, lines: readonly string[] = []): string {
	let name = issuer.replace(/[\s\-–—_]+$/u, '').trim();
	const lower = (t: string): string => t.toLocaleLowerCase('vi');
	if (!LEVEL.test(lower(name))) {
		const bare = lower(name);
		const full = lines
			.map((l) => l.replace(/[\s\-–—_]+$/u, '').trim())
			.find(
				(l) => isCapitals(l) && lower(l).startsWith(`${bare} `) && LEVEL.test(lower(l).slice(bare.length))
			);
		if (full !== undefined) name = full;
	}
	if (!isCapitals(name)) return name;
	const level = LEVEL.exec(lower(name));
	let out = lower(name).replace(FIRST_OF_NAME, (m: string, space: string, kind: string, c: string) =>
		kind === 'ủy ban' || kind === 'hội' ? m : `${space}${kind} ${c.toUpperCase()}`
	);
	out = upperFirst(out);
	if (level?.[3] !== undefined && level[3].split(/\s+/u).length <= 4) {
		const place = words(level[3]);
		out = out.slice(0, out.length - place.length) + place;
	}
	return restore(
		out,
		PROPER.filter((p) => p !== 'Nhân dân')
	);
}
