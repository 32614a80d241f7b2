import { describe, expect, it } from 'vitest';
import { MAIL_RETRY_MINUTES, MAX_MAIL_ATTEMPTS, nextMailAttempt } from '@/lib/domain/mail-schedule';
import { mailSettingsFromEnv } from '@/lib/mail/mail-settings';

describe('mail settings', () => {
  it('keeps e-mail off unless SMTP_URL or SMTP_HOST is set', () => {
    expect(mailSettingsFromEnv({})).toBeNull();
    expect(mailSettingsFromEnv({ SMTP_HOST: '  ', MAIL_FROM: 'a@b.org' })).toBeNull();
  });

  it('reads host, port, credentials, TLS and the sender, and links to APP_URL without a trailing slash', () => {
    const settings = mailSettingsFromEnv({
      SMTP_HOST: 'smtp.example.org',
      SMTP_PORT: '465',
      SMTP_USER: 'desk@example.org',
      SMTP_PASSWORD: 'secret',
      APP_URL: 'https://desk.example.org/',
    });
    expect(settings).toMatchObject({
      smtp: { host: 'smtp.example.org', port: 465, secure: true, auth: { user: 'desk@example.org', pass: 'secret' } },
      from: 'Release Desk <desk@example.org>',
      appUrl: 'https://desk.example.org',
    });
    expect(mailSettingsFromEnv({ SMTP_URL: 'smtp://u:p@mail:2525', NEXTAUTH_URL: 'https://x.org', MAIL_FROM: 'News <n@x.org>' })).toMatchObject({
      smtp: { url: 'smtp://u:p@mail:2525' },
      from: 'News <n@x.org>',
      appUrl: 'https://x.org',
    });
    expect(mailSettingsFromEnv({ SMTP_HOST: 'mail', PORT: '8080' })).toMatchObject({ appUrl: 'http://localhost:8080', smtp: { secure: false } });
  });
});

describe('mail retry schedule', () => {
  it('waits 1, 5, 30, 120, 360 minutes after each failed attempt and gives up after the last', () => {
    const now = new Date('2024-01-01T00:00:00Z');
    const waits = Array.from({ length: MAX_MAIL_ATTEMPTS }, (_, i) => nextMailAttempt(i + 1, now)).map((d) => (d ? (d.getTime() - now.getTime()) / 60_000 : null));
    expect(waits).toEqual([...MAIL_RETRY_MINUTES, null]);
  });
});
