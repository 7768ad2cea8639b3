import type { LayoutServerLoad } from './$types';

// The header shows who is signed in; nothing more of the session goes to the browser.
export const load: LayoutServerLoad = ({ locals }) => ({ user: locals.user });
