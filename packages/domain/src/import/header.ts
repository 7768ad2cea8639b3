import { directiveTypeFromName, type DirectiveType } from '../directive/directive-type.ts';
import { findDocumentReferences, parseDocumentNumber } from '../directive/document-number.ts';
import { parseVietnameseDate } from '../time/dates.ts';
import { cleanText, fold, isCapitals } from './text.ts';
import type { ImportedCitation, ImportedDocument, ImportedRelatedDocument } from './types.ts';

/** A line of the header zone with where it came from. */
export interface HeaderLine {
	text: string;
	line: number;
}

/** The national motto and party name lines every header carries. */
export const NATIONAL =
	/^(?:dang cong san viet nam|cong hoa xa hoi chu nghia viet nam|doc lap\s*-\s*tu do\s*-\s*hanh phuc)/;
const NUMBER_LINE = /^so\s*[:.]?\s*\d/;
// the authority that issues a decision, printed under its title
const AUTHORITY_LINE =
	/^(?:chu tich|bo truong|thu truong|thu tuong|giam doc|truong ban) |^(?:uy ban nhan dan|hoi dong nhan dan|ban thuong vu|ban chap hanh) (?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran)\b/;
/** 'Số:      /KH-UBND', 'Số   -KH/HU': a draft or a copy with the number left blank. */
const BLANK_NUMBER = /^số\s*[:.]?\s*(?=[/-]\s*\p{Lu})/iu;
/** '<place>, ngày 05 tháng 9 năm 2024'. */
export const PLACE_DATE = /^(.{2,40}?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
const PREAMBLE = /^(?:thuc hien|can cu|trien khai|de trien khai|tiep tuc thuc hien|nham|de)\b/;
const STOP_TITLE = /^(?:kinh gui|thuc hien|can cu|de |ngay \d|sau |trien khai|nham|tiep tuc|i\.|1\.)/;

function isSkippable(text: string): boolean {
	const f = fold(text);
	return (
		f === '' ||
		NATIONAL.test(f) ||
		/^[*_\-–—=.\s]+$/.test(text) ||
		/^(?:den qua mang|den so\b|so va ky hieu ho so\s*:|chuyen\s*:|ngay\s*:)/.test(f)
	);
}

/** Text of a citation's issuer: 'của Thủ tướng Chính phủ' right after the citation. */
function issuerAfter(text: string, end: number): string | null {
	const m =
		/^\s*,?\s*của\s+(.+?)(?=\s+(?:về|và|thực hiện|triển khai|tại|theo|nhằm|để|ban hành|phê duyệt|quy định|hướng dẫn)\s|\s*[,;:.(“"]|$)/iu.exec(
			text.slice(end)
		);
	return m?.[1]?.trim() ?? null;
}

function citationOf(text: string, ref: ReturnType<typeof findDocumentReferences>[number]): ImportedCitation {
	const issuer = issuerAfter(text, ref.index + ref.raw.length);
	return {
		type: ref.type,
		number: ref.number.number,
		symbol: ref.number.year === null ? ref.number.symbol : `${ref.number.year}/${ref.number.symbol}`,
		date: ref.date,
		issuer,
		text: issuer === null ? ref.raw : `${ref.raw} của ${issuer}`
	};
}

/** Every document a text cites, nested ones included. */
function everyCitationIn(text: string): ImportedCitation[] {
	return findDocumentReferences(text).map((ref) => citationOf(text, ref));
}

function citationsIn(text: string): ImportedCitation[] {
	const refs = findDocumentReferences(text);
	const out: ImportedCitation[] = [];
	let previousEnd = -1;
	for (const ref of refs) {
		const end = ref.index + ref.raw.length;
		if (previousEnd >= 0) {
			// '… của Thủ tướng Chính phủ và Kế hoạch …' lists another; '… về thực hiện Kết luận …' only describes
			const gap = fold(text.slice(previousEnd, ref.index));
			if (!/^(?:,?\s*cua\s+[^,;]*?)?\s*(?:,|;|va|,\s*va)\s*$/.test(gap)) break;
		}
		const issuer = issuerAfter(text, end);
		const cited = issuer === null ? ref.raw : `${ref.raw} của ${issuer}`;
		out.push({
			type: ref.type,
			number: ref.number.number,
			symbol: ref.number.year === null ? ref.number.symbol : `${ref.number.year}/${ref.number.symbol}`,
			date: ref.date,
			issuer,
			text: cited
		});
		previousEnd = end + (issuer === null ? 0 : text.slice(end).indexOf(issuer) + issuer.length);
	}
	return out;
}

const citationKey = (c: ImportedCitation): string => fold(`${c.number ?? ''}|${c.symbol ?? ''}`);

/**
 * The documents a plan implements: the top-level citations of its title first (the primary ones), then
 * those of each 'Thực hiện …'/'Căn cứ …' clause (a ';' starts a new one), each document once. A citation
 * met again keeps the preamble's wording, which is in sentence case where a title is often in capitals.
 */
function implementedDocuments(title: string | null, preambles: readonly string[]): ImportedCitation[] {
	const fromTitle =
		title === null ? [] : citationsIn(title.replace(/^(?:kế hoạch|chương trình|hướng dẫn)\s+/iu, ''));
	const fromPreambles = preambles.flatMap((p) =>
		p
			.split(/;\s+/u)
			.map((clause) => clause.replace(/^(?:và|căn cứ|thực hiện)\s+/iu, ''))
			.flatMap(citationsIn)
	);
	const better = new Map(fromPreambles.map((c) => [citationKey(c), c]));
	// a title in capitals takes the sentence-case wording of the same document cited in the preamble
	for (const c of preambles.flatMap(everyCitationIn))
		if (!better.has(citationKey(c))) better.set(citationKey(c), c);
	const out: ImportedCitation[] = [];
	const seen = new Set<string>();
	for (const c of [...fromTitle, ...fromPreambles]) {
		const key = citationKey(c);
		if (seen.has(key)) continue;
		seen.add(key);
		const preferred = better.get(key);
		out.push(preferred !== undefined && (preferred.date !== null || c.date === null) ? preferred : c);
	}
	return out;
}

function typeLine(text: string): DirectiveType | null {
	if (!isCapitals(text)) return null;
	return directiveTypeFromName(text.replace(/[^\p{L}\s]/gu, ' '));
}

/**
 * Reads the header zone of a plan: issuing body and its parent, 'Số …', place and date, the type word
 * and title, and the documents it implements (from 'Thực hiện …'/'Căn cứ …', else from the title).
 */
export function readHeader(lines: readonly HeaderLine[]): {
	document: ImportedDocument;
	related: ImportedRelatedDocument[];
} {
	const texts = lines.map((l) => ({ ...l, text: cleanText(l.text) })).filter((l) => !isSkippable(l.text));
	const doc: ImportedDocument = {
		type: null,
		number: null,
		symbol: null,
		issuer: null,
		parentIssuer: null,
		place: null,
		date: null,
		title: null,
		implements: [],
		style: null
	};
	const related: ImportedRelatedDocument[] = [];
	let numberIndex = -1;
	let typeIndex = -1;
	let numberType: DirectiveType | null = null;
	const issuerLines: string[] = [];
	texts.forEach((l, i) => {
		const f = fold(l.text);
		const blank = numberIndex < 0 ? BLANK_NUMBER.exec(l.text) : null;
		if (NUMBER_LINE.test(f) || blank !== null) {
			const written = blank === null ? l.text : `Số 0${l.text.slice(blank[0].length).replace(/^\/\s*/, '/')}`;
			const n = parseDocumentNumber(written.replace(/\s+(?:ngày|v\/v|về)\b.*$/iu, ''));
			if (n === null || n.symbol === '') return;
			if (numberIndex < 0) {
				numberIndex = i;
				doc.number = blank === null ? n.number : null;
				doc.symbol = n.year === null ? n.symbol : `${n.year}/${n.symbol}`;
				doc.style = n.style;
				numberType = n.type;
			} else {
				related.push({
					type: n.type,
					number: n.number,
					symbol: n.symbol,
					issuer: null,
					date: null,
					line: l.line,
					relation: n.type === 'BS' || n.type === 'SY' || n.type === 'SL' ? 'copies' : 'included'
				});
			}
			return;
		}
		const pd = PLACE_DATE.exec(l.text);
		if (pd !== null) {
			const date = parseVietnameseDate(`${pd[2]}/${pd[3]}/${pd[4]}`);
			if (doc.date === null) {
				doc.place = pd[1]?.trim() ?? null;
				doc.date = date;
			} else {
				const last = related.at(-1);
				if (last !== undefined && last.date === null) last.date = date;
			}
			return;
		}
		if (typeIndex < 0 && typeLine(l.text) !== null && l.text.split(/\s+/).length <= 4) {
			typeIndex = i;
			return;
		}
		if (numberIndex < 0 && typeIndex < 0 && isCapitals(l.text) && l.text.length <= 80)
			issuerLines.push(l.text);
	});
	const style = lines.some((l) => /^cong hoa xa hoi chu nghia/.test(fold(l.text)))
		? 'state'
		: lines.some((l) => /^dang cong san viet nam/.test(fold(l.text)))
			? 'party'
			: doc.style;
	doc.style = style;
	// '**ĐẢNG BỘ TỈNH LONG AN\nHUYỆN ỦY CẦN ĐƯỚC**': the last capital line issues, the one above is its parent
	const issuers: string[] = [];
	for (const t of issuerLines.flatMap((x) => x.split('\n')).map((x) => x.trim())) {
		if (t === '') continue;
		// 'ỦY BAN NHÂN DÂN' / 'TỈNH HÀ TĨNH' is one name over two lines
		const previous = fold(issuers.at(-1) ?? '');
		const place = /^(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran)\s(?!uy\b)/;
		if (
			issuers.length > 0 &&
			place.test(fold(t)) &&
			!/\b(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong)\s/.test(previous)
		) {
			issuers[issuers.length - 1] += ` ${t}`;
		} else issuers.push(t);
	}
	doc.issuer = issuers.at(-1) ?? null;
	doc.parentIssuer = issuers.length >= 2 ? (issuers.at(-2) ?? null) : null;
	// 'ĐẢNG BỘ TỈNH BẮC GIANG' / 'BAN CHẤP HÀNH': a body named only by its kind belongs to the one above
	if (
		doc.issuer !== null &&
		doc.parentIssuer !== null &&
		/^(?:ban chap hanh|ban thuong vu|thuong truc)$/.test(fold(doc.issuer)) &&
		/^dang bo\s/.test(fold(doc.parentIssuer))
	) {
		doc.issuer = `${doc.issuer} ${doc.parentIssuer}`;
	}

	const declared = typeIndex >= 0 ? typeLine(texts[typeIndex]?.text ?? '') : null;
	doc.type = numberType ?? declared;
	// a letter's 'V/v …' subject wins over the type word of a document bound in after it
	const subjectIndex = texts.findIndex((l) => /^(?:v\/v|ve)\s/.test(fold(l.text)));
	if (declared !== null && numberType !== null && declared !== numberType && subjectIndex >= 0)
		typeIndex = -1;

	// title: capital lines after the type word, or the 'V/v …' / 'Về …' subject of a letter
	const titleParts: string[] = [];
	const afterType = texts[typeIndex + 1];
	if (
		typeIndex >= 0 &&
		afterType !== undefined &&
		!isCapitals(afterType.text) &&
		!afterType.text.endsWith(':')
	) {
		// 'KẾ HOẠCH' then a sentence-case title: 'Thực hiện Nghị quyết số 57-NQ/TW … năm 2025'
		if (afterType.text.length <= 700 && !PLACE_DATE.test(afterType.text)) titleParts.push(afterType.text);
		// a title wrapped over lines goes on in lower case: '… Kết luận số 69-KL/TW' / 'của Bộ Chính trị …'
		for (const l of texts.slice(typeIndex + 2)) {
			if (titleParts.length === 0 || !/^\p{Ll}/u.test(l.text) || l.text.endsWith(':')) break;
			titleParts.push(l.text);
		}
	} else if (typeIndex >= 0) {
		for (const l of texts.slice(typeIndex + 1)) {
			const f = fold(l.text);
			const capitals = isCapitals(l.text);
			if ((!capitals && STOP_TITLE.test(f)) || PLACE_DATE.test(l.text) || NUMBER_LINE.test(f)) break;
			// a decision's authority line under its title: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH', 'BỘ TRƯỞNG BỘ …'
			if (titleParts.length > 0 && AUTHORITY_LINE.test(f)) break;
			if (!capitals && titleParts.length > 0 && !/^(?:ve|cua)\b/.test(f)) break;
			titleParts.push(l.text);
			if (titleParts.join(' ').length > 600) break;
		}
	}
	if (titleParts.length === 0) {
		const start = texts.findIndex((l) => /^(?:v\/v|ve)\s/.test(fold(l.text)));
		if (start >= 0) {
			for (const l of texts.slice(start)) {
				const f = fold(l.text);
				const stop = /^(?:kinh gui|thuc hien|can cu|so\b)/.test(f) || NATIONAL.test(f);
				if (
					l !== texts[start] &&
					(stop || PLACE_DATE.test(l.text) || isCapitals(l.text) || l.text.length > 120)
				) {
					break;
				}
				titleParts.push(l.text);
				if (titleParts.length >= 6) break;
			}
		}
	}
	doc.title =
		titleParts.length === 0
			? null
			: titleParts
					.join(' ')
					.replace(/^V\/v\s+/iu, '')
					.trim();

	// 'Thực hiện …'/'Căn cứ …' paragraphs count only before the text proper starts
	const firstProse = texts.findIndex((l) => l.text.length > 200 && !PREAMBLE.test(fold(l.text)));
	const preambles = texts.filter(
		(l, i) =>
			(firstProse < 0 || i < firstProse) &&
			l.text !== doc.title &&
			!isCapitals(l.text) &&
			PREAMBLE.test(fold(l.text)) &&
			findDocumentReferences(l.text).length > 0
	);
	// a news item or a page without number and type implements nothing, whatever it mentions
	const isDocument = doc.type !== null || doc.number !== null;
	if (isDocument)
		doc.implements = implementedDocuments(
			doc.title,
			preambles.slice(0, 3).map((p) => p.text)
		);
	return { document: doc, related };
}
