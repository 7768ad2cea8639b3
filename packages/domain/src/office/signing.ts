import type { NumberStyle } from '../directive/document-number.ts';

/**
 * How the signer signs (Nghị định 30/2020/NĐ-CP, Phụ lục I, the signing authority line):
 * 'head': the head signs in person (with TM. before the collective in a collective body such as a People's
 * Committee); 'KT.' a deputy signs in the head's place; 'Q.' an acting head signs; 'TL.' the chief of office
 * signs by order of the head; 'TUQ.' someone the head authorised in writing signs.
 */
export type SigningAuthority = 'head' | 'KT.' | 'Q.' | 'TL.' | 'TUQ.';

/** Every signing authority, in the order a form lists them. */
export const SIGNING_AUTHORITIES: readonly SigningAuthority[] = ['head', 'KT.', 'Q.', 'TL.', 'TUQ.'];

/** Whether a stored value is a signing authority. */
export function isSigningAuthority(value: unknown): value is SigningAuthority {
	return typeof value === 'string' && (SIGNING_AUTHORITIES as readonly string[]).includes(value);
}

/** A person who may sign the documents of a unit, and how. */
export interface SigningBlock {
	authority: SigningAuthority;
	/** The collective the body decides as ('Ủy ban nhân dân', 'Ban Thường vụ'); null for a body led by one head. */
	collective: string | null;
	/** The head's title: 'Chủ tịch', 'Giám đốc', 'Bí thư'. */
	headTitle: string;
	/** The signer's own position: 'Phó Chủ tịch', 'Chánh Văn phòng'; the head's title when the head signs. */
	position: string;
	name: string;
}

const PARTY: Record<Exclude<SigningAuthority, 'head'>, string> = {
	'KT.': 'K/T',
	'Q.': 'Q.',
	'TL.': 'T/L',
	'TUQ.': 'TUQ.'
};

/**
 * The lines of the signing block above the signature, in capitals as printed: a Vice-Chairman signing for a
 * People's Committee gives ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']; the party layout writes
 * T/M, K/T, T/L. The name is printed below the signature, not here.
 */
export function signingBlockLines(block: SigningBlock, style: NumberStyle): string[] {
	const head = block.headTitle.trim().toLocaleUpperCase('vi');
	const position = block.position.trim().toLocaleUpperCase('vi');
	const mark = (authority: Exclude<SigningAuthority, 'head'>) =>
		style === 'party' ? PARTY[authority] : authority;
	const onBehalf =
		block.collective === null || block.collective.trim() === ''
			? []
			: [`${style === 'party' ? 'T/M' : 'TM.'} ${block.collective.trim().toLocaleUpperCase('vi')}`];
	switch (block.authority) {
		case 'head':
			return [...onBehalf, head];
		case 'KT.':
			return [...onBehalf, `${mark('KT.')} ${head}`, position];
		case 'Q.':
			return [...onBehalf, `${mark('Q.')} ${head}`];
		case 'TL.':
		case 'TUQ.':
			// by order or by authorisation of the head: never on behalf of the collective
			return [`${mark(block.authority)} ${head}`, position];
		default: {
			const unreachable: never = block.authority;
			throw new Error(`unknown signing authority ${String(unreachable)}`);
		}
	}
}
