import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { FeedParseError, parseFeedBody, parseFeedText } from '@/lib/intake/parse-feed';
import { htmlToText } from '@/lib/intake/html-text';

const FEED_URL = 'https://news.example.kg/rss/feed.xml';

function failure(fn: () => unknown): FeedParseError {
  try {
    fn();
  } catch (error) {
    if (error instanceof FeedParseError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('parseFeedText', () => {
  it('reads RSS 2.0: links resolved against the feed URL, HTML summaries as text, RFC 822 dates', () => {
    const feed = parseFeedText(
      `<?xml version="1.0" encoding="utf-8"?>
      <rss version="2.0"><channel><title>Kaktus</title>
        <item><title>Изъято 5 кг &lt;b&gt;гашиша&lt;/b&gt;</title><link>/doc/1.html</link>
          <description><![CDATA[<p>Сотрудники <b>СБНОН</b> изъяли&nbsp;гашиш.</p><script>alert(1)</script><p>Второй абзац</p>]]></description>
          <pubDate>Mon, 15 Jan 2024 10:00:00 +0600</pubDate></item>
        <item><title>No link</title></item>
        <item><title>Bad scheme</title><link>javascript:alert(1)</link></item>
        <item><title>Guid only</title><guid>https://news.example.kg/doc/2.html</guid></item>
      </channel></rss>`,
      FEED_URL,
    );
    expect(feed.format).toBe('rss');
    expect(feed.items).toEqual([
      {
        url: 'https://news.example.kg/doc/1.html',
        title: 'Изъято 5 кг гашиша',
        summary: 'Сотрудники СБНОН изъяли гашиш.\nВторой абзац',
        publishedAt: '2024-01-15T04:00:00.000Z',
        imageUrl: null,
      },
      { url: 'https://news.example.kg/doc/2.html', title: 'Guid only', summary: '', publishedAt: null, imageUrl: null },
    ]);
  });

  it('reads Atom (the alternate link, an HTML title) and RDF (dc:date)', () => {
    const atom = parseFeedText(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
        <entry><id>urn:1</id><title type="html">Heroin &amp;amp; hashish</title>
          <link rel="self" href="https://a.example.org/self"/><link rel="alternate" href="/news/7"/>
          <summary type="html">&lt;p&gt;Police seized heroin&lt;/p&gt;</summary>
          <updated>2024-01-16T10:00:00Z</updated><published>2024-01-14T08:30:00Z</published></entry></feed>`,
      'https://a.example.org/feed',
    );
    expect(atom.items).toEqual([
      { url: 'https://a.example.org/news/7', title: 'Heroin & hashish', summary: 'Police seized heroin', publishedAt: '2024-01-14T08:30:00.000Z', imageUrl: null },
    ]);
    const rdf = parseFeedText(
      `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://r.example.org/"><title>R</title><link>https://r.example.org/</link><description>d</description></channel>
        <item rdf:about="https://r.example.org/1"><title>Precursors seized</title><link>https://r.example.org/1</link><dc:date>2024-01-20T12:00:00+05:00</dc:date></item>
      </rdf:RDF>`,
      'https://r.example.org/rss',
    );
    expect(rdf.format).toBe('rdf');
    expect(rdf.items.map((i) => [i.url, i.title, i.publishedAt])).toEqual([['https://r.example.org/1', 'Precursors seized', '2024-01-20T07:00:00.000Z']]);
  });

  it('reads JSON Feed', () => {
    const feed = parseFeedText(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'J',
        items: [{ id: '1', url: 'item/1', title: 'Мефедрон', content_html: '<p>Лаборатория</p>', date_published: '2024-01-10T00:00:00Z', image: '/i.jpg' }],
      }),
      'https://j.example.org/feed.json',
    );
    expect(feed.items).toEqual([
      { url: 'https://j.example.org/item/1', title: 'Мефедрон', summary: 'Лаборатория', publishedAt: '2024-01-10T00:00:00.000Z', imageUrl: 'https://j.example.org/i.jpg' },
    ]);
  });

  it('decodes windows-1251 named only in the XML prolog', () => {
    const xml = `<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>МВД</title><item><title>Изъято 3 кг героина</title><link>https://xn--b1aew.xn--p1ai/news/1</link></item></channel></rss>`;
    const body = iconv.encode(xml, 'win1251');
    expect(body.includes(Buffer.from('героина', 'utf8'))).toBe(false);
    const feed = parseFeedBody(body, null, 'application/rss+xml', 'https://xn--b1aew.xn--p1ai/rss');
    expect(feed.items[0]!.title).toBe('Изъято 3 кг героина');
  });

  it('refuses malformed XML, a document that is no feed, and a feed declaring entities (billion laughs), with the reason', () => {
    expect(failure(() => parseFeedText('<rss version="2.0"><channel><item><title>x</titl></item></channel></rss>', FEED_URL)).code).toBe('malformed');
    expect(failure(() => parseFeedText('<html><body>Hello</body></html>', FEED_URL)).code).toBe('not-a-feed');
    expect(failure(() => parseFeedText('', FEED_URL)).code).toBe('not-a-feed');
    let entities = '<!ENTITY lol "lol">';
    for (let i = 1; i <= 9; i++) entities += `<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`;
    const laughs = `<?xml version="1.0"?><!DOCTYPE rss [${entities}]><rss version="2.0"><channel><item><title>&lol9;</title><link>https://x.example.org/1</link></item></channel></rss>`;
    const error = failure(() => parseFeedText(laughs, FEED_URL));
    expect(error.code).toBe('entities');
    expect(error.message).toMatch(/entities/);
  });

  it('keeps one item per link and at most 500 items', () => {
    const items = Array.from({ length: 600 }, (_, i) => `<item><title>T${i}</title><link>https://x.example.org/${i % 550}</link></item>`).join('');
    const feed = parseFeedText(`<rss version="2.0"><channel><title>x</title>${items}</channel></rss>`, FEED_URL);
    expect(feed.items).toHaveLength(500);
    expect(new Set(feed.items.map((i) => i.url)).size).toBe(500);
  });
});

describe('htmlToText', () => {
  it('drops tags, scripts, styles and comments, decodes references, breaks at blocks', () => {
    expect(htmlToText('<div title="a > b">Полиция&nbsp;&laquo;изъяла&raquo;<br>героин &#1075;&#x430; &amp; <!-- <p>x</p> --><style>p{}</style>конец</div>')).toBe(
      'Полиция «изъяла»\nгероин га & конец',
    );
    expect(htmlToText('a < b and c > d, don\'t')).toBe("a < b and c > d, don't");
    expect(htmlToText('<p>unclosed <script>never closed')).toBe('unclosed');
    expect(htmlToText('&unknown; &#0; &#xZZ;')).toBe('&unknown; \uFFFD &#xZZ;');
  });
});
