/** Where the sign-in form lives (Vietnamese path: the interface is Vietnamese first). */
export const SIGN_IN_PATH = '/dang-nhap';

const PUBLIC_PATHS = [SIGN_IN_PATH, '/dang-xuat', '/lang'];

/** What the hook needs to know of a request to decide about a visitor who is not signed in. */
export interface AnonymousRequest {
	pathname: string;
	/** the Accept header ('' when absent) */
	accept: string;
	/** SvelteKit's client-side navigation data request (`__data.json`) */
	isDataRequest: boolean;
	/** an enhanced form submission (`x-sveltekit-action` header) */
	isActionRequest: boolean;
}

/**
 * Everything is for signed-in staff except signing in and out and the language switch. Pages (and the
 * requests SvelteKit makes for them) go to the sign-in form; `/api/` and other script requests get 401 JSON
 * rather than a redirect to an HTML page they cannot use.
 */
export function anonymousAccess(request: AnonymousRequest): 'allow' | 'sign-in' | 'unauthorized' {
	const { pathname } = request;
	if (PUBLIC_PATHS.some((p) => pathname === p || pathname === `${p}/`)) return 'allow';
	if (pathname === '/api' || pathname.startsWith('/api/')) return 'unauthorized';
	if (request.isDataRequest || request.isActionRequest || request.accept.includes('text/html'))
		return 'sign-in';
	return 'unauthorized';
}

/** The sign-in page, with the page asked for as the place to return to. */
export function signInLocation(url: URL): string {
	const back = url.pathname + url.search;
	return back === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(back)}`;
}
