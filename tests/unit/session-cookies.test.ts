import { describe, expect, it } from 'vitest';
import { limitSessionCookie, sessionCookieExpiry } from '@/lib/auth/session-cookies';
import { sessionPolicy } from '@/lib/auth/session-policy';

const now = new Date('2026-03-01T20:00:00Z');
const attrs = (line: string) => line.split('; ').slice(1);

describe('the session cookie', () => {
  it('never outlives the session: renewed late, it still ends 12 hours after login', () => {
    const loginAt = Date.parse('2026-03-01T10:00:00Z') / 1000;
    const end = sessionCookieExpiry(loginAt, sessionPolicy({} as NodeJS.ProcessEnv).absoluteSeconds);
    expect(end.toISOString()).toBe('2026-03-01T22:00:00.000Z');
    // next-auth renews it for the full maxAge from now (here: 30 days).
    const renewed = `next-auth.session-token=abc; Path=/; Expires=${new Date(now.getTime() + 30 * 86400_000).toUTCString()}; HttpOnly; SameSite=Lax`;
    const limited = limitSessionCookie(renewed, end, false, now);
    expect(attrs(limited)).toContain(`Expires=${end.toUTCString()}`);
    expect(attrs(limited)).toContain('Max-Age=7200');
    expect(attrs(limited)).toEqual(expect.arrayContaining(['Path=/', 'HttpOnly', 'SameSite=Lax']));
    expect(limited.startsWith('next-auth.session-token=abc;')).toBe(true);
  });

  it('reads SESSION_MAX_HOURS', () => {
    expect(sessionPolicy({ SESSION_MAX_HOURS: '2' } as unknown as NodeJS.ProcessEnv).absoluteSeconds).toBe(7200);
  });

  it('carries Secure behind HTTPS, and only then', () => {
    const line = 'next-auth.session-token=abc; Path=/; HttpOnly';
    expect(attrs(limitSessionCookie(line, null, true, now))).toContain('Secure');
    expect(attrs(limitSessionCookie(line, null, false, now))).not.toContain('Secure');
    expect(limitSessionCookie('x=1; Secure', null, true, now).match(/Secure/g)).toHaveLength(1);
  });

  it('leaves a deletion a deletion', () => {
    const line = 'next-auth.session-token=; Path=/; Max-Age=0';
    const limited = limitSessionCookie(line, new Date(now.getTime() + 3600_000), true, now);
    expect(attrs(limited)).toContain('Max-Age=0');
    expect(limited).not.toMatch(/Expires=/);
  });
});
