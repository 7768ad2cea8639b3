/** A CSV cell: text, a number, or empty. */
export type CsvCell = string | number | null | undefined;

const BOM = '\ufeff';

/** One RFC 4180 field: quoted when it holds a comma, a quote, a line break or edge spaces; quotes doubled. */
export function csvField(value: CsvCell): string {
	if (value === null || value === undefined) return '';
	const text = typeof value === 'number' ? String(value) : value;
	return /[",\r\n]|^\s|\s$/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Rows as RFC 4180 CSV: CRLF line ends, and a UTF-8 byte order mark first (on by default) so that Excel
 * reads Vietnamese text as UTF-8 rather than the system code page.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: { bom?: boolean } = {}): string {
	const body = rows.map((row) => row.map(csvField).join(',')).join('\r\n');
	return `${options.bom === false ? '' : BOM}${body}\r\n`;
}
