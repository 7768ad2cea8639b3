/**
 * Where a body's name ends in running text. Vietnamese official names capitalise the first syllable
 * of each part ('Sở Tài chính', 'Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Đài Phát thanh - Truyền hình
 * tỉnh'), so a name is its head word, then capitalised words and abbreviations, each followed by at
 * most two lower-case syllables of the same word ('Tài chính', 'Phát triển'), plus a small set of
 * lower-case words that belong inside names ('và', 'nhân dân', 'xã hội', 'nông thôn', 'tỉnh' …). A
 * level word ('tỉnh', 'huyện X', 'Tỉnh ủy') closes the name. A known verb or preposition stops it at
 * once. 'Các …' names a group of bodies with lower-case nouns ('các sở, ban, ngành', 'các cơ quan,
 * đơn vị liên quan', 'các huyện ủy, thị ủy … trực thuộc Tỉnh ủy').
 */

// Heads whose own words run on in lower case: the scan starts after them.
const LOWERCASE_HEADS = [
	'Ban cán sự đảng',
	'Ban cán sự Đảng',
	'Bảo hiểm xã hội',
	'Viện kiểm sát nhân dân',
	'Tòa án nhân dân',
	'Tòa án',
	'Viện kiểm sát',
	'Công an',
	'Kho bạc',
	'Ngân hàng',
	'Văn phòng',
	'Trung tâm',
	'Hội đồng',
	'Đảng đoàn',
	'Đảng ủy',
	'Đảng uỷ',
	'Đảng bộ',
	'Chi bộ',
	'Tổ đảng',
	'Tổ công tác',
	'Thường trực',
	'Công chức',
	'Ủy ban',
	'Uỷ ban',
	'Mặt trận',
	'Liên đoàn',
	'Liên hiệp',
	'Hiệp hội',
	'Tổng cục',
	'Chi cục',
	'Điện lực',
	'Viễn thông',
	'Bộ Chỉ huy',
	'Ban Chỉ huy',
	'Thủ trưởng',
	'Chủ tịch',
	'Giám đốc',
	'Người đứng đầu',
	'Bí thư',
	'Cấp ủy',
	'Cấp uỷ',
	'Thanh tra',
	'Cơ quan',
	'Đơn vị'
];

/** Level words: after them (and the place's own name) the body's name is over. */
const LEVELS = [
	'tỉnh',
	'huyện',
	'xã',
	'phường',
	'quận',
	'thị trấn',
	'thị xã',
	'thành phố',
	'thôn',
	'ấp',
	'bản',
	'khu phố',
	'tổ dân phố',
	'trung ương',
	'cấp tỉnh',
	'cấp huyện',
	'cấp xã',
	'cơ sở'
];

/**
 * Lower-case words met inside official names after the syllable that completes a capitalised word:
 * 'Phát triển nông thôn', 'Tổ chức cán bộ', 'Kiểm soát bệnh tật', 'Phục vụ hành chính công'.
 */
const NAME_WORDS = [
	'nhân dân',
	'xã hội',
	'nông thôn',
	'nông thôn mới',
	'nhà nước',
	'hành chính',
	'hành chính công',
	'công',
	'dân',
	'đảng',
	'chi nhánh',
	'khu vực',
	'chuyển đổi số',
	'kinh tế',
	'công nghiệp',
	'khu công nghiệp',
	'công nghệ',
	'công nghệ cao',
	'thông tin',
	'dự án',
	'cao tuổi',
	'chiến binh',
	'thập đỏ',
	'quân sự',
	'tổ quốc',
	'trực thuộc',
	'thành viên',
	'thường vụ',
	'chấp hành',
	'cán bộ',
	'bệnh tật',
	'vận tải',
	'đô thị',
	'môi trường',
	'trẻ em',
	'phụ nữ',
	'thanh niên',
	'quốc phòng',
	'an ninh',
	'biên phòng',
	'cơ sở',
	'đầu tư xây dựng',
	'trên địa bàn'
];

// What may follow 'các …' besides lower-case nouns: a verb that is also a noun only right after 'các' or ','.
const GROUP_WORDS = [
	'có liên quan',
	'liên quan',
	'tổ chức',
	'tổ chức đảng',
	'trên địa bàn',
	'chính trị - xã hội',
	'đảng đoàn',
	'ban đảng'
];

// Words that never continue a name: verbs and prepositions that start what the body does.
const STOPS = [
	'trong',
	'để',
	'nhằm',
	'về',
	'theo',
	'tại',
	'đối với',
	'với',
	'cho',
	'đến',
	'trên',
	'từ',
	'những',
	'được',
	'phải',
	'cần',
	'sẽ',
	'đã',
	'đang',
	'có',
	'thì',
	'là',
	'làm',
	'của',
	'khi',
	'nếu',
	'thường',
	'sau khi',
	'chủ trì',
	'phối hợp'
];

/**
 * 'Các cơ quan, đơn vị được giao chủ trì có trách nhiệm …': which bodies of a group, by the role they were
 * given; the role's verb is part of the name, not what the bodies do.
 */
const GIVEN_ROLE = /(?<=^|\s)được (?:giao|phân công)(?: nhiệm vụ)? (?:chủ trì|phối hợp)(?=[\s,.;:]|$)/gu;

/** True when the word at `at` is inside such a role ('được giao chủ trì'). */
export function inGivenRole(text: string, at: number): boolean {
	for (const m of text.matchAll(GIVEN_ROLE)) if (m.index <= at && at < m.index + m[0].length) return true;
	return false;
}
const GIVEN_ROLES = ['được giao', 'được phân công'].flatMap((given) =>
	['chủ trì', 'phối hợp'].flatMap((role) => [`${given} ${role}`, `${given} nhiệm vụ ${role}`])
);
// 'Các thành viên khác trong tiểu ban …': members are named by the body they sit in
const MEMBERS = /^(?:thành viên|ủy viên|uỷ viên)$/u;

interface Token {
	word: string;
	start: number;
	end: number;
	/** Punctuation written right after the word (',' ';' '.' ':' ')'). */
	after: string;
}

function tokens(text: string): Token[] {
	const out: Token[] = [];
	for (const m of text.matchAll(/\S+/gu)) {
		const raw = m[0];
		const word = raw.replace(/[,;.:)!?]+$/u, '');
		out.push({ word, start: m.index, end: m.index + word.length, after: raw.slice(word.length) });
	}
	return out;
}

const lower = (s: string): string => s.toLowerCase();
const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
const isAbbreviation = (w: string): boolean => /\p{Lu}.*\p{Lu}|&|^\p{Lu}+$/u.test(w) && w.length >= 2;

/** Words of the longest phrase of `list` that starts at token i (0 when none). */
function phraseAt(ts: readonly Token[], i: number, list: readonly string[]): number {
	let best = 0;
	for (const phrase of list) {
		const words = phrase.split(' ');
		if (words.length <= best) continue;
		let ok = true;
		for (let k = 0; k < words.length; k++) {
			const t = ts[i + k];
			// a phrase never runs over a comma inside it
			if (t === undefined || lower(t.word) !== words[k] || (k < words.length - 1 && t.after !== '')) {
				ok = false;
				break;
			}
		}
		if (ok) best = words.length;
	}
	return best;
}

/**
 * The length of the body name at the start of `text` (which starts with a head word): where the
 * name's last word ends, and whether that end is sure (a verb, a stop word or the level closed it)
 * or only the first unknown lower-case word. `verbs` are the lower-case phrases that say what a body
 * does.
 */
export function bodyNameLength(
	text: string,
	verbs: readonly string[],
	headWords = 1
): { length: number; sure: boolean } {
	const ts = tokens(text);
	let sure = true;
	if (ts.length === 0) return { length: 0, sure };
	let group = /^(?:các|những)$/iu.test(ts[0]?.word ?? '');
	const head = group ? 1 : Math.max(1, headWords, phraseAt(ts, 0, LOWERCASE_HEADS.map(lower)));
	let i = head;
	let end = ts[head - 1]?.end ?? 0;
	if ((ts[head - 1]?.after ?? '') !== '' && !group) return { length: end, sure };
	// lower-case syllables still allowed to complete the last capitalised word
	let budget = 0;
	let closed = false;
	const stopAt = [...verbs, ...STOPS];
	while (i < ts.length) {
		const t = ts[i];
		if (t === undefined || t.word.startsWith('(')) break;
		const w = t.word;
		let take: number;
		if (w === '-' || w === '–') {
			// 'Phát thanh - Truyền hình', 'tổ chức chính trị - xã hội'
			const next = ts[i + 1];
			if (
				next === undefined ||
				!(isCapitalised(next.word) || (group && phraseAt(ts, i + 1, GROUP_WORDS) > 0))
			)
				break;
			i += 1;
			continue;
		}
		if (/^\d+$/u.test(w) || (lower(w) === 'số' && /^\d/u.test(ts[i + 1]?.word ?? ''))) {
			take = 1;
		} else if (isCapitalised(w)) {
			const compound =
				/^(?:Tỉnh|Huyện|Thành|Thị|Quận|Đảng|Cấp)$/u.test(w) && /^(?:ủy|uỷ)$/u.test(ts[i + 1]?.word ?? '');
			if (compound && t.after === '') {
				take = 2;
				closed = true;
				budget = 0;
			} else {
				take = 1;
				budget = isAbbreviation(w) || closed ? 0 : 1;
			}
		} else {
			const verb = phraseAt(ts, i, stopAt);
			const previous = ts[i - 1];
			const afterList =
				previous !== undefined &&
				(previous.after.includes(',') || /^(?:các|những|và)$/iu.test(previous.word));
			const groupWord = group ? phraseAt(ts, i, GROUP_WORDS) : 0;
			const next = ts[i + 1]?.word ?? '';
			// 'Bộ Ngoại giao', 'Bộ Giáo dục và Đào tạo': a one-syllable verb that completes a capitalised word
			const syllable =
				verb === 1 &&
				budget > 0 &&
				!closed &&
				previous !== undefined &&
				isCapitalised(previous.word) &&
				previous.after === '' &&
				/^(?:Bộ|Sở|Ban|Cục|Vụ|và)$/u.test(ts[i - 2]?.word ?? '');
			const role = group ? phraseAt(ts, i, GIVEN_ROLES) : 0;
			if (role > 0) {
				take = role;
			} else if (group && membersIn(ts, i)) {
				take = 1;
			} else if (groupWord > 0 && !groupNoun(ts, i, groupWord)) {
				break;
			} else if (groupWord > 0 && (verb === 0 || afterList || groupWord > verb)) {
				take = groupWord;
			} else if (syllable) {
				take = 1;
				budget = 0;
			} else if (phraseAt(ts, i, ['trên địa bàn']) > 0) {
				take = 3;
			} else if (lower(w) === 'của' && phraseAt(ts, i + 1, LEVELS) > 0 && group) {
				// 'Các cơ quan thông tin, truyền thông của tỉnh': the group's level, after 'của'
				take = 1 + phraseAt(ts, i + 1, LEVELS);
				closed = true;
				budget = 0;
			} else if (verb > 0) {
				break;
			} else if (lower(w) === 'và' || lower(w) === 'ở') {
				// 'Sở Khoa học và Công nghệ', 'Tổ đảng ở các thôn, khu phố'; never 'và tổ chức …'
				const onward =
					isCapitalised(next) ||
					/^(?:các|những)$/u.test(next) ||
					phraseAt(ts, i + 1, LEVELS) > 0 ||
					(!closed && phraseAt(ts, i + 1, NAME_WORDS) > 0);
				if (!onward) break;
				take = 1;
				closed = false;
			} else if (lower(w) === 'các' || lower(w) === 'những') {
				group = true;
				take = 1;
			} else if (group && !isCapitalised(w)) {
				// the lower-case nouns of a group: 'các trường trung học phổ thông', 'các chi, đảng bộ'
				take = phraseAt(ts, i, LEVELS) || 1;
			} else if (phraseAt(ts, i, LEVELS) > 0) {
				take = phraseAt(ts, i, LEVELS);
				const within = lower(w) === 'trung' && isCapitalised(ts[i + take]?.word ?? '');
				closed = !within;
				budget = 0;
			} else if (!closed && phraseAt(ts, i, NAME_WORDS) > 0) {
				take = phraseAt(ts, i, NAME_WORDS);
				budget = 0;
			} else if (budget > 0 && !closed) {
				take = 1;
				budget -= 1;
			} else {
				// after 'tỉnh', 'Tỉnh ủy' the name is over for sure; before, the word may be a name's own
				sure = closed;
				break;
			}
		}
		const last = ts[i + take - 1];
		if (last === undefined) break;
		end = last.end;
		i += take;
		if (last.after === '') continue;
		// a comma goes on only into another part of the same name ('Sở Văn hóa, Thể thao và Du lịch') or group
		if (!last.after.startsWith(',')) break;
		const next = ts[i];
		if (next === undefined) break;
		// 'Đảng đoàn Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội' lists on into a group
		const intoGroup = /^(?:các|những)$/u.test(next.word);
		// 'Ủy ban nhân dân xã, phường, thị trấn', 'quận, huyện': the levels a name is written for
		const levelList = closed && !group && levelEnded(ts, i - 1) && phraseAt(ts, i, LEVELS) > 0;
		if (levelList) continue;
		// 'Các tổ chức chính trị - xã hội, tổ chức xã hội, …': the same noun again starts another body
		const again =
			group &&
			lower(next.word) === lower(ts[1]?.word ?? '') &&
			lower(ts[i + 1]?.word ?? '') === lower(ts[2]?.word ?? '');
		if (again) break;
		// 'Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện': a capitalised head after a group starts another body
		if (
			group &&
			/^(?:Chủ|Thủ|Giám|UBND|HĐND|Ủy|Uỷ|Sở|Ban|Bộ|Công|Văn|Đảng|Hội|Mặt|Liên|Người|Trưởng)$/u.test(next.word)
		)
			break;
		const onward = group
			? phraseAt(ts, i, GROUP_WORDS) > 0 || (phraseAt(ts, i, STOPS) === 0 && phraseAt(ts, i, verbs) === 0)
			: (isCapitalised(next.word) && !closed) || intoGroup;
		if (!onward) break;
	}
	return { length: end, sure };
}

/** 'Các thành viên (khác) trong tiểu ban': 'trong' at i goes on into the body the group's members sit in. */
function membersIn(ts: readonly Token[], i: number): boolean {
	if (lower(ts[i]?.word ?? '') !== 'trong' || ts[i - 1]?.after !== '') return false;
	const noun = `${lower(ts[1]?.word ?? '')} ${lower(ts[2]?.word ?? '')}`;
	return MEMBERS.test(noun) && i <= 4;
}

/** True when the token at i ends a level word ('xã', 'huyện', 'thị trấn'). */
function levelEnded(ts: readonly Token[], i: number): boolean {
	for (let k = 0; k < 2; k++) if (i - k >= 0 && phraseAt(ts, i - k, LEVELS) === k + 1) return true;
	return false;
}

/**
 * 'tổ chức' in a group is the noun ('các cấp ủy, tổ chức đảng', 'tổ chức xã hội') only before another
 * noun of a group or the list's end; before anything else it is the verb ('các thôn, tổ dân phố, tổ chức
 * phổ biến …').
 */
function groupNoun(ts: readonly Token[], i: number, words: number): boolean {
	if (lower(ts[i]?.word ?? '') !== 'tổ' || words !== 2) return true;
	const last = ts[i + 1];
	const next = ts[i + 2];
	if (last === undefined || next === undefined || last.after !== '') return true;
	return /^(?:đảng|chính|xã|đoàn|hội|và|thành|liên|trên|có|thuộc|cơ|kinh|phi|quốc|tôn)$/u.test(
		lower(next.word)
	);
}
