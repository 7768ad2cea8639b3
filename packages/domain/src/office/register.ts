import type { NumberStyle } from '../directive/document-number.ts';
import type { IsoDate } from '../time/dates.ts';

/**
 * A unit's register of outgoing documents (sổ đăng ký văn bản đi) numbers each document type from 1 on
 * 1 January to the last document of 31 December: the number and symbol are unique within the year
 * (Nghị định 30/2020/NĐ-CP, Điều 15). The register is kept per unit, document type and year.
 */
export interface RegisterKey {
	unitId: string;
	/** The document type's code in the symbol: 'KH' for a plan. */
	typeCode: string;
	year: number;
}

/** The number the register gives after `last` (0 for an empty register). */
export function nextRegisterNumber(last: number): number {
	if (!Number.isInteger(last) || last < 0) throw new RangeError(`invalid register position ${last}`);
	return last + 1;
}

/** The number as printed: numbers below 10 get a leading zero ('01', '12'), as the decree writes them. */
export function formatRegisterNumber(number: number): string {
	if (!Number.isInteger(number) || number < 1) throw new RangeError(`invalid document number ${number}`);
	return String(number).padStart(2, '0');
}

/** 'Số: 01/KH-UBND' (state) or 'Số 01-KH/TU' (party). */
export function issuedNumberLine(number: number, symbol: string, style: NumberStyle): string {
	const n = formatRegisterNumber(number);
	return style === 'party' ? `Số ${n}-${symbol}` : `Số: ${n}/${symbol}`;
}

/**
 * The place and date line: 'Quảng Bình, ngày 07 tháng 12 năm 2026'. Days below 10 and the months January and
 * February take a leading zero.
 */
export function placeDateLine(place: string, date: IsoDate): string {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	const dd = String(day).padStart(2, '0');
	const mm = month < 3 ? String(month).padStart(2, '0') : String(month);
	return `${place}, ngày ${dd} tháng ${mm} năm ${year}`;
}
