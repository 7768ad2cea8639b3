import { parseSignatureLine } from '../directive/directive.ts';
import { parseDocumentNumber } from '../directive/document-number.ts';
import { parseVietnameseDate } from '../time/dates.ts';
import { NATIONAL, PLACE_DATE } from './header.ts';
import { cleanText, fold, isCapitals } from './text.ts';
import type { ImportBlock, ImportedPlan } from './types.ts';

/**
 * Further numbered documents bound into the same file: copies ('Số 287-BS/VPTU', 'SAO Y') and originals,
 * each with the issuer in the capital lines above its number and its date.
 */
export function boundDocuments(
	blocks: readonly ImportBlock[],
	document: ImportedPlan['document']
): ImportedPlan['related'] {
	const related: ImportedPlan['related'] = [];
	const seenNumbers = new Set([`${document.number ?? ''}|${document.symbol ?? ''}`]);
	blocks.forEach((b, i) => {
		if (b.kind !== 'paragraph') return;
		const text = cleanText(b.text);
		if (!/^số\s*:?\s*\d/iu.test(text)) return;
		const n = parseDocumentNumber(text);
		if (n === null || n.symbol === '' || seenNumbers.has(`${n.number}|${n.symbol}`)) return;
		seenNumbers.add(`${n.number}|${n.symbol}`);
		const near = blocks
			.slice(Math.max(0, i - 5), i + 14)
			.flatMap((x) => (x.kind === 'paragraph' ? [cleanText(x.text)] : []));
		// the issuer is the run of capital lines right above the number ('TỈNH ỦY LONG AN', 'VĂN PHÒNG')
		const before: string[] = [];
		for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
			const x = blocks[j];
			if (x?.kind !== 'paragraph') break;
			const t = cleanText(x.text);
			if (/^[*\s]*$/.test(t)) continue;
			if (!isCapitals(t) || NATIONAL.test(fold(t)) || parseSignatureLine(t).capacity !== null) break;
			before.unshift(...t.split('\n').map((l) => l.trim()));
		}
		const dateLine = near.map((t) => PLACE_DATE.exec(t)).find((m) => m !== null);
		const copy =
			n.type === 'BS' ||
			n.type === 'SY' ||
			n.type === 'SL' ||
			near.some((t) => /^sao (?:y|luc)\b/.test(fold(t)));
		related.push({
			type: n.type,
			number: n.number,
			symbol: n.year === null ? n.symbol : `${n.year}/${n.symbol}`,
			issuer: before.length === 0 ? null : before.join(' '),
			date: dateLine == null ? null : parseVietnameseDate(`${dateLine[2]}/${dateLine[3]}/${dateLine[4]}`),
			line: b.line,
			relation: copy ? 'copies' : 'included'
		});
	});
	return related;
}
