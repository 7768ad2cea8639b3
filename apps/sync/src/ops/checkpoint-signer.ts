import { readSigningKey, startCheckpointSigner, type Schema } from '@trienkhai/db';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';

/** Default period of the signer: every 5 minutes (`CHECKPOINT_INTERVAL_S`). */
const DEFAULT_INTERVAL_S = 300;

/**
 * Starts the periodic signer of chain heads when `CHECKPOINT_KEY_FILE` names an Ed25519 key (kept outside
 * the database); returns null when it is unset. Throws on an unreadable key or a bad interval, so a
 * misconfigured instance fails at start rather than silently never signing.
 */
export async function startCheckpointSignerFromEnv(
	env: Record<string, string | undefined>,
	db: Kysely<Schema>,
	log: Logger
): Promise<{ stop(): void } | null> {
	const file = env['CHECKPOINT_KEY_FILE'];
	if (!file) return null;
	const seconds = Number(env['CHECKPOINT_INTERVAL_S'] || DEFAULT_INTERVAL_S);
	if (!Number.isFinite(seconds) || seconds < 1) {
		throw new Error(`CHECKPOINT_INTERVAL_S is not a number of seconds ≥ 1: ${env['CHECKPOINT_INTERVAL_S']}`);
	}
	const key = await readSigningKey(file);
	log.info({ keyId: key.keyId, intervalS: seconds }, 'chain checkpoint signer started');
	return startCheckpointSigner({
		db,
		key,
		intervalMs: seconds * 1000,
		onSigned: (made) => log.info({ signed: made.length, keyId: key.keyId }, 'chain heads signed'),
		onError: (error) => log.error({ err: error }, 'chain checkpoint signing failed')
	});
}
