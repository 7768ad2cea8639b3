import type { Kysely } from 'kysely';
import type { Schema } from '../schema.ts';

/** What an imported package said about a registry entry. */
export interface EdxmlDocumentRecord {
	directiveId: string;
	documentId: string;
	header: unknown;
	traces: Array<{ organId: string; timestamp: string }>;
}

/**
 * Keeps an imported package's header and trace list with the registry entry it became. The first package
 * of a document stays: a document received twice (two recipients' systems) keeps its first trace list.
 */
export async function keepEdxmlDocument(db: Kysely<Schema>, record: EdxmlDocumentRecord): Promise<void> {
	await db
		.insertInto('edxml_documents')
		.values({
			directive_id: record.directiveId,
			document_id: record.documentId,
			header: JSON.stringify(record.header),
			traces: JSON.stringify(record.traces)
		})
		.onConflict((oc) => oc.column('directive_id').doNothing())
		.execute();
}

/** The kept package data of a registry entry, or undefined. */
export async function edxmlDocumentOf(db: Kysely<Schema>, directiveId: string) {
	return db
		.selectFrom('edxml_documents')
		.selectAll()
		.where('directive_id', '=', directiveId)
		.executeTakeFirst();
}
