import { bodyNameLength, inGivenRole } from './body-name.ts';

/** Lead and coordinating bodies read from a sentence; null lead when the sentence names none. */
export interface Assignment {
	lead: string | null;
	coordinators: string[];
	/** The whole run of names before the verb, when it listed several ('Đảng đoàn MTTQ …, Ban Thường vụ Tỉnh Đoàn'). */
	named?: string;
}

// Words that start a body's name. The ambiguous ones ('Phòng, chống', 'Báo cáo', 'Hội nghị') count
// only before a capitalised word ('Phòng Tư pháp', 'Báo Quảng Bình', 'Hội Nông dân').
const HEAD_WORDS = [
	'Các',
	'UBND',
	'HĐND',
	'UBMTTQ',
	'MTTQ',
	'Ủy ban',
	'Uỷ ban',
	'Sở',
	'Ban',
	'Bộ',
	'Hội đồng',
	'Đảng ủy',
	'Đảng uỷ',
	'Đảng đoàn',
	'Đảng bộ',
	'Tỉnh ủy',
	'Tỉnh uỷ',
	'Thành ủy',
	'Thành uỷ',
	'Huyện ủy',
	'Huyện uỷ',
	'Thị ủy',
	'Quận ủy',
	'Chi bộ',
	'Tổ đảng',
	'Tổ công tác',
	'Thường trực',
	'Văn phòng',
	'Công an',
	'Cục',
	'Chi cục',
	'Tổng cục',
	'Kho bạc',
	'Ngân hàng',
	'Thanh tra',
	'Liên đoàn',
	'Liên hiệp',
	'Hiệp hội',
	'Tỉnh đoàn',
	'Tỉnh Đoàn',
	'Mặt trận',
	'Thủ trưởng',
	'Chủ tịch',
	'Giám đốc',
	'Chính phủ',
	'Thủ tướng',
	'Bảo hiểm',
	'Cục Thuế',
	'Hải quan',
	'Tòa án',
	'Viện kiểm sát',
	'Bí thư',
	// a position leading by name of office: 'Đồng chí Phó Chủ tịch UBND xã', 'Đồng chí Trưởng Ban xây dựng Đảng'
	'Đồng chí',
	'Đ/c',
	'Cấp ủy',
	'Cấp uỷ',
	'Người đứng đầu',
	'Bộ Chỉ huy',
	'Bộ Tư lệnh',
	'Cảnh sát',
	'Điện lực',
	'Viễn thông',
	'Trưởng các',
	// a board's head as a heading: '1.1. Trưởng Ban Chỉ đạo'
	'Trưởng Ban',
	'Phó Trưởng Ban',
	// enterprises that carry out plans beside the bodies: 'Viettel Khánh Hòa', 'VNPT Khánh Hòa', 'Bưu điện tỉnh'
	'Viettel',
	'VNPT',
	'MobiFone',
	'Bưu điện'
];
const GUARDED_HEADS = [
	'Công chức',
	// 'Đề nghị Công ty Điện lực Đắk Lắk: Khẩn trương …'
	'Công ty',
	'Phòng',
	'Báo',
	'Đài',
	'Hội',
	'Đoàn',
	'Trường',
	'Viện',
	'Trung tâm',
	'Quỹ',
	'Cơ quan',
	'Đơn vị',
	'Đội'
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// 'Ban hành …' is what is done ('Ban hành theo thẩm quyền …'), never the name of a board
// 'Doanh nghiệp, cộng đồng, tổ chức, cá nhân: Quan tâm …': enterprises as a unit's label, never 'Doanh nghiệp được …'
const LABEL_HEADS = ['Doanh nghiệp'];
const HEAD = new RegExp(
	`^(?!Ban hành(?=[\\s,:]|$))(?:(?:${HEAD_WORDS.map(escape).join('|')})(?=[\\s,:]|$)|(?:${GUARDED_HEADS.map(escape).join('|')})\\s+(?:và\\s+)?(?=\\p{Lu})|(?:${LABEL_HEADS.join('|')})(?=\\s*[,:]))`,
	'u'
);

// Where a list of bodies splits: before another body's name (never inside 'các huyện ủy, Đảng ủy trực thuộc').
const SPLIT_HEADS = [
	'Chủ tịch',
	'Thủ trưởng',
	'Giám đốc',
	'UBND',
	'HĐND',
	'UBMTTQ',
	'Ủy ban',
	'Uỷ ban',
	'Sở',
	'Ban',
	'Các',
	'Bộ',
	'Công an',
	'Hội',
	'Liên đoàn',
	'Đoàn',
	'Trường',
	'Viện',
	'Trung tâm',
	'Đài',
	'Báo',
	'Văn phòng',
	'Kho bạc',
	'Ngân hàng',
	'Thanh tra',
	'Cục',
	'Chi cục',
	'Tỉnh đoàn',
	'Tỉnh Đoàn',
	'Hội đồng',
	'Mặt trận',
	'Đảng đoàn',
	'Thường trực',
	'Tổ đảng',
	'Chi bộ',
	'Phòng',
	'Bảo hiểm',
	'Chính phủ',
	'Công chức',
	'Đội',
	'Viettel',
	'VNPT',
	'MobiFone',
	'Bưu điện'
];
const LIST_SPLIT = new RegExp(
	`\\s*(?:,|;|\\n)\\s*(?=(?:${SPLIT_HEADS.map(escape).join('|')})(?=[\\s,]|$))`,
	'u'
);
const AND_SPLIT = new RegExp(
	`\\s+(?:và|với)\\s+(?=(?:${SPLIT_HEADS.map(escape).join('|')}|các|những)(?=[\\s,]|$))`,
	'u'
);

// Verbs that end a body's name in "Sở X chủ trì …", "Sở X tham mưu …". Lower case only: 'Ban Chỉ đạo' is a name.
const VERBS = [
	'chủ trì',
	'phối hợp',
	'tham mưu',
	'thực hiện',
	'triển khai',
	'tổ chức',
	'xây dựng',
	'tăng cường',
	'chỉ đạo',
	'lãnh đạo',
	'hướng dẫn',
	'theo dõi',
	'kiểm tra',
	'rà soát',
	'đẩy mạnh',
	'đẩy nhanh',
	'nghiên cứu',
	'đề xuất',
	'tuyên truyền',
	'báo cáo',
	'chịu trách nhiệm',
	'có trách nhiệm',
	'chủ động',
	'căn cứ',
	'khẩn trương',
	'tiếp tục',
	'quán triệt',
	'phổ biến',
	'ban hành',
	'bảo đảm',
	'đảm bảo',
	'cụ thể hóa',
	'cụ thể hoá',
	'định kỳ',
	'thường xuyên',
	'quan tâm',
	'phát huy',
	'nâng cao',
	'hoàn thiện',
	'bố trí',
	'giám sát',
	'hỗ trợ',
	'là cơ quan',
	'làm đầu mối',
	'được giao',
	'ưu tiên',
	'vận động',
	'xem xét',
	'phân công',
	'tập trung',
	'tích cực',
	'tiến hành',
	'trực tiếp',
	'thống nhất',
	'lồng ghép',
	'sơ kết',
	'tổng kết',
	'cung cấp',
	'đôn đốc',
	'phát động',
	'biên soạn',
	'cập nhật',
	'hoàn thành',
	'đầu tư',
	'phát triển',
	'mở rộng',
	'nâng cấp',
	'phủ sóng',
	'đào tạo',
	'bồi dưỡng',
	'giải quyết',
	'xử lý',
	'thu hút',
	'khảo sát',
	'đánh giá',
	'thẩm định',
	'kêu gọi',
	'vận hành',
	'ứng dụng',
	'chuẩn bị',
	'rà soát',
	'sửa đổi',
	'định hướng',
	'tham gia',
	'trình',
	'quản lý',
	'duy trì',
	'tổng hợp',
	'công khai',
	'điều tra',
	'thu thập',
	'phê duyệt',
	'kiện toàn',
	'củng cố',
	'thẩm tra',
	'tuyển dụng',
	'kịp thời',
	'nghiêm túc',
	'cử',
	'giao',
	'mở',
	'đưa',
	'lập',
	'gửi',
	'nắm',
	'tạo',
	'đăng ký',
	'đăng tải',
	'niêm yết',
	'thông báo',
	'số hóa',
	'sắp xếp',
	'kết nối',
	'tiếp nhận',
	'làm sạch',
	'bảo vệ',
	'diễn tập',
	'lựa chọn'
];
// Extra stops for the end of a coordinator list: prepositions that start what the bodies do.
const COORDINATOR_STOPS = [...VERBS, 'trong', 'để', 'nhằm', 'về', 'theo', 'tại', 'đối với', 'trình', 'thuộc'];

function firstWordIndex(text: string, words: readonly string[], from = 0): number {
	let best = -1;
	for (const word of words) {
		const re = new RegExp(`(?<=^|[\\s,(])${escape(word)}(?=[\\s,.;:)]|$)`, 'gu');
		re.lastIndex = from;
		for (let m = re.exec(text); m !== null; m = re.exec(text)) {
			// 'các tổ chức chính trị - xã hội' is a noun, not 'tổ chức' the verb
			const before = text.slice(Math.max(0, m.index - 8), m.index);
			if (/(?:các|những|của|cho|và)\s+$/iu.test(before)) continue;
			// 'Các cơ quan, đơn vị được giao chủ trì có trách nhiệm …': the role that names them, not their act
			if (inGivenRole(text, m.index)) continue;
			// 'Bộ Ngoại giao', 'Bộ Giáo dục và Đào tạo': a one-syllable verb completing a capitalised word
			if (
				!word.includes(' ') &&
				/(?:^|\s)(?:Bộ|Sở|Ban|Cục|Vụ|và)\s\p{Lu}\p{Ll}*\s$/u.test(text.slice(0, m.index))
			)
				continue;
			// 'Các cấp ủy, tổ chức đảng …': inside a list of bodies, too
			if (
				word === 'tổ chức' &&
				/,\s*$/u.test(before) &&
				/^(?:các|những)\s/iu.test(text) &&
				/^\s*(?:$|[,;:]|(?:đảng|chính|xã|đoàn|hội|và|thành|liên|trên|có|thuộc|cơ|kinh|phi|quốc|tôn)(?=[\s,]|$))/u.test(
					text.slice(m.index + m[0].length)
				)
			)
				continue;
			if (best < 0 || m.index < best) best = m.index;
			break;
		}
	}
	return best;
}

function cleanName(name: string): string {
	return name
		.replace(/^[\s,;:.\-–+•]+|[\s,;:.\-–]+$/gu, '')
		.replace(/^(?:với|cùng)\s+/u, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * A body's name cut where the name ends: 'Ban Tổ chức Tỉnh ủy đưa nội dung …' → 'Ban Tổ chức Tỉnh ủy'
 * (see bodyNameLength). A text that does not start with a head word is left alone.
 */
export function trimBody(name: string): string {
	const head = HEAD.exec(name) ?? /^(?:các|những)(?=\s)/iu.exec(name);
	if (head === null) return name;
	const headWords = head[0].trim().split(/\s+/u).length;
	const { length, sure } = bodyNameLength(name, VERBS, headWords);
	// an unknown lower-case word in a name not yet closed by its level may be the name's own
	// ('Trung tâm Ứng dụng khoa học kỹ thuật …'): then the verb's cut stands
	if (!sure) return name;
	const trimmed = cleanName(name.slice(0, length));
	// a head alone ('Ban', 'Các') names nothing: keep the text as it was cut by its verb
	const alone = LABEL_HEADS.includes(head[0].trim()) ? 0 : headWords;
	return trimmed.split(/\s+/u).length <= alone || trimmed.length >= name.length ? name : trimmed;
}

/** True for generic phrases that name no particular body ('các cơ quan liên quan'). */
export function isGenericBody(name: string): boolean {
	return /^(?:các|những)\s/u.test(name) || /liên quan/u.test(name);
}

// 'Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức chính trị-xã hội': a name closed by its own level ('… tỉnh', not
// 'UBND các huyện') is whole, so ', các …' after it starts another body; so is a national body's name closed by
// the country's ('Đảng đoàn Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội, …': the Đảng đoàn leads)
const AFTER_LEVEL =
	/(?<=(?<!các|những)\s(?:tỉnh|huyện|xã|phường|quận|thị xã|thành phố|Việt Nam))\s*,\s*(?=(?:các|những)\s)/u;

/** Splits 'Sở Ngoại vụ, Sở Tài chính và các cơ quan liên quan' into the bodies it names. */
export function splitBodies(text: string): string[] {
	return (
		text
			.split(LIST_SPLIT)
			.flatMap((part) => part.split(AFTER_LEVEL))
			// 'Các Bộ, ngành chức năng, các cơ quan báo chí …': a group that opens the list ends where another opens
			.flatMap((part) =>
				/^(?:Các|Những)\s/u.test(part) ? part.split(/\s*,\s*(?=(?:các|những)\s)/u) : [part]
			)
			// 'Văn phòng HĐND và UBND huyện' is one office
			.flatMap((part) => (/^văn phòng\s/iu.test(part) ? [part] : part.split(AND_SPLIT)))
			.map(cleanName)
			.filter((p) => p !== '')
	);
}

function coordinatorsAfter(text: string): string[] {
	const m = /(?<=^|[\s,(])(?:phối hợp|phối hợp chặt chẽ)\s+(?:với\s+)?/iu.exec(text);
	if (m === null) return [];
	let rest = text.slice(m.index + m[0].length);
	const end = rest.search(/[.;:()]/u);
	if (end >= 0) rest = rest.slice(0, end);
	const stop = firstWordIndex(rest, COORDINATOR_STOPS);
	if (stop >= 0) rest = rest.slice(0, stop);
	// the list ends with the first name that stops before its text does: what follows is the predicate
	const out: string[] = [];
	const collective: string[] = [];
	for (const body of splitBodies(rest)) {
		const name = trimBody(body);
		out.push(name);
		// 'các sở, ban, ngành có liên quan' stays generic however its name is cut
		if (isCollectiveBody(body) && isCollectiveBody(name)) collective.push(name);
		if (name !== body) break;
	}
	const named = out.filter((b) => !isGenericBody(b) && HEAD.test(b));
	// a collective name alone counts ('phối hợp với các phòng, đơn vị tổ chức …'); 'các cơ quan liên quan' does not
	return named.length > 0 ? named : collective;
}

/** 'các phòng, đơn vị', 'các sở, ban, ngành': a named set of bodies, not 'các cơ quan liên quan'. */
function isCollectiveBody(name: string): boolean {
	return /^(?:các|những)\s+\p{L}/iu.test(name) && !/liên quan|khác$|có trách nhiệm/iu.test(name);
}

/** True when the text starts with a body's name ('Sở …', 'UBND …', 'Các sở, ban, ngành …'). */
export function startsWithBody(text: string): boolean {
	return HEAD.test(text.trim());
}

const MAX_NAME_WORDS = 28;

// 'Các …' that names things, not bodies
const NOT_BODIES =
	/^(?:các|những)\s+(?:vấn đề|nội dung|nhiệm vụ|giải pháp|hoạt động|chỉ tiêu|mục tiêu|chương trình|dự án|đề án|chứng|trường hợp|văn bản|điều kiện|quy định|chính sách|chế độ|biện pháp|hình thức|công trình|sản phẩm|tài liệu|thủ tục|hồ sơ)(?:\s|$)/iu;

/**
 * A position written as the label of its task ('Đồng chí Phó Trưởng phòng Văn hóa - Xã hội - Phó Trưởng tiểu
 * ban Thường trực: Trực tiếp chỉ đạo …'): the whole label is who leads, words like 'xây dựng' in it included.
 */
function labelledName(body: string): Assignment | null {
	const m = /^((?:Đồng chí|Đ\/c)\s[^:;.]{2,160}?):(?:\s+(?=\p{Lu})|\s*$)/u.exec(body);
	const name = m?.[1] === undefined ? '' : cleanName(m[1]);
	return name === '' || name.split(' ').length > MAX_NAME_WORDS ? null : { lead: name, coordinators: [] };
}

/**
 * Reads who leads and who coordinates from the start of a task or heading: 'Giao Sở X chủ trì, phối hợp
 * với Sở Y …', 'Sở X phối hợp với Sở Y tham mưu …' (X leads), 'Sở X chỉ đạo …', a heading that is only
 * names ('Các sở, ban, ngành, UBND các huyện:'), or 'Phối hợp với Sở Y …' (coordinators only).
 */
export function readAssignment(raw: string): Assignment | null {
	const text = raw.replace(/\s+/g, ' ').trim();
	if (/^(?:phối hợp|chủ trì(?:,)? phối hợp)\s/iu.test(text)) {
		const coordinators = coordinatorsAfter(text);
		return coordinators.length === 0 ? null : { lead: null, coordinators };
	}
	// 'Giao Sở X chủ trì …', '(do Sở X chủ trì …)'
	// 'Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh, …' as a heading
	const stripped = text.replace(/^(?:giao(?: cho)?|đề nghị|yêu cầu|do)(?:\s*:)?\s+/iu, '');
	// 'Đề nghị các cấp ủy Đảng, Mặt trận …: …' names bodies after the verb in lower case
	const asks = /^(?:giao|đề nghị)\s/iu.test(text);
	const body = asks ? stripped.charAt(0).toUpperCase() + stripped.slice(1) : stripped;
	if (!HEAD.test(body)) return null;
	const labelled = labelledName(body);
	if (labelled !== null) return labelled;
	const sentenceEnd = body.search(/[.;](?:\s|$)/u);
	const sentence = sentenceEnd >= 0 ? body.slice(0, sentenceEnd) : body;
	const verb = firstWordIndex(sentence, VERBS);
	let namePart: string;
	if (verb > 0) {
		namePart = sentence.slice(0, verb);
	} else if (verb < 0 && (sentence.endsWith(':') || sentence.split(' ').length <= MAX_NAME_WORDS)) {
		namePart = sentence.replace(/:$/, '');
	} else {
		return null;
	}
	namePart = cleanName(namePart.replace(/\s*\(.*$/u, ''));
	// a name before a verb, or a label before ':', may list several bodies; a bare heading must stay short to be
	// only names ('9. Báo và Phát thanh - Truyền hình Đắk Lắk, Sở Văn hóa, …, Cổng Thông tin điện tử …:')
	const listMay = verb > 0 || sentence.endsWith(':');
	if (namePart === '' || namePart.split(' ').length > (listMay ? 2 * MAX_NAME_WORDS : MAX_NAME_WORDS))
		return null;
	const names: string[] = [];
	for (const part of splitBodies(namePart)) {
		if (part === '') continue;
		const name = trimBody(part);
		names.push(name);
		// 'Sở Y tế đưa …': the names are over where one stops short
		if (name !== part) break;
	}
	const [lead = null, ...named] = names;
	// 'Các vấn đề cần lưu ý …', 'Các chứng từ …', 'Thanh tra, kiểm tra, xử lý …': no body
	if (lead !== null && (NOT_BODIES.test(lead) || /^thanh tra$/iu.test(lead))) return null;
	// 'Sở Y tế và các đơn vị liên quan tổ chức …': nobody in particular beside the lead
	const others = named.filter((n) => !/liên quan/u.test(n));
	const rest = verb > 0 ? sentence.slice(verb) : '';
	const coordinators = [...others, ...coordinatorsAfter(rest)];
	return {
		lead,
		coordinators: [...new Set(coordinators)],
		...(named.length > 0 ? { named: namePart } : {})
	};
}

// a dash starts another body only before a body's name: never inside 'Phòng Tài chính - Kế hoạch' nor
// 'Phòng Bưu chính - Viễn thông', 'Phòng Thanh tra - Pháp chế' (a field of work, not a body)
const FIELD_WORDS = ['Viễn thông', 'Điện lực', 'Bảo hiểm', 'Thanh tra', 'Hải quan', 'Ngân hàng', 'Kho bạc'];
const ITEM_SPLIT = new RegExp(
	String.raw`\n|;|(?<=\S)\s*-\s+(?!(?:${FIELD_WORDS.map(escape).join('|')})(?![\s,]+(?:nhà nước|tỉnh|huyện|thành phố|khu vực|Việt Nam|chi nhánh)))(?=${HEAD.source.replaceAll('^', '')})`,
	'u'
);

/** Bodies listed in a table cell or a 'Cơ quan phối hợp:' field, generic phrases kept out. */
export function bodiesInList(text: string): string[] {
	return text
		.split(ITEM_SPLIT)
		.map((part) => part.replace(/^[\s\-–+•]+/u, ''))
		.flatMap((part) => part.split(/,\s*(?=các\s)/u))
		.flatMap(splitBodies)
		.filter(
			(b) => !/^(?:các|những)\s.*liên quan/iu.test(b) && !/^(?:cơ quan|đơn vị)(?: có)? liên quan/iu.test(b)
		);
}

/** Where the clause after `at` ends: the next ',' or ';', or -1. */
function nextBoundary(sentence: string, at: number): number {
	const next = sentence.slice(at + 1).search(/[,;]/u);
	return next < 0 ? -1 : at + 1 + next;
}

// 'Trên cơ sở đề nghị của …, Sở Tài chính thẩm định …', 'Sau khi … phê duyệt, Sở Tài chính lập …'
const INTRO_CLAUSE = /^(?:trên cơ sở|căn cứ|sau khi|khi|để|nhằm|theo|trong|ngoài)\s/iu;

/**
 * Who does what a sentence says, also when an opening clause comes before the doer: 'Căn cứ Quyết định
 * số 22/2013/QĐ-TTg, các thôn ấp, tổ dân phố tổ chức phổ biến …' → 'Các thôn ấp, tổ dân phố'.
 */
export function readSubject(raw: string): Assignment | null {
	const direct = readAssignment(raw);
	const text = raw.replace(/\s+/g, ' ').trim();
	if (direct?.lead != null || !INTRO_CLAUSE.test(text)) return direct;
	const end = text.search(/[.](?:\s|$)/u);
	// the doer comes early: an opening clause is a few words, not a page; it may close with ';' ('Để toàn dân …;
	// các sở, ban, ngành … triển khai …')
	const sentence = (end >= 0 ? text.slice(0, end) : text).slice(0, 400);
	for (let comma = sentence.search(/[,;]/u); comma >= 0; comma = nextBoundary(sentence, comma)) {
		const rest = sentence.slice(comma + 1).trim();
		// 'Căn cứ chức năng, nhiệm vụ, chỉ đạo các cơ sở …, các cơ sở … lồng ghép': past the verb, no doer follows
		// before the clause closes with ';' ('Để toàn dân …, thực hiện …; các sở, ban, ngành … triển khai …')
		if (firstWordIndex(rest, VERBS) === 0) {
			const close = sentence.indexOf(';', comma + 1);
			if (close < 0) break;
			comma = close - 1;
			continue;
		}
		// '… đề xuất của các sở, ban, ngành, địa phương, chủ trì …': inside a list of bodies, not its start
		if (
			/(?:sở|ban|ngành)$/iu.test(sentence.slice(0, comma).trim()) &&
			/^(?:ban|ngành|địa phương)\b/u.test(rest)
		)
			continue;
		const clause = rest.charAt(0).toUpperCase() + rest.slice(1);
		const found = readAssignment(clause);
		if (found?.lead == null || found.lead.split(' ').length < 2) continue;
		// the doer is followed by what it does: never '… gửi về Bộ Xây dựng, Bộ Kế hoạch và Đầu tư và Bộ Tài chính để tổng hợp'
		const named = found.named ?? found.lead;
		if (/\s(?:để|nhằm|về|cho|theo|tại|trong|từ|đến)\s/u.test(` ${named} `)) continue;
		const after = clause.slice(clause.indexOf(named) + named.length);
		if (firstWordIndex(after, VERBS) === after.search(/\p{L}/u)) return found;
	}
	return direct;
}

/**
 * '2. Tiếp nhận và xử lý đơn thư khiếu nại, tố cáo, kiến nghị Ban Thường trực UBMTTQ xã thực hiện …, cụ thể:':
 * a lead-in whose heading runs on, unpunctuated, into a sentence opening with its doer and the doer's verb.
 */
export function runOnSubject(raw: string): Assignment | null {
	// its first line: the items under it follow on '+' lines
	const text = (raw.split('\n')[0] ?? '').replace(/\s+/g, ' ').trim();
	if (!text.endsWith(':') || startsWithBody(text)) return null;
	for (const m of text.matchAll(/(?<=\p{Ll}) (?=\p{Lu})/gu)) {
		const rest = text.slice(m.index + 1);
		const found = startsWithBody(rest) ? readAssignment(rest) : null;
		if (found?.lead == null) continue;
		const after = rest.slice((found.named ?? found.lead).length);
		const word = after.search(/\p{L}/u);
		return word >= 0 && firstWordIndex(after, VERBS) === word ? found : null;
	}
	return null;
}

/**
 * Who leads a task under a heading that names its doer: the task's own doer, unless that only lists on from
 * the heading's ('3. Trách nhiệm của các Bộ, ngành, địa phương; …' over '…, các Bộ, ngành, địa phương, đơn vị,
 * … xây dựng …'): the heading's unit leads, as a task under a unit heading does.
 */
export function leadUnderHeading(own: Assignment | null, above: Assignment | null): string | null {
	const mine = own?.lead ?? null;
	const heading = above?.lead ?? null;
	if (mine === null || heading === null) return mine ?? heading;
	const listsOn = mine.toLowerCase().startsWith(`${heading.toLowerCase()},`);
	return listsOn ? heading : mine;
}
