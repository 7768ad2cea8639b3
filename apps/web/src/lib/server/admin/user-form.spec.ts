import { describe, expect, it } from 'vitest';
import { passwordError, readNewUser, validateNewUser } from './user-form.ts';

const units = new Set(['qb-so-khcn']);
const valid = {
	username: 'nguyen.van.a',
	displayName: 'Nguyễn Văn A',
	unitId: 'qb-so-khcn',
	password: 'mat-khau-2026',
	isAdmin: false
};

describe('validateNewUser', () => {
	it('accepts a well-formed account', () => {
		expect(validateNewUser(valid, units)).toEqual({});
	});
	it.each(['ab', 'Nguyễn', 'nguyen..a', '.nguyen', 'nguyen a', 'x'.repeat(65)])(
		'refuses the user name %s',
		(username) => {
			expect(validateNewUser({ ...valid, username }, units)).toEqual({
				username: 'Tên đăng nhập gồm 3–64 ký tự: chữ thường không dấu, số và dấu . - _ ở giữa.'
			});
		}
	);
	it('explains every other wrong field in Vietnamese', () => {
		expect(validateNewUser({ ...valid, displayName: '', unitId: 'nope', password: 'ngan' }, units)).toEqual({
			displayName: 'Vui lòng nhập họ và tên.',
			unitId: 'Vui lòng chọn đơn vị.',
			password: 'Mật khẩu phải có ít nhất 8 ký tự.'
		});
	});
});

describe('readNewUser', () => {
	it('lower-cases the user name, keeps the password as typed and reads the checkbox', () => {
		const form = new FormData();
		form.set('username', '  Nguyen.Van.A ');
		form.set('password', ' có dấu cách ');
		form.set('isAdmin', 'on');
		expect(readNewUser(form)).toMatchObject({
			username: 'nguyen.van.a',
			password: ' có dấu cách ',
			isAdmin: true
		});
	});
});

describe('passwordError', () => {
	it('bounds the length', () => {
		expect(passwordError('12345678')).toBeNull();
		expect(passwordError('x'.repeat(257))).toBe('Mật khẩu quá dài (tối đa 256 ký tự).');
	});
});
