import { describe, expect, it } from 'vitest';
import { authRedirect, loginPathFor, safeNextPath } from '@/lib/auth/next-path';

describe('the page after login', () => {
  it.each([
    ['/desk/articles/12', '/desk/articles/12'],
    ['/admin/users?x=1#top', '/admin/users?x=1#top'],
    ['/desk/../admin', '/admin'],
    ['/desk/./articles/%31%32', '/desk/articles/12'],
    ['/desk/a%20b', '/desk/a%20b'],
    ['/desk/%D0%BC%D0%B2%D0%B4', '/desk/%D0%BC%D0%B2%D0%B4'],
    ['/@evil.example', '/@evil.example'], // a path of this site, not userinfo
    ['/desk?next=//evil.example', '/desk?next=//evil.example'], // a query cannot change the origin
    ['/%2e%2e/admin', '/admin'],
  ])('keeps a path of this site, normalised: %s', (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });

  it.each([
    // absolute and scheme-relative
    'https://evil.example/desk',
    'HTTPS://evil.example',
    'http:evil.example',
    '//evil.example/desk',
    '///evil.example',
    '////evil.example',
    // encoded slashes and dot segments that turn into "//"
    '/.%2F%2Fevil.example%2Fphish',
    '/%2F%2Fevil.example',
    '/%2f/evil.example',
    '/%252F%252Fevil.example',
    '/%25252F%25252Fevil.example',
    '/a/..//evil.example',
    '/a/%2e%2e//evil.example',
    '/./%2F/evil.example',
    '/.//evil.example',
    '/%2e/%2fevil.example',
    // backslashes, raw and encoded
    '/\\evil.example',
    '\\\\evil.example',
    '/%5Cevil.example',
    '/%5C%5Cevil.example',
    '/%255Cevil.example',
    // tabs, newlines and other control characters (URL parsers drop tabs and newlines)
    '/\t/evil.example',
    '/%09/evil.example',
    '/\n/evil.example',
    '/%0a/evil.example',
    '/%0d%0aSet-Cookie:x',
    '/\r\n/evil.example',
    '/%00',
    '/\u0000',
    // invisible and bidi characters
    '/\u202e/evil',
    '/%E2%80%AEdesk',
    '/desk\u200b',
    // schemes and userinfo
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '%6A%61vascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'https://release-desk.invalid@evil.example',
    '//release-desk.invalid@evil.example',
    '/%2F%2Fuser:pass@evil.example',
    // relative, empty and non-strings
    'desk',
    '.',
    '',
    undefined,
    null,
    42,
    ['/desk'],
    // bad escapes and endless encodings
    '/%',
    '/%zz',
    '/%E2%80',
    '/%2525252525252F',
    '/' + 'a'.repeat(3000),
    // login and auth API (loops, sign-outs)
    '/login?next=/desk',
    '/en/login',
    '/LOGIN',
    '/api/auth/signout',
    '/%61pi/auth/signout',
    '/desk/../api/auth/signout',
  ])('falls back to the desk for %j', (input) => {
    expect(safeNextPath(input)).toBe('/desk');
  });

  it('answers a path that a second decoding leaves unchanged in meaning', () => {
    for (const input of ['/desk/a%20b', '/desk/%D0%BC', '/admin/users?x=1#top']) {
      const once = safeNextPath(input);
      expect(safeNextPath(decodeURIComponent(once))).toBe(once);
    }
  });

  it('builds the login address that comes back', () => {
    expect(loginPathFor('/desk/articles/5?tab=review')).toBe('/login?next=%2Fdesk%2Farticles%2F5%3Ftab%3Dreview');
    expect(loginPathFor('https://evil.example')).toBe('/login?next=%2Fdesk');
    expect(loginPathFor('/a/..//evil.example')).toBe('/login?next=%2Fdesk');
  });
});

describe("next-auth's callbackUrl", () => {
  const base = 'https://desk.example.org';
  it.each([
    ['/desk', 'https://desk.example.org/desk'],
    ['https://desk.example.org/desk/articles/1', 'https://desk.example.org/desk/articles/1'],
    ['/login', 'https://desk.example.org/login'],
  ])('keeps %s on this site', (url, expected) => {
    expect(authRedirect(url, base)).toBe(expected);
  });

  it.each([
    'https://evil.example/desk',
    'https://desk.example.org.evil.example/',
    'https://desk.example.org@evil.example/',
    'http://desk.example.org/desk', // another origin: the scheme differs
    '//evil.example',
    '/.%2F%2Fevil.example',
    '/a/..//evil.example',
    '/\\evil.example',
    'not a url at all',
    '%',
    '',
  ])('sends %j to the root of this site', (url) => {
    expect(authRedirect(url, base)).toBe(base);
  });
});
