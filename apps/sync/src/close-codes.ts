/**
 * Every close code the sync server uses, in one place (the web client imports it to explain a close).
 * `WebsocketProvider` reconnects after any code except 4400–4499, which mean "reconnecting cannot fix this".
 * Before any upgrade, a request without a valid identity gets HTTP 401 and too many sockets HTTP 429.
 */
export const CLOSE = {
	/** Server shutting down or unloading the plan; reconnect (to another instance). */
	goingAway: 1001,
	/** A message over the size limit (ws closes before reading it). */
	messageTooBig: 1009,
	/** A frame that is not the y-websocket protocol (truncated, unknown type). */
	badMessage: 4400,
	/** The identity expired or was revoked while connected. */
	unauthorized: 4401,
	/** The plan does not exist. */
	planNotFound: 4404,
	/** A presence (awareness) message over `maxPresenceBytes` (config.ts); the room never sees it. */
	presenceTooLarge: 4413,
	/**
	 * An update of this connection was refused (rights, hidden content, byte budget, or the plan's rights
	 * changed before it was written): nothing of it was applied or stored. The client must drop its local
	 * copy of the plan (IndexedDB included) and load the server's state; others' edits are untouched.
	 */
	refused: 4409,
	/** An update Yjs cannot read, or content outside the plan document's layout. */
	invalidUpdate: 4422,
	/** Awareness for a client id that is not this connection's (posing as someone else). */
	forgedAwareness: 4423,
	/** Presence messages faster than `presencePerSecond` after a burst of `presenceBurst`; the room never sees them. */
	presenceTooFast: 4429,
	/** An unexpected server error; reconnect. */
	internalError: 4500,
	/** The update builds on changes this instance has not received yet; reconnect and resend. */
	resync: 4503,
	/** The client read too slowly and its send buffer passed the limit; reconnect. */
	slowClient: 4508,
	/** The plan's room failed (its rights could not be read, the log refused a write); reconnect. */
	roomFailed: 4510
} as const;

export type CloseCode = (typeof CLOSE)[keyof typeof CLOSE];

/** Vietnamese explanations of the close codes, for the user interface. */
export const CLOSE_REASONS_VI: Record<CloseCode, string> = {
	1001: 'Máy chủ đang khởi động lại; đang kết nối lại.',
	1009: 'Dữ liệu gửi lên quá lớn.',
	4400: 'Dữ liệu gửi lên không đúng giao thức.',
	4401: 'Phiên đăng nhập đã hết hạn; vui lòng đăng nhập lại.',
	4404: 'Kế hoạch không tồn tại.',
	4413: 'Thông tin hiện diện quá lớn.',
	4409: 'Thay đổi của bạn không được lưu; kế hoạch được tải lại theo bản trên máy chủ.',
	4422: 'Thay đổi không hợp lệ nên không được lưu.',
	4423: 'Thông tin hiện diện không hợp lệ.',
	4429: 'Thông tin hiện diện được gửi quá dày.',
	4500: 'Lỗi máy chủ; đang kết nối lại.',
	4503: 'Đang đồng bộ lại với máy chủ.',
	4508: 'Kết nối quá chậm; đang kết nối lại.',
	4510: 'Máy chủ gặp lỗi khi lưu kế hoạch; đang kết nối lại.'
};
