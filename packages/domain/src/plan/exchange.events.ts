import type { EdxmlStatusCode } from '../edxml/model.ts';

/**
 * Events of a plan's exchange with the e-office systems (edXML, QCVN 102:2016): its issued package queued,
 * delivered or not, and the status messages its recipients' systems sent back. They change nothing the plan
 * says; the cascade shows the recipients' state from them. `actor` is the person who asked (queueing), or
 * only the unit concerned when a system did it (delivery: the owner unit; a status: the recipient).
 */
interface ExchangeEventBase<T extends string, D> {
	type: T;
	planId: string;
	actor: { userId: string | null; unitId: string | null };
	/** ISO instant */
	at: string;
	data: D;
}

/** A recipient of a package: its unit and code. */
export interface ExchangeRecipient {
	unitId: string;
	organId: string;
}

/** The issued plan's package was written and queued for delivery to these recipients. */
export type EdxmlPackageQueued = ExchangeEventBase<
	'EdxmlPackageQueued',
	{ packageId: string; documentId: string; recipients: ExchangeRecipient[]; withoutCode: string[] }
>;
/** The package was delivered (written to the outbound folder or accepted by the gateway). */
export type EdxmlPackageSent = ExchangeEventBase<
	'EdxmlPackageSent',
	{ packageId: string; attempt: number; destination: 'folder' | 'gateway' }
>;
/** A delivery attempt failed; `retryAt` is when the queue tries again (null: it gave up). */
export type EdxmlPackageFailed = ExchangeEventBase<
	'EdxmlPackageFailed',
	{ packageId: string; attempt: number; error: string; retryAt: string | null }
>;
/** A recipient's system reported what happened to the package (received, accepted, … done). */
export type EdxmlStatusReceived = ExchangeEventBase<
	'EdxmlStatusReceived',
	{
		packageId: string;
		organId: string;
		unitId: string | null;
		statusCode: EdxmlStatusCode;
		description: string;
		/** When the recipient's system says it happened (ISO instant or its text). */
		reportedAt: string;
		staff: string;
	}
>;

export type ExchangeEvent = EdxmlPackageQueued | EdxmlPackageSent | EdxmlPackageFailed | EdxmlStatusReceived;

/** The exchange event type names, for validating stored events. */
export const EXCHANGE_EVENT_TYPES = [
	'EdxmlPackageQueued',
	'EdxmlPackageSent',
	'EdxmlPackageFailed',
	'EdxmlStatusReceived'
] as const satisfies ReadonlyArray<ExchangeEvent['type']>;
