import {
	AlignmentType,
	BorderStyle,
	Document,
	Header,
	Packer,
	PageNumber,
	PageOrientation,
	Paragraph,
	Table,
	TableBorders,
	TableCell,
	TableLayoutType,
	TableRow,
	TextRun,
	WidthType,
	type INumberingOptions,
	type ISectionOptions,
	type IStylesOptions
} from 'docx';
import { formatSignerCapacity, placeDateLine as datedPlaceLine } from '@trienkhai/domain';
import type { OfficialHeading, OfficialLayout, OfficialSigner } from './official-document.ts';

/** Millimetres to twips, rounded up so a margin is never below the regulation's minimum. */
export function mm(millimetres: number): number {
	return Math.ceil((millimetres / 25.4) * 1440);
}

/** Nghị định 30/2020, Phụ lục I: A4, margins top 20, bottom 20, left 30, right 15 mm. */
export const PAGE = {
	width: 11906,
	height: 16838,
	margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) }
} as const;

/** Font sizes in half-points, as Word stores them. */
export const SIZE = {
	body: 28,
	header: 26,
	motto: 28,
	recipients: 24,
	recipientLines: 22,
	table: 24
} as const;

export const FONT = 'Times New Roman';

/** Document defaults: Times New Roman 14 pt, justified body. */
export const STYLES: IStylesOptions = {
	default: {
		document: {
			run: { font: FONT, size: SIZE.body },
			paragraph: { spacing: { after: 120, line: 276 } }
		}
	}
};

const NO_BORDERS = TableBorders.NONE;

/** Usable width of the portrait and the landscape page, in twips. */
export const TEXT_WIDTH = {
	portrait: PAGE.width - PAGE.margin.left - PAGE.margin.right,
	landscape: PAGE.height - PAGE.margin.left - PAGE.margin.right
} as const;

interface RunStyle {
	bold?: boolean;
	italics?: boolean;
	underline?: boolean;
	size?: number;
}

/** One run in the official font. */
export function run(text: string, style: RunStyle = {}): TextRun {
	return new TextRun({
		text,
		font: FONT,
		bold: style.bold,
		italics: style.italics,
		underline: style.underline ? {} : undefined,
		size: style.size
	});
}

/** A centred line. */
export function centred(text: string, style: RunStyle = {}, spacingAfter = 0): Paragraph {
	return new Paragraph({
		alignment: AlignmentType.CENTER,
		spacing: { after: spacingAfter },
		children: [run(text, style)]
	});
}

/** A short centred rule: an empty paragraph with a bottom border, narrowed by indents. */
export function rule(widthTwips: number, columnTwips: number): Paragraph {
	const side = Math.max(0, Math.round((columnTwips - widthTwips) / 2));
	return new Paragraph({
		spacing: { after: 0 },
		indent: { left: side, right: side },
		border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
		children: []
	});
}

/** A body paragraph: justified, first line indented 1 cm. */
export function bodyParagraph(text: string, style: RunStyle = {}): Paragraph {
	return new Paragraph({
		alignment: AlignmentType.JUSTIFIED,
		indent: { firstLine: mm(10) },
		children: [run(text, style)]
	});
}

function cell(children: Paragraph[], widthTwips: number): TableCell {
	return new TableCell({ borders: NO_BORDERS, width: { size: widthTwips, type: WidthType.DXA }, children });
}

const LEFT_COLUMN = mm(62);
const RIGHT_COLUMN = TEXT_WIDTH.portrait - LEFT_COLUMN;

/** The number line: state 'Số: 12/KH-UBND', party 'Số 156-KH/TU'; a draft leaves the number blank. */
export function numberLine(layout: OfficialLayout, number: string | null, symbol: string): string {
	const n = number ?? '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0';
	return layout === 'state' ? `Số: ${n}/${symbol}` : `Số ${n}-${symbol}`;
}

/** The date line: 'Quảng Bình, ngày 01 tháng 8 năm 2024'; a draft leaves day and month blank. */
export function placeDateLine(place: string, date: string | null, draftYear: number): string {
	const blank = '\u00a0\u00a0\u00a0\u00a0\u00a0';
	if (date === null) return `${place}, ngày${blank}tháng${blank}năm ${draftYear}`;
	return datedPlaceLine(place, date);
}

/**
 * The header table without borders: issuing body (and its parent) on the left, the national name and motto
 * (state) or 'ĐẢNG CỘNG SẢN VIỆT NAM' (party) on the right; second row the number and the place and date.
 */
export function headerTable(heading: OfficialHeading, draftYear: number): Table {
	const { issuer } = heading;
	const left: Paragraph[] = [];
	const right: Paragraph[] = [];
	if (issuer.kind === 'state') {
		if (issuer.parentName) left.push(centred(issuer.parentName.toUpperCase(), { size: SIZE.header }));
		left.push(
			centred(issuer.name.toUpperCase(), { bold: true, size: SIZE.header }),
			rule(mm(20), LEFT_COLUMN)
		);
		right.push(
			centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: SIZE.header }),
			centred('Độc lập - Tự do - Hạnh phúc', { bold: true, size: SIZE.motto }),
			rule(mm(60), RIGHT_COLUMN)
		);
	} else {
		if (issuer.parentName) left.push(centred(issuer.parentName.toUpperCase(), { size: SIZE.header }));
		left.push(centred(issuer.name.toUpperCase(), { bold: true, size: SIZE.header }), centred('*'));
		right.push(centred('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, underline: true, size: 30 }));
	}
	const numberCell = [
		centred(numberLine(issuer.kind, heading.number, heading.symbol), { size: SIZE.header })
	];
	const dateCell = [
		centred(placeDateLine(heading.place, heading.date, draftYear), { italics: true, size: SIZE.body })
	];
	return new Table({
		borders: NO_BORDERS,
		layout: TableLayoutType.FIXED,
		width: { size: TEXT_WIDTH.portrait, type: WidthType.DXA },
		columnWidths: [LEFT_COLUMN, RIGHT_COLUMN],
		rows: [
			new TableRow({ children: [cell(left, LEFT_COLUMN), cell(right, RIGHT_COLUMN)] }),
			new TableRow({
				children: [
					cell(numberCell, LEFT_COLUMN),
					cell([new Paragraph({ spacing: { before: 120 }, children: [] }), ...dateCell], RIGHT_COLUMN)
				]
			})
		]
	});
}

/** The document type and its subject: 'KẾ HOẠCH' then the trích yếu in bold, a short rule under them. */
export function titleBlock(documentType: string, subject: string[]): Paragraph[] {
	return [
		new Paragraph({
			spacing: { before: 360, after: 0 },
			alignment: AlignmentType.CENTER,
			children: [run(documentType.toUpperCase(), { bold: true })]
		}),
		...subject.map((line) => centred(line, { bold: true })),
		rule(mm(30), TEXT_WIDTH.portrait),
		new Paragraph({ spacing: { after: 120 }, children: [] })
	];
}

/** The lines of the signature block, e.g. ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']. */
export function signatureLines(layout: OfficialLayout, signer: OfficialSigner): string[] {
	if (signer.lines && signer.lines.length > 0) return signer.lines;
	const title = signer.title.toUpperCase();
	const collective = signer.collective.toUpperCase();
	const capacity = signer.capacity === null ? null : formatSignerCapacity(signer.capacity, layout);
	switch (capacity) {
		case null:
			return [title];
		case 'TM.':
		case 'T/M': {
			// signing for the collective as a deputy: KT. (K/T) the head, then the deputy's own title
			const deputy = /^PHÓ\s/u.exec(title);
			if (deputy) {
				const head = title.replace(/^PHÓ\s+/u, '');
				const kt = layout === 'state' ? 'KT.' : 'K/T';
				return [`${capacity} ${collective}`, `${kt} ${head}`, title];
			}
			return [`${capacity} ${collective}`, title];
		}
		case 'KT.':
		case 'K/T':
		case 'TL.':
		case 'T/L':
			return [`${capacity} ${collective}`, title];
		default: {
			const unreachable: never = capacity;
			throw new Error(`unknown capacity ${String(unreachable)}`);
		}
	}
}

/** Recipient lines: '- X;' each, '- Lưu: VT, ….' last. */
export function recipientLines(recipients: string[]): string[] {
	const list = recipients.length > 0 ? recipients : ['Như trên', 'Lưu: VT'];
	return list.map((r, i) => `- ${r.replace(/[;.]+$/u, '')}${i === list.length - 1 ? '.' : ';'}`);
}

/** 'Nơi nhận:' (12 pt bold italic, 11 pt lines) beside the signature block, in a borderless table. */
export function closingTable(heading: OfficialHeading): Table {
	const half = Math.round(TEXT_WIDTH.portrait / 2);
	const recipients = [
		new Paragraph({
			spacing: { after: 0 },
			children: [run('Nơi nhận:', { bold: true, italics: true, size: SIZE.recipients })]
		}),
		...recipientLines(heading.recipients).map(
			(line) => new Paragraph({ spacing: { after: 0 }, children: [run(line, { size: SIZE.recipientLines })] })
		)
	];
	const signature = [
		...signatureLines(heading.issuer.kind, heading.signer).map((line) => centred(line, { bold: true })),
		// room for the signature and the seal
		...Array.from({ length: 4 }, () => new Paragraph({ spacing: { after: 0 }, children: [] })),
		centred(heading.signer.name, { bold: true })
	];
	return new Table({
		borders: NO_BORDERS,
		layout: TableLayoutType.FIXED,
		width: { size: TEXT_WIDTH.portrait, type: WidthType.DXA },
		columnWidths: [half, TEXT_WIDTH.portrait - half],
		rows: [
			new TableRow({
				cantSplit: true,
				children: [cell(recipients, half), cell(signature, TEXT_WIDTH.portrait - half)]
			})
		]
	});
}

/** Page number at the top centre; page 1 takes the empty first-page header (titlePage). */
export function pageNumberHeaders(): NonNullable<ISectionOptions['headers']> {
	return {
		default: new Header({
			children: [
				new Paragraph({
					alignment: AlignmentType.CENTER,
					children: [new TextRun({ font: FONT, size: SIZE.header, children: [PageNumber.CURRENT] })]
				})
			]
		}),
		first: new Header({ children: [new Paragraph({ children: [] })] })
	};
}

/** Section properties of the portrait first section (different first page) and of the landscape appendix. */
export function pageProperties(
	orientation: 'portrait' | 'landscape'
): NonNullable<ISectionOptions['properties']> {
	return {
		titlePage: orientation === 'portrait',
		page: {
			size: {
				width: PAGE.width,
				height: PAGE.height,
				orientation: orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE
			},
			margin: PAGE.margin
		}
	};
}

/** A full-width bordered table cell for appendix tables. */
export function gridCell(
	paragraphs: Paragraph[],
	widthTwips: number,
	options: { columnSpan?: number; shade?: boolean } = {}
): TableCell {
	return new TableCell({
		width: { size: widthTwips, type: WidthType.DXA },
		columnSpan: options.columnSpan,
		shading: options.shade ? { fill: 'E7EEF7' } : undefined,
		margins: { left: 80, right: 80, top: 40, bottom: 40 },
		children: paragraphs
	});
}

/** A paragraph in a table cell: 12 pt, left or centred. */
export function cellText(text: string, style: RunStyle & { centre?: boolean } = {}): Paragraph {
	return new Paragraph({
		spacing: { after: 0 },
		alignment: style.centre ? AlignmentType.CENTER : AlignmentType.LEFT,
		children: [run(text, { size: SIZE.table, ...style })]
	});
}

/** An appendix table of fixed column widths (twips), as wide as its columns together. */
export function fixedTable(widths: number[], rows: TableRow[]): Table {
	return new Table({
		layout: TableLayoutType.FIXED,
		width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
		columnWidths: widths,
		rows
	});
}

/** What an official document with an appendix holds, between the layout's fixed parts. */
export interface OfficialDocxContent {
	heading: OfficialHeading;
	draftYear: number;
	/** The document's metadata title. */
	title: string;
	/** The type name of the title block, e.g. 'Kế hoạch', 'Báo cáo'. */
	documentType: string;
	subject: string[];
	body: Paragraph[];
	/** The landscape appendix: its heading lines and table. */
	appendix: Array<Paragraph | Table>;
	/** Numbering definitions the body's list paragraphs refer to. */
	numbering?: INumberingOptions['config'];
}

/**
 * An official document as DOCX: a portrait section with the header table, title block, body and closing
 * (signature and recipients), then a landscape appendix section with the page numbers continued.
 */
export async function renderOfficialDocx(content: OfficialDocxContent): Promise<Uint8Array> {
	const document = new Document({
		creator: 'Triển Khai',
		title: content.title,
		styles: STYLES,
		...(content.numbering ? { numbering: { config: content.numbering } } : {}),
		sections: [
			{
				properties: pageProperties('portrait'),
				headers: pageNumberHeaders(),
				children: [
					headerTable(content.heading, content.draftYear),
					...titleBlock(content.documentType, content.subject),
					...content.body,
					new Paragraph({ children: [] }),
					closingTable(content.heading)
				]
			},
			{
				properties: pageProperties('landscape'),
				headers: { default: pageNumberHeaders().default },
				children: content.appendix
			}
		]
	});
	return new Uint8Array(await Packer.toBuffer(document));
}
