import { describe, expect, it } from 'vitest';
import { loginPathFor, safeNextPath } from '@/lib/auth/next-path';

describe('the page after login', () => {
  it.each([
    ['/desk/articles/12', '/desk/articles/12'],
    ['/admin/users?x=1#top', '/admin/users?x=1#top'],
    ['/desk/../admin', '/admin'],
    ['/%0d%0aSet-Cookie:x', '/%0d%0aSet-Cookie:x'], // stays encoded: a harmless path
  ])('keeps a path of this site: %s', (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });

  it.each([
    'https://evil.example/desk',
    '//evil.example/desk',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    'desk',
    '/login?next=/desk',
    '/api/auth/signout',
    '/\u0000',
    '',
    undefined,
    ['/desk'],
  ])('falls back to the desk for %s', (input) => {
    expect(safeNextPath(input)).toBe('/desk');
  });

  it('builds the login address that comes back', () => {
    expect(loginPathFor('/desk/articles/5?tab=review')).toBe('/login?next=%2Fdesk%2Farticles%2F5%3Ftab%3Dreview');
    expect(loginPathFor('https://evil.example')).toBe('/login?next=%2Fdesk');
  });
});
