import type SMTPTransport from 'nodemailer/lib/smtp-transport';

/** Where e-mail goes out, read from the environment; null when e-mail is off (the default). */
export interface MailSettings {
  /** nodemailer's SMTP transport options (a URL, or host/port/user/password). */
  smtp: SMTPTransport.Options;
  /** The From header, e.g. `Release Desk <desk@example.org>`. */
  from: string;
  /** The app's public address for links in the messages, without a trailing slash. */
  appUrl: string;
}

type Env = Record<string, string | undefined>;

/** A slow or silent server must not hold the sender for long: every step times out. */
const TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 };

/**
 * E-mail is on when SMTP_URL or SMTP_HOST is set. MAIL_FROM defaults to `Release Desk <SMTP_USER>`
 * (or release-desk@localhost); APP_URL falls back to PUBLIC_URL, NEXTAUTH_URL, then localhost:PORT.
 */
export function mailSettingsFromEnv(env: Env = process.env): MailSettings | null {
  const url = env.SMTP_URL?.trim();
  const host = env.SMTP_HOST?.trim();
  if (!url && !host) return null;
  const smtp: SMTPTransport.Options = url
    ? { url, ...TIMEOUTS }
    : {
        host,
        port: env.SMTP_PORT ? Number(env.SMTP_PORT) : undefined,
        secure: env.SMTP_SECURE === 'true' || env.SMTP_SECURE === '1' || env.SMTP_PORT === '465',
        ...(env.SMTP_USER ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? '' } } : {}),
        ...TIMEOUTS,
      };
  const from = env.MAIL_FROM?.trim() || `Release Desk <${env.SMTP_USER?.includes('@') ? env.SMTP_USER : 'release-desk@localhost'}>`;
  const appUrl = (env.APP_URL || env.PUBLIC_URL || env.NEXTAUTH_URL || `http://localhost:${env.PORT || 3000}`).trim().replace(/\/+$/, '');
  return { smtp, from, appUrl };
}
