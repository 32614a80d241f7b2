import { beforeAll, describe, expect, it } from 'vitest';
import { useTemporaryAppData } from '@/tests/helpers/test-app';
import { createIssue, publishRevision } from '@/tests/helpers/reader-fixture';
import { childrenNamed, childText, parseXml } from '@/tests/helpers/xml';

let GET: typeof import('@/app/feed.xml/route').GET;

beforeAll(async () => {
  useTemporaryAppData();
  delete process.env.PUBLIC_URL;
  delete process.env.NEXTAUTH_URL;
  const { getDb } = await import('@/lib/db/instance');
  ({ GET } = await import('@/app/feed.xml/route'));
  const db = getDb();
  const jan = createIssue(db, { year: 2024, number: 1, periodStart: '2024-01-01', periodEnd: '2024-01-31', articles: [
    { country: 'KZ', titleEn: 'A <b> & "c"', titleRu: 'А' },
    { country: 'KG', titleEn: 'B', titleRu: 'Б' },
  ] });
  publishRevision(db, { issueId: jan.issueId, revision: 1 });
  const feb = createIssue(db, { year: 2024, number: 2, periodStart: '2024-02-01', periodEnd: '2024-02-29', articles: [{ country: 'KZ', titleEn: 'C', titleRu: 'В' }] });
  publishRevision(db, { issueId: feb.issueId, revision: 1 });
  publishRevision(db, { issueId: feb.issueId, revision: 2 });
  createIssue(db, { year: 2024, number: 3, articles: [{ country: 'KZ', titleEn: 'D', titleRu: 'Г', status: 'approved' }] });
});

describe('GET /feed.xml', () => {
  it('is a well-formed Atom feed with one entry per published issue', async () => {
    const response = await GET(new Request('https://releases.example.org/feed.xml'));
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const feed = parseXml(await response.text());

    expect(feed.name).toBe('feed');
    expect(feed.attrs.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(childText(feed, 'title')).toBe('CARICC Information Release');
    expect(childText(feed, 'id')).toBe('https://releases.example.org/feed.xml');
    const entries = childrenNamed(feed, 'entry');
    expect(entries.map((e) => childText(e, 'title'))).toEqual([
      'Information Release #2, 2024 (01-29.02.2024)',
      'Information Release #1, 2024 (01-31.01.2024)',
    ]);
    expect(childText(feed, 'updated')).toBe(childText(entries[0]!, 'updated'));
    expect(childText(entries[0]!, 'updated')).toBe('2024-02-02T10:00:00.000Z'); // the correction's date
    expect(childText(entries[1]!, 'summary')).toContain('2 articles');
  });

  it('links the issue page and both editions with absolute URLs', async () => {
    const feed = parseXml(await (await GET(new Request('https://releases.example.org/feed.xml'))).text());
    const entry = childrenNamed(feed, 'entry')[1]!;
    expect(childText(entry, 'id')).toBe('https://releases.example.org/releases/2024/1');
    const links = childrenNamed(entry, 'link').map((l) => l.attrs);
    expect(links).toEqual([
      expect.objectContaining({ rel: 'alternate', type: 'text/html', href: 'https://releases.example.org/releases/2024/1' }),
      expect.objectContaining({ rel: 'enclosure', type: 'application/pdf', hreflang: 'en', href: 'https://releases.example.org/releases/2024/1/en.pdf' }),
      expect.objectContaining({ rel: 'enclosure', type: 'application/pdf', hreflang: 'ru', href: 'https://releases.example.org/releases/2024/1/ru.pdf' }),
    ]);
    expect(Number(links[1]!.length)).toBeGreaterThan(0);
  });

  it('takes its address from PUBLIC_URL when set, and speaks Russian with ?lang=ru', async () => {
    process.env.PUBLIC_URL = 'https://caricc.example/';
    try {
      const feed = parseXml(await (await GET(new Request('http://127.0.0.1:3000/feed.xml?lang=ru'))).text());
      expect(feed.attrs['xml:lang']).toBe('ru');
      expect(childText(feed, 'title')).toBe('Информационный релиз ЦАРИКЦ');
      const entry = childrenNamed(feed, 'entry')[1]!;
      expect(childText(entry, 'title')).toBe('Информационный релиз №1, 2024 (01-31.01.2024)');
      expect(childText(entry, 'id')).toBe('https://caricc.example/releases/2024/1');
      expect(childText(entry, 'summary')).toContain('2 материала');
    } finally {
      delete process.env.PUBLIC_URL;
    }
  });
});
