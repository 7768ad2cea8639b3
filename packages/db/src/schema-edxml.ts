import type { ColumnType } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json<T> = ColumnType<T, string, string>;

/** What an imported edXML package said about the registry entry it became (header and trace list). */
export interface EdxmlDocumentTable {
	directive_id: string;
	/** The package's DocumentId. */
	document_id: string;
	header: Json<unknown>;
	traces: Json<Array<{ organId: string; timestamp: string }>>;
	created_at: CreatedAt;
}

/** A recipient of an outgoing package: its unit and code. */
export interface EdxmlRecipient {
	unitId: string;
	organId: string;
	name: string;
}

/** An outgoing package of an issued plan, waiting in the retry queue or done with. */
export interface EdxmlOutboxTable {
	id: string;
	plan_id: string;
	/** The package's DocumentId, which status messages answer with. */
	document_id: string;
	file_name: string;
	xml: string;
	recipients: Json<EdxmlRecipient[]>;
	state: 'pending' | 'sent' | 'failed';
	attempts: ColumnType<number, number | undefined, number>;
	next_attempt_at: ColumnType<Date, Date | string | undefined, Date | string>;
	last_error: string | null;
	created_at: CreatedAt;
	sent_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}
