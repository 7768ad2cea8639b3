import path from 'node:path';

/** Where issued plans' edXML packages go, and how the queue retries. */
export interface EdxmlConfig {
	/** Folder the packages are written to (the e-office system's pick-up folder); null: none. */
	outboxDir: string | null;
	/** Endpoint of the unit's exchange gateway the packages are posted to; null: none. */
	gatewayUrl: string | null;
	/** Bearer token the gateway presents when it posts status messages; null: only signed-in staff may. */
	inboxToken: string | null;
	/** Attempts before a package is given up. */
	maxAttempts: number;
	/** First retry delay; each later one doubles, up to `maxDelayMs`. */
	retryBaseMs: number;
	maxDelayMs: number;
	/** How often the queue looks for due packages. */
	intervalMs: number;
}

/**
 * EDXML_OUTBOX_DIR, EDXML_GATEWAY_URL, EDXML_INBOX_TOKEN. With neither destination set, packages are
 * written to `$DATA_DIR/edxml-outbox` (./data/edxml-outbox), so an issued plan's package is always somewhere.
 */
export function edxmlConfigFromEnv(env: NodeJS.ProcessEnv, cwd: string): EdxmlConfig {
	const gatewayUrl = env['EDXML_GATEWAY_URL'] || null;
	const dataDir = path.resolve(cwd, env['DATA_DIR'] || 'data');
	const outboxDir = env['EDXML_OUTBOX_DIR']
		? path.resolve(cwd, env['EDXML_OUTBOX_DIR'])
		: gatewayUrl
			? null
			: path.join(dataDir, 'edxml-outbox');
	return {
		outboxDir,
		gatewayUrl,
		inboxToken: env['EDXML_INBOX_TOKEN'] || null,
		maxAttempts: 8,
		retryBaseMs: 30_000,
		maxDelayMs: 3_600_000,
		intervalMs: 15_000
	};
}

/** When attempt `n` (1-based) failed, the next one is due after this long. */
export function retryDelayMs(config: EdxmlConfig, attempt: number): number {
	return Math.min(config.maxDelayMs, config.retryBaseMs * 2 ** (attempt - 1));
}
