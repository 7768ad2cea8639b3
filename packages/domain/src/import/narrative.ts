import { fold } from './text.ts';

/**
 * Words a task begins with: what is to be done ('Rà soát …', 'Tiếp tục thực hiện …', 'Đẩy mạnh …').
 * Folded, so 'Tổ chức' and 'to chuc' are one.
 */
const ACTIONS = [
	'ban hanh',
	'bao cao',
	'bao dam',
	'bao ton',
	'bao ve',
	'bien soan',
	'bieu duong',
	'bo sung',
	'bo tri',
	'boi duong',
	'cai cach',
	'cai thien',
	'cai tao',
	'can cu',
	'can doi',
	'cap nhat',
	'chan chinh',
	'chap hanh',
	'cham lo',
	'chi dao',
	'chu dong',
	'chu tri',
	'chu trong',
	'chuan bi',
	'chuyen doi',
	'co cau',
	'cong khai',
	'cu',
	'cung co',
	'cung cap',
	'dam bao',
	'danh gia',
	'dang ky',
	'dao tao',
	'dau tranh',
	'dau tu',
	'day manh',
	'day nhanh',
	'de nghi',
	'de xuat',
	'dieu chinh',
	'dieu tra',
	'dinh huong',
	'doi moi',
	'don doc',
	'dong vien',
	'dua',
	'duy tri',
	'gan',
	'gia tang',
	'giam',
	'giai quyet',
	'giam sat',
	'giao',
	'giao duc',
	'gioi thieu',
	'giu',
	'gui',
	'hinh thanh',
	'ho tro',
	'hoan chinh',
	'hoan thanh',
	'hoan thien',
	'hop',
	'huong dan',
	'huong ung',
	'huy dong',
	'ket noi',
	'khac phuc',
	'khai thac',
	'khan truong',
	'khao sat',
	'khen thuong',
	'khuyen khich',
	'kien toan',
	'kiem tra',
	'kiem soat',
	'kip thoi',
	'lam',
	'lanh dao',
	'lap',
	'long ghep',
	'lua chon',
	'mo',
	'nam',
	'nang cao',
	'nang cap',
	'ngan chan',
	'nghien cuu',
	'nghiem tuc',
	'niem yet',
	'on dinh',
	'phan cong',
	'phan dau',
	'phat dong',
	'phat hien',
	'phat huy',
	'phat trien',
	'phe duyet',
	'phoi hop',
	'phu trach',
	'pho bien',
	'phong',
	'phong chong',
	'quan ly',
	'quyet dinh',
	'quan tam',
	'quan triet',
	'quy tap',
	'ra soat',
	'rut kinh nghiem',
	'sap xep',
	'so ket',
	'so hoa',
	'su dung',
	'sua doi',
	'tang',
	'tang cuong',
	'tao',
	'tap huan',
	'tap trung',
	'tham dinh',
	'tham gia',
	'tham muu',
	'tham tra',
	'thanh lap',
	'thanh tra',
	'theo doi',
	'thi diem',
	'thi dua',
	'thong ke',
	'thong tin',
	'thu hut',
	'thu thap',
	'thuc day',
	'thuc hien',
	'thuong xuyen',
	'tich cuc',
	'tiep can',
	'tiep nhan',
	'tiep tuc',
	'tien hanh',
	'tim kiem',
	'to chuc',
	'ton tao',
	'tong hop',
	'tong ket',
	'trien khai',
	'trinh',
	'truy xuat',
	'tu bo',
	'tuyen truyen',
	'uu tien',
	'ung dung',
	'van dong',
	'van dung',
	'van hanh',
	'xac dinh',
	'xac minh',
	'xay dung',
	'xem xet',
	'xoa',
	'xu ly'
].map((a) => a.split(' '));

// a time written before the task: 'Năm 2018: Rà soát …', 'Đến năm 2020, giải quyết …', 'Hằng năm, …'
const TIME_PREFIX =
	/^(?:(?:trong|den|tu|truoc|cuoi|dau)\s+)?(?:nam|quy|thang|giai doan)\s+[\divxl/\s-]+[:,]\s*|^(?:hang|hanh) (?:nam|quy|thang)[:,]\s*/;

/**
 * True for an item that asks nobody to do anything: a criterion ('Nhà ở bị hư hỏng nặng …'), a case
 * ('Đối với trường hợp …'), a rule ('Đề án … cần phân định rõ …'). A task begins with what is to be
 * done, perhaps after when ('Năm 2018: Rà soát …'), or is a target for a date ('Đến năm 2020, 100% …');
 * an item that begins otherwise is narrative only when it reads as a case, a condition or a rule.
 */
export function assignsNothing(text: string): boolean {
	// a theme or slogan, wholly in quotes: '“Lập thành tích chào mừng Đại hội …”'
	if (/^\s*[“"][^“”"]+[”"]\s*[.;]?\s*$/u.test(text)) return true;
	const { rest, timed } = withoutTime(text);
	if (actionAt(rest, timed)) return false;
	// what it says of things: a case, a condition, a requirement ('… phải …', '… cần …', '… là …')
	return RULE_START.test(rest) || RULE_WORD.test(` ${rest} `);
}

const RULE_START = /^(?:la|doi voi|truong hop|sau khi|khi|neu|viec)\s/;
// 'căn cứ' (on the basis of) is no 'cần' (must)
const RULE_WORD = /\s(?:phai|can(?! cu\b)|la|thi|ma|thuoc|co|duoc)\s/;

function withoutTime(text: string): { rest: string; timed: boolean } {
	const folded = fold(text).replace(/^[\s\-–+•*"“]+/u, '');
	const timed = TIME_PREFIX.exec(folded);
	return timed === null
		? { rest: folded, timed: false }
		: { rest: folded.slice(timed[0].length), timed: true };
}

function actionAt(rest: string, timed: boolean): boolean {
	if (timed && /^\d/.test(rest)) return true;
	const words = rest.split(/[\s,.;:]+/u, 4);
	return ACTIONS.some((action) => action.every((w, i) => words[i] === w));
}

/** True when the text begins with what is to be done ('Rà soát …', 'Năm 2018: Trình …', 'Đến năm 2020, 100% …'). */
export function startsWithAction(text: string): boolean {
	const { rest, timed } = withoutTime(text);
	return actionAt(rest, timed);
}
