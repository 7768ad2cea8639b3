import { hash, verify, type Options } from '@node-rs/argon2';

// The package's `Algorithm` is a const enum, which `verbatimModuleSyntax` cannot import: 2 is Argon2id.
const ARGON2ID = 2 as NonNullable<Options['algorithm']>;

// Argon2id with OWASP's first recommended setting (19 MiB, 2 passes, 1 lane): about 20 ms here.
const OPTIONS: Options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** An Argon2id hash (PHC string with its own salt and parameters) of a password. */
export function hashPassword(password: string): Promise<string> {
	return hash(password, OPTIONS);
}

/**
 * Whether the password matches the hash. With no hash (an account without a password) it still spends the
 * time of one verification against a throw-away hash, so timing does not tell which user names exist.
 */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
	try {
		const ok = await verify(passwordHash ?? (await dummyHash()), password);
		return passwordHash !== null && ok;
	} catch {
		// a malformed stored hash is a failed sign-in, not a server error
		return false;
	}
}

let dummy: Promise<string> | null = null;
function dummyHash(): Promise<string> {
	// a constant of the process, like a compiled regular expression: not request state
	dummy ??= hashPassword('not-a-password-of-anyone');
	return dummy;
}
