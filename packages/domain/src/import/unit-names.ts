import { foldVietnamese } from '../text/fold.ts';
import type { Unit, UnitKind } from '../unit/unit.ts';

// Abbreviations written in plans, in folded form, with what they stand for.
const ABBREVIATIONS: ReadonlyArray<[string, string]> = [
	['ld-tb&xh', 'lao dong thuong binh va xa hoi'],
	['ldtb&xh', 'lao dong thuong binh va xa hoi'],
	['vh,tt&dl', 'van hoa the thao va du lich'],
	['vhtt&dl', 'van hoa the thao va du lich'],
	['nn&ptnt', 'nong nghiep va phat trien nong thon'],
	['kh&cn', 'khoa hoc va cong nghe'],
	['khcn', 'khoa hoc va cong nghe'],
	['kh&dt', 'ke hoach va dau tu'],
	['khdt', 'ke hoach va dau tu'],
	['tt&tt', 'thong tin va truyen thong'],
	['tttt', 'thong tin va truyen thong'],
	['gd&dt', 'giao duc va dao tao'],
	['gddt', 'giao duc va dao tao'],
	['tn&mt', 'tai nguyen va moi truong'],
	['tnmt', 'tai nguyen va moi truong'],
	['gtvt', 'giao thong van tai'],
	['ct-xh', 'chinh tri xa hoi'],
	['ubmttq', 'uy ban mat tran to quoc'],
	['mttq', 'mat tran to quoc'],
	['ubnd', 'uy ban nhan dan'],
	['hdnd', 'hoi dong nhan dan'],
	['ttxvn', 'thong tan xa viet nam'],
	['bcsd', 'ban can su dang'],
	['btv', 'ban thuong vu'],
	['vptu', 'van phong tinh uy'],
	['vpubnd', 'van phong uy ban nhan dan'],
	['tw', 'trung uong'],
	['vn', 'viet nam']
];

const ABBREVIATION_PATTERNS = ABBREVIATIONS.map(
	([short, long]) => [new RegExp(`(?<![\\p{L}\\d&])${short}(?![\\p{L}\\d&])`, 'gu'), long] as const
);

/** A comparable key for a unit name: folded, abbreviations spelled out, punctuation dropped. */
export function unitNameKey(name: string): string {
	let s = foldVietnamese(name.replace(/[“”"'*]/g, ' '));
	for (const [pattern, long] of ABBREVIATION_PATTERNS) s = s.replace(pattern, long);
	return s
		.replace(/[^\p{L}\d]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

// A trailing place: 'tỉnh Quảng Bình', 'thành phố Hà Nội', or a bare 'tỉnh' ('Sở Nội vụ tỉnh').
const TRAILING_PLACE =
	/\s+(?:tinh|thanh pho|tp|huyen|thi xa|quan|xa|phuong)(?:\s+(?!uy\b)[a-z]+){0,3}$|\s+(?:tinh|thanh pho|huyen|thi xa)$/;

function withoutPlace(key: string): string {
	const stripped = key.replace(TRAILING_PLACE, '');
	return stripped === '' ? key : stripped;
}

function keysOf(name: string, proper: string): string[] {
	const key = unitNameKey(name);
	const keys = [key];
	// 'Sở Khoa học và Công nghệ tỉnh Quảng Bình' is 'Sở Khoa học và Công nghệ' inside its province
	if (proper !== '') {
		const place = unitNameKey(proper);
		if (key.endsWith(` ${place}`)) keys.push(withoutPlace(key.slice(0, -place.length - 1)));
	}
	keys.push(withoutPlace(key));
	return [...new Set(keys.filter((k) => k !== ''))];
}

function properTail(name: string): string {
	// the capitalised words at the end: 'Quảng Bình' in '… tỉnh Quảng Bình'
	const m = /(?:tỉnh|thành phố|huyện|thị xã)\s+((?:\p{Lu}\p{Ll}*\s*){1,3})$/u.exec(name.trim());
	return m?.[1]?.trim() ?? '';
}

function tokenSimilarity(a: string, b: string): number {
	const ta = new Set(a.split(' '));
	const tb = new Set(b.split(' '));
	let common = 0;
	for (const t of ta) if (tb.has(t)) common += 1;
	return common / (ta.size + tb.size - common);
}

/**
 * The known unit a name in a plan refers to, ignoring diacritics, case, common abbreviations
 * ('Sở KH&CN', 'UBND', 'TTXVN', 'LĐ-TB&XH') and a trailing province ('… tỉnh Quảng Bình'); null if none.
 */
export function matchUnitName(name: string, units: readonly Unit[]): Unit | null {
	const direct = matchName(name, units);
	// 'Thủ trưởng các sở, ban, ngành …', 'Chủ tịch UBND các huyện …': the heads of a set of bodies act for it
	const heads =
		/^(?:thủ trưởng|người đứng đầu|chủ tịch|giám đốc|lãnh đạo)\s+(?=các\s|ủy ban|uỷ ban|ubnd)/iu.exec(name);
	if (direct !== null || heads === null) return direct;
	const rest = name.slice(heads[0].length);
	return matchName(rest.charAt(0).toUpperCase() + rest.slice(1), units);
}

function matchName(name: string, units: readonly Unit[]): Unit | null {
	const wanted = keysOf(name, properTail(name));
	if (wanted.length === 0 || wanted[0] === '') return null;
	const candidates = units.map((unit) => ({
		unit,
		keys: [...keysOf(unit.name, properTail(unit.name)), ...keysOf(unit.shortName, properTail(unit.shortName))]
	}));
	for (const w of wanted) {
		const hit = candidates.find((c) => c.keys.includes(w));
		if (hit !== undefined) return hit.unit;
	}
	// typing slips ('Mặt trận Tổ Việt Nam'): accept a close match on long names only
	let best: { unit: Unit; score: number } | null = null;
	const main = withoutPlace(wanted[0] ?? '');
	if (main.split(' ').length < 5) return null;
	for (const c of candidates) {
		for (const k of c.keys) {
			const score = tokenSimilarity(main, k);
			if (score >= 0.8 && (best === null || score > best.score)) best = { unit: c.unit, score };
		}
	}
	return best?.unit ?? null;
}

const SHORTENINGS: ReadonlyArray<[RegExp, string]> = [
	[/Ủy ban nhân dân|Uỷ ban nhân dân/gu, 'UBND'],
	[/Hội đồng nhân dân/gu, 'HĐND'],
	[/Ủy ban Mặt trận Tổ quốc|Uỷ ban Mặt trận Tổ quốc/gu, 'UBMTTQ'],
	[/Mặt trận Tổ quốc/gu, 'MTTQ'],
	[/Khoa học và Công nghệ/giu, 'KH&CN'],
	[/Thông tin và Truyền thông/giu, 'TT&TT'],
	[/Giáo dục và Đào tạo/giu, 'GD&ĐT'],
	[/Kế hoạch và Đầu tư/giu, 'KH&ĐT'],
	[/Nông nghiệp và Phát triển nông thôn/giu, 'NN&PTNT'],
	[/Lao động\s*-?\s*Thương binh và Xã hội/giu, 'LĐ-TB&XH'],
	[/Văn hóa, Thể thao và Du lịch|Văn hoá, Thể thao và Du lịch/giu, 'VH,TT&DL'],
	[/Tài nguyên và Môi trường/giu, 'TN&MT'],
	[/Ban Thường vụ/giu, 'BTV'],
	[/Ban cán sự đảng/giu, 'BCSĐ']
];

/** A short name for a proposed unit: 'Sở Khoa học và Công nghệ' → 'Sở KH&CN'. */
export function shortUnitName(name: string): string {
	let s = name;
	for (const [pattern, short] of SHORTENINGS) s = s.replace(pattern, short);
	return s;
}

/** Party, state or other, guessed from the words of a unit name. */
export function guessUnitKind(name: string): UnitKind {
	const f = ` ${unitNameKey(name)} `;
	if (
		/ (dang|tinh uy|huyen uy|thanh uy|thi uy|quan uy|chi bo|to dang|cap uy|ban can su|dang doan|ban tuyen giao|ban dan van|ban to chuc|ban noi chinh|uy ban kiem tra|bi thu) /.test(
			f
		)
	) {
		return 'party';
	}
	if (
		/ (mat tran|doan thanh nien|tinh doan|hoi |lien doan|lien hiep|truong dai hoc|cac truong|hiep hoi|doanh nghiep)/.test(
			f
		)
	) {
		return 'other';
	}
	if (
		/ (so|uy ban nhan dan|hoi dong nhan dan|bo|cong an|cuc|chi cuc|tong cuc|phong|kho bac|ngan hang|thanh tra|van phong|chinh phu|thu tuong|bo chi huy|dai phat thanh|bao hiem|hai quan|toa an|vien kiem sat) /.test(
			f
		)
	) {
		return 'state';
	}
	return 'other';
}
