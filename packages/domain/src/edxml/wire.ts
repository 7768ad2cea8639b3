/**
 * How edXML writes dates, instants and file contents on the wire, read leniently (the e-office systems in
 * use write 'YYYY/MM/DD', 'YYYY-MM-DD' or 'DD/MM/YYYY'; instants without a zone are Vietnam time) and
 * written one way.
 */

/** An ISO date from any of the written forms; null when the text is none of them or no real date. */
export function readWireDate(text: string): string | null {
	const t = text.trim();
	const ymd = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(t);
	const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})/.exec(t);
	const [y, m, d] = ymd ? [ymd[1], ymd[2], ymd[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
	if (!y || !m || !d) return null;
	const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
	const check = new Date(`${iso}T00:00:00Z`);
	return !Number.isNaN(check.getTime()) && check.toISOString().startsWith(iso) ? iso : null;
}

/** 'YYYY/MM/DD', the form the exchange platform's SDK writes. */
export function writeWireDate(iso: string): string {
	return iso.replaceAll('-', '/');
}

/** An ISO instant from a wire timestamp (zone-less times are Vietnam time, UTC+7); else the text as is. */
export function readWireInstant(text: string): string {
	const t = text.trim();
	const date = readWireDate(t);
	const time = /[ T](\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(t);
	if (!date) return t;
	if (/(?:Z|[+-]\d{2}:?\d{2})$/.test(t) && /^\d{4}-/.test(t)) {
		const parsed = new Date(t);
		return Number.isNaN(parsed.getTime()) ? t : parsed.toISOString();
	}
	const hh = (time?.[1] ?? '0').padStart(2, '0');
	const parsed = new Date(`${date}T${hh}:${time?.[2] ?? '00'}:${time?.[3] ?? '00'}+07:00`);
	return Number.isNaN(parsed.getTime()) ? t : parsed.toISOString();
}

/** 'YYYY/MM/DD HH:mm:ss' in Vietnam time, as trace headers write it. */
export function writeWireInstant(iso: string): string {
	const local = new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString();
	return `${writeWireDate(local.slice(0, 10))} ${local.slice(11, 19)}`;
}

/** Base64 of the bytes (RFC 4648, no line breaks). */
export function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary);
}

/** The bytes of base64 text (line breaks and spaces ignored); null when it is not base64. */
export function fromBase64(text: string): Uint8Array | null {
	const clean = text.replace(/\s+/g, '');
	if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) return null;
	try {
		const binary = atob(clean);
		const out = new Uint8Array(binary.length);
		for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
		return out;
	} catch {
		return null;
	}
}
