import { parseSignatureLine } from '../directive/directive.ts';
import { parseVietnameseDate } from '../time/dates.ts';
import type { DeadlineContext } from './deadline-text.ts';
import { PLACE_DATE, readHeader, type HeaderLine } from './header.ts';
import { readMarker } from './outline.ts';
import { cleanText, fold, isCapitals } from './text.ts';
import type { ImportBlock, ImportedPlan } from './types.ts';

/** What the header zone gives: the document, the documents it names, the date deadlines count from. */
export interface DocumentRead {
	document: ImportedPlan['document'];
	related: ImportedPlan['related'];
	context: DeadlineContext;
	/** Index of the first block after the header zone (the first numbered heading). */
	headerEnd: number;
}

/**
 * The document's header: the zone before the first numbered heading ('I.', '1.', 'Điều 1.'), a Word
 * header table read column by column; the date from anywhere on the first page when the header lacks
 * it, the year of a blank 'ngày   tháng   năm 2025', and the issuer from the signature ('TM. ỦY BAN
 * NHÂN DÂN') when no header names it.
 */
export function readDocument(blocks: readonly ImportBlock[], lines: readonly string[]): DocumentRead {
	// the header zone ends at the first numbered heading ('I.', '1.', '2.1.')
	const firstHeading = blocks.findIndex((b) => {
		if (b.kind !== 'paragraph') return false;
		const m = readMarker(cleanText(b.text));
		return (
			m !== null &&
			(m.kind === 'article' ||
				m.kind === 'part' ||
				m.kind === 'roman' ||
				m.kind === 'arabic' ||
				m.kind.startsWith('decimal'))
		);
	});
	const headerEnd = firstHeading < 0 ? blocks.length : firstHeading;
	const headerLines: HeaderLine[] = [];
	for (const b of blocks.slice(0, Math.min(headerEnd, 80))) {
		if (b.kind === 'paragraph')
			headerLines.push(...b.text.split('\n').map((t) => ({ text: t, line: b.line })));
		else {
			// a Word header is a two-column table: read each column top to bottom
			const width = Math.max(...b.rows.map((r) => r.length));
			for (let c = 0; c < width; c++) {
				b.rows.forEach((row, r) => {
					for (const t of (row[c]?.text ?? '').split('\n')) headerLines.push({ text: t, line: b.line + r });
				});
			}
		}
	}
	const { document, related } = readHeader(headerLines);
	const context: DeadlineContext = { issued: null };
	const endIndex = blocks.findIndex(
		(b) => b.kind === 'paragraph' && /^noi nhan/.test(fold(cleanText(b.text)))
	);
	const mainBlocks = endIndex < 0 ? blocks : blocks.slice(0, endIndex + 12);
	if (document.date === null) {
		// scanned layouts put 'Hà Nội, ngày …' anywhere on the first page
		for (const b of mainBlocks) {
			const m = b.kind === 'paragraph' ? PLACE_DATE.exec(cleanText(b.text)) : null;
			if (m === null) continue;
			document.place = m[1]?.trim() ?? null;
			document.date = parseVietnameseDate(`${m[2]}/${m[3]}/${m[4]}`);
			break;
		}
	}
	context.issued = document.date;
	// 'ngày   tháng   năm 2025' left blank still dates the plan to its year
	if (context.issued === null) {
		const year = lines.map((l) => /ngày\s+tháng\s+năm\s+(\d{4})/iu.exec(l)).find((m) => m != null)?.[1];
		if (year !== undefined) context.issued = `${year}-01-01`;
	}
	if (document.issuer === null) {
		// no header block: the signature names the body ('TM. ỦY BAN NHÂN DÂN')
		for (const b of mainBlocks) {
			if (b.kind !== 'paragraph') continue;
			const sig = parseSignatureLine(cleanText(b.text));
			if (sig.capacity !== null && isCapitals(sig.body)) {
				document.issuer = sig.body;
				break;
			}
		}
	}
	return { document, related, context, headerEnd };
}
