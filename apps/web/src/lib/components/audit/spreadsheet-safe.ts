/**
 * A cell that a spreadsheet program would run as a formula (=, +, @, or - before a non-space: CSV
 * injection) gets a leading apostrophe, so it opens as the text it is. List dashes ("- Tuyên truyền") stay.
 */
export function spreadsheetSafe(text: string): string {
	return /^[=+@\t\r]|^-(?!\s)/.test(text) ? `'${text}` : text;
}
