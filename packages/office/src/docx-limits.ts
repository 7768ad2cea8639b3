/** What a `.docx` may hold before the reader gives up: the bounds that stop zip bombs and huge documents. */
export interface DocxLimits {
	/** Files in the zip package (a Word document has a few dozen). */
	maxEntries: number;
	/** Bytes one XML part (word/document.xml, word/numbering.xml) may inflate to. */
	maxXmlBytes: number;
	/** Paragraphs in the body (a long plan has a few thousand). */
	maxParagraphs: number;
}

export const defaultDocxLimits: DocxLimits = {
	maxEntries: 1000,
	maxXmlBytes: 16 * 1024 * 1024,
	maxParagraphs: 50_000
};

/** Why a `.docx` could not be read; the web app words each in Vietnamese. */
export type DocxProblem =
	'not-docx' | 'no-body' | 'bad-xml' | 'too-many-entries' | 'too-large-inflated' | 'too-many-paragraphs';

/** Thrown when the bytes are not a Word document the importer can read, or pass one of the limits. */
export class DocxReadError extends Error {
	readonly problem: DocxProblem;

	constructor(problem: DocxProblem, message: string) {
		super(message);
		this.name = 'DocxReadError';
		this.problem = problem;
	}
}
