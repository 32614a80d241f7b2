import { describe, expect, it } from 'vitest';
import { displaySourceUrl, webLinkTarget } from '@/lib/domain/source-url';

describe('webLinkTarget: the one rule for clickable links', () => {
  it.each([
    ['https://example.org/a', 'https://example.org/a'],
    ['HTTP://Example.ORG/a?b#c', 'http://example.org/a?b#c'],
    ['  https://example.org/  ', 'https://example.org/'],
  ])('keeps %s', (href, expected) => {
    expect(webLinkTarget(href)).toBe(expected);
  });

  it.each([
    'smb://evil.example/share',
    'ms-msdt:/id PCWDiagnostic',
    'launch:calc.exe',
    'ftp://evil.example/',
    'data:text/html,<script>alert(1)</script>',
    '//evil.example/path',
    'java%09script:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'mailto:a@example.org',
    '/relative',
    'https://',
    '',
    null,
    undefined,
  ])('refuses %j', (href) => {
    expect(webLinkTarget(href)).toBeNull();
  });
});

describe('displaySourceUrl: addresses as browsers show them', () => {
  it.each([
    ['https://xn--b1aew.xn--p1ai/news/item/1', 'https://мвд.рф/news/item/1'], // all Cyrillic under a Cyrillic TLD
    ['https://xn--mnchen-3ya.de/', 'https://münchen.de/'],
    ['https://xn--r8jz45g.jp/', 'https://例え.jp/'],
    ['https://caricc.org/ru/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8', 'https://caricc.org/ru/новости'],
    ['https://example.org/a%20b', 'https://example.org/a%20b'], // a space stays encoded
    ['https://example.org/a%2Fb%3Fc', 'https://example.org/a%2Fb%3Fc'], // delimiters stay encoded
    ['https://example.org/%zz%E2%80', 'https://example.org/%zz%E2%80'], // bad escapes stay as written
    ['https://user:secret@example.org/p', 'https://example.org/p'],
  ])('shows %s as %s', (url, shown) => {
    expect(displaySourceUrl(url)).toBe(shown);
  });

  it.each([
    ['Cyrillic а in apple.com', 'https://аpple.com/', 'https://xn--pple-43d.com/'],
    ['all-Cyrillic look-alikes under .com', 'https://аррӏе.com/', 'https://xn--80ak6aa92e.com/'],
    ['Greek ο in google', 'https://gοogle.com/', new URL('https://gοogle.com/').href],
    ['Latin and Cyrillic in one label under .рф', 'https://mвд.рф/', new URL('https://mвд.рф/').href],
  ])('keeps a spoofable domain in punycode: %s', (_name, input, shown) => {
    expect(displaySourceUrl(new URL(input).href)).toBe(shown);
    expect(shown).toContain('xn--');
  });

  it.each([
    ['U+202E right-to-left override', '%E2%80%AE'],
    ['U+202A left-to-right embedding', '%E2%80%AA'],
    ['U+200B zero width space', '%E2%80%8B'],
    ['U+200D zero width joiner', '%E2%80%8D'],
    ['U+200E left-to-right mark', '%E2%80%8E'],
    ['U+2066 left-to-right isolate', '%E2%81%A6'],
    ['U+2069 pop directional isolate', '%E2%81%A9'],
    ['U+00AD soft hyphen', '%C2%AD'],
    ['U+FEFF byte order mark', '%EF%BB%BF'],
    ['U+061C Arabic letter mark', '%D8%9C'],
    ['U+0000 NUL', '%00'],
    ['U+0085 next line', '%C2%85'],
    ['U+3000 ideographic space', '%E3%80%80'],
  ])('never decodes %s', (_name, escape) => {
    const url = `https://example.org/report${escape}fdp.exe?q=${escape}#${escape}`;
    expect(displaySourceUrl(url)).toBe(url);
  });

  it('decodes readable letters around an invisible one', () => {
    expect(displaySourceUrl('https://example.org/%D0%B0%E2%80%AE%D0%B1')).toBe('https://example.org/а%E2%80%AEб');
  });
});
