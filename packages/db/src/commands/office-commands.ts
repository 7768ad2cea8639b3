import {
	DomainError,
	decideOffice,
	localDateOf,
	nextRegisterNumber,
	toEventInput,
	type Actor,
	type OfficeCommand
} from '@trienkhai/domain';
import { sql, type Kysely } from 'kysely';
import type { AppendResult } from '../events/batch.ts';
import type { EventStore } from '../events/event-store.ts';
import { unitDocumentHeading } from '../repositories/exports.ts';
import type { Schema } from '../schema.ts';
import { readOfficeState, unitSigners } from './office-state.ts';

/** Runs an office workflow command (submit, return, approve, receive, assign); throws DomainError when refused. */
export async function executeOfficeCommand(
	store: EventStore,
	command: Exclude<OfficeCommand, { type: 'IssueWithNumber' }>
): Promise<AppendResult | null> {
	const { result } = await store.execute(command.planId, async (plan) => {
		const events = decideOffice(command, await readOfficeState(plan));
		return { events: events.map(toEventInput), value: null };
	});
	return result;
}

/** What the clerk confirms when issuing: the recipients; number, date, place, symbol and signer follow. */
export interface IssueRequest {
	planId: string;
	actor: Actor;
	/** ISO instant: the date of issue is its date in Vietnam. */
	at: string;
	/** A new id for the registry entry the issued document becomes. */
	documentId: string;
	recipientUnitIds: string[];
}

/** What issuing gave: the register's number and the date. */
export interface Issued {
	number: number;
	symbol: string;
	issuedOn: string;
	result: AppendResult | null;
}

/**
 * Locks the register row of (unit, type, year) in the caller's transaction and returns its last number. The
 * row is made on the first document of the year; a concurrent first insert waits on its key, then finds it.
 */
async function lockRegister(trx: Kysely<Schema>, unitId: string, typeCode: string, year: number) {
	await trx
		.insertInto('document_registers')
		.values({ unit_id: unitId, type_code: typeCode, year, last_number: 0 })
		.onConflict((oc) => oc.columns(['unit_id', 'type_code', 'year']).doNothing())
		.execute();
	const row = await sql<{ last_number: number }>`
		select last_number from document_registers
		where unit_id = ${unitId} and type_code = ${typeCode} and year = ${year}
		for update`.execute(trx);
	return row.rows[0]?.last_number ?? 0;
}

/**
 * Issues an approved plan (or amendment) with the next number of its unit's register for plans of that
 * year: the register row is locked in the transaction that appends PlanIssued, so concurrent issues get
 * consecutive numbers and a refused issue uses none.
 */
export async function issueWithRegisterNumber(store: EventStore, request: IssueRequest): Promise<Issued> {
	const { value, result } = await store.execute(request.planId, async (plan) => {
		const state = await readOfficeState(plan);
		const { trx } = plan;
		const ownerUnitId = state.plan.ownerUnitId;
		const heading = await unitDocumentHeading(trx, ownerUnitId, 'KH');
		if (!heading) throw new DomainError('not_found', `no unit ${ownerUnitId}`);
		const approver = state.signoff.status === 'approved' ? state.signoff.signerUserId : null;
		const signer = (await unitSigners(trx, ownerUnitId)).find((s) => s.user_id === approver);
		const recipients = await trx
			.selectFrom('units')
			.select(['id', 'name'])
			.where('id', 'in', request.recipientUnitIds.length > 0 ? request.recipientUnitIds : [''])
			.execute();
		if (recipients.length !== new Set(request.recipientUnitIds).size) {
			throw new DomainError('invalid_command', 'a recipient is not in the directory');
		}
		const issuedOn = localDateOf(new Date(request.at));
		const year = Number(issuedOn.slice(0, 4));
		const number = nextRegisterNumber(await lockRegister(trx, ownerUnitId, 'KH', year));
		const order = new Map(request.recipientUnitIds.map((id, i) => [id, i]));
		const events = decideOffice(
			{
				type: 'IssueWithNumber',
				planId: request.planId,
				actor: request.actor,
				at: request.at,
				documentId: request.documentId,
				typeCode: 'KH',
				number,
				symbol: heading.symbol,
				issuedOn,
				place: heading.place,
				signer: {
					authority: signer?.authority ?? 'head',
					collective: signer?.collective ?? null,
					headTitle: signer?.head_title ?? '',
					position: signer?.position ?? '',
					name: signer?.display_name ?? ''
				},
				recipients: recipients
					.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
					.map((r) => ({ unitId: r.id, name: r.name }))
			},
			state
		);
		await trx
			.updateTable('document_registers')
			.set({ last_number: number })
			.where('unit_id', '=', ownerUnitId)
			.where('type_code', '=', 'KH')
			.where('year', '=', year)
			.execute();
		return { events: events.map(toEventInput), value: { number, symbol: heading.symbol, issuedOn } };
	});
	return { ...value, result };
}
