/** How notifications are mailed: an SMTP server (none: no mail), the sender, and the app's public address. */
export interface MailConfig {
	/** e.g. smtp://user:pass@mail.example.gov.vn:587 or smtps://…:465; null: mail is off. */
	smtpUrl: string | null;
	from: string;
	/** Where mails link to, e.g. https://trienkhai.example.gov.vn/ ; null: no link. */
	publicUrl: string | null;
	/** How often the mail job looks for mails to send. */
	intervalMs: number;
}

/** Reads the mail settings from the environment once, at the composition root. */
export function mailConfigFromEnv(env: NodeJS.ProcessEnv): MailConfig {
	const smtpUrl = env['SMTP_URL']?.trim() || null;
	if (smtpUrl !== null && !/^smtps?:\/\//.test(smtpUrl))
		throw new Error('SMTP_URL must start with smtp:// or smtps://');
	return {
		smtpUrl,
		from: env['MAIL_FROM']?.trim() || 'Triển Khai <trienkhai@localhost>',
		publicUrl: env['PUBLIC_URL']?.trim() || null,
		intervalMs: Number(env['MAIL_INTERVAL_MS'] ?? 5000)
	};
}
