import type { IsoDate, SignerCapacity } from '@trienkhai/domain';

/** Which official layout a document follows: Nghị định 30/2020/NĐ-CP (state) or Hướng dẫn 36-HD/VPTW (party). */
export type OfficialLayout = 'state' | 'party';

/** The issuing body as the header names it. */
export interface OfficialIssuer {
	/** The issuing body, e.g. 'Ủy ban nhân dân tỉnh Quảng Bình'. */
	name: string;
	/** The body above it shown on the first line (state: 'UBND tỉnh Quảng Bình'; party: 'Tỉnh ủy Quảng Ngãi'), or null. */
	parentName: string | null;
	kind: OfficialLayout;
}

/** Who signs and for whom: state 'TM. ỦY BAN NHÂN DÂN' / 'KT. CHỦ TỊCH' / 'PHÓ CHỦ TỊCH'; party 'T/M BAN THƯỜNG VỤ'. */
export interface OfficialSigner {
	capacity: SignerCapacity | null;
	/** The collective signed for after TM. / T/M, e.g. 'Ủy ban nhân dân', 'Ban Thường vụ'. */
	collective: string;
	/** The signer's title, e.g. 'Phó Chủ tịch', 'Phó Bí thư'. */
	title: string;
	/** Empty while the document is a draft. */
	name: string;
	/** The signing block's lines exactly as issued (Q., TUQ. …); absent: built from capacity and title. */
	lines?: string[];
}

/** What the first page and the last block of an official document carry, beside its body. */
export interface OfficialHeading {
	issuer: OfficialIssuer;
	/** The number, blank in a draft: null prints 'Số:      /KH-UBND'. */
	number: string | null;
	/** The symbol after the number, e.g. 'KH-UBND' (state) or 'KH/TU' (party). */
	symbol: string;
	/** The place of the date line, e.g. 'Quảng Bình'. */
	place: string;
	/** The date, blank in a draft. */
	date: IsoDate | null;
	/** Recipients as written after '- ', the last normally 'Lưu: VT, …'; empty: '- Như trên;' and '- Lưu: VT.'. */
	recipients: string[];
	signer: OfficialSigner;
}
