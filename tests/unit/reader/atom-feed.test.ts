import { describe, expect, it } from 'vitest';
import { buildAtomFeed, escapeXml } from '@/lib/domain/atom-feed';
import { childrenNamed, childText, parseXml } from '@/tests/helpers/xml';

describe('Atom feed', () => {
  it('escapes markup, quotes and ampersands in text and attributes', () => {
    const nasty = `Tom & "Jerry" <script>alert('x')</script>\u0001`;
    const xml = buildAtomFeed({
      id: 'https://example.org/feed.xml?a=1&b=2',
      title: nasty,
      subtitle: 's',
      lang: 'en',
      updated: '2024-02-01T00:00:00.000Z',
      author: 'A & B',
      links: [{ rel: 'self', href: 'https://example.org/feed.xml?a=1&b="2"' }],
      entries: [{ id: 'e', title: nasty, updated: '2024-02-01T00:00:00.000Z', summary: '<b>bold</b>', links: [{ href: '/x?y=1&z=2', title: nasty }] }],
    });
    expect(xml).not.toContain('<script>');
    const feed = parseXml(xml);
    expect(childText(feed, 'title')).toBe(`Tom & "Jerry" <script>alert('x')</script>`);
    expect(childText(feed, 'id')).toBe('https://example.org/feed.xml?a=1&b=2');
    expect(childrenNamed(feed, 'link')[0]!.attrs.href).toBe('https://example.org/feed.xml?a=1&b="2"');
    const entry = childrenNamed(feed, 'entry')[0]!;
    expect(childText(entry, 'summary')).toBe('<b>bold</b>');
    expect(childrenNamed(entry, 'link')[0]!.attrs.title).toBe(`Tom & "Jerry" <script>alert('x')</script>`);
  });

  it('escapeXml leaves plain text alone', () => {
    expect(escapeXml('Информационный релиз №1')).toBe('Информационный релиз №1');
  });
});
