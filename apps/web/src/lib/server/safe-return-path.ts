/** A same-site path to go back to; anything that could leave the site (`//x`, `https:`, `\\`) becomes `/`. */
export function safeReturnPath(candidate: string | null): string {
	if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.includes('\\')) {
		return '/';
	}
	return candidate;
}
