/**
 * The query string ('' or '?…') of a page address with some parameters changed (null removes one), for
 * links that keep the current filter.
 */
export function queryWith(search: string, changes: Record<string, string | null>): `?${string}` | '' {
	const params = new URLSearchParams(search);
	for (const [name, value] of Object.entries(changes)) {
		if (value === null) params.delete(name);
		else params.set(name, value);
	}
	const text = params.toString();
	return text ? `?${text}` : '';
}
