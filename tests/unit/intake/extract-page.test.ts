import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/intake/extract-page';

const POLICE_PAGE = fs.readFileSync(new URL('../../fixtures/intake/police-article.html', import.meta.url), 'utf8');
const PAGE_URL = 'https://polisia.kz/ru/news/v-almaty-izyali-15-kg-gashisha';

const page = (head: string, body = '<p>Text.</p>', lang = '') => `<!doctype html><html${lang}><head>${head}</head><body>${body}</body></html>`;

describe('extractPage', () => {
  it('reads a police-site article: og title, published time, main text in paragraphs, site, image, language', () => {
    const result = extractPage(POLICE_PAGE, PAGE_URL);
    expect(result.title).toBe('В Алматы изъяли 15 кг гашиша');
    expect(result.publishedAt).toBe('2024-01-15T03:30:00.000Z');
    expect(result.siteName).toBe('Полиция Казахстана');
    expect(result.description).toBe('Сотрудники полиции задержали двух подозреваемых.');
    expect(result.image).toBe('https://polisia.kz/upload/news/2024/01/hashish.jpg');
    expect(result.language).toBe('ru');
    const paragraphs = result.text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^Сотрудники Департамента полиции города Алматы/);
    expect(paragraphs).toContain('Пресс-служба ДП г. Алматы'); // <br><br> ends a paragraph
    expect(paragraphs.length).toBeGreaterThanOrEqual(5);
    // Navigation, related links, the footer and scripts are not the article.
    expect(result.text).not.toMatch(/Контакты|Читайте также|Министерство внутренних дел|dataLayer|Просмотров/);
  });

  it('takes the date from JSON-LD, then from <time>, when there is no article:published_time', () => {
    const ld = page('<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","datePublished":"2024-02-03T10:00:00Z"}</script>');
    expect(extractPage(ld, PAGE_URL).publishedAt).toBe('2024-02-03T10:00:00.000Z');
    expect(extractPage(ld, PAGE_URL).title).toBe('H');
    const time = page('<title>T</title>', '<article><time datetime="2024-03-04">4 March</time><p>Text.</p></article>');
    expect(extractPage(time, PAGE_URL).publishedAt).toBe('2024-03-04');
    expect(extractPage(page('<title>T</title>'), PAGE_URL).publishedAt).toBeNull();
  });

  it('ignores a broken JSON-LD block and a date that is no date', () => {
    const html = page('<script type="application/ld+json">{broken</script><meta property="article:published_time" content="yesterday">');
    expect(extractPage(html, PAGE_URL).publishedAt).toBeNull();
  });

  it('makes the image absolute (against <base> when there is one) and keeps only http(s) images', () => {
    expect(extractPage(page('<meta property="og:image" content="img/a.jpg">'), 'https://site.kg/news/1').image).toBe('https://site.kg/news/img/a.jpg');
    expect(extractPage(page('<base href="https://cdn.site.kg/"><meta property="og:image" content="a.jpg">'), 'https://site.kg/news/1').image).toBe(
      'https://cdn.site.kg/a.jpg',
    );
    for (const bad of ['javascript:alert(1)', 'data:image/png;base64,AAAA', 'file:///etc/passwd', 'ftp://site.kg/a.jpg']) {
      expect(extractPage(page(`<meta property="og:image" content="${bad}">`), PAGE_URL).image, bad).toBeNull();
    }
  });

  it('falls back to the <title> and reads the primary language of <html lang>', () => {
    const result = extractPage(page('<title>Bare page</title>', '<p>Only text.</p>', ' lang="kk-KZ"'), PAGE_URL);
    expect(result).toMatchObject({ title: 'Bare page', text: 'Only text.', language: 'kk', image: null, siteName: null });
  });

  it('runs no script and treats markup in text as text', () => {
    const html = page('<title>x</title>', '<p>&lt;script&gt;alert(1)&lt;/script&gt; stays text</p><script>globalThis.pwned = true</script>');
    expect(extractPage(html, PAGE_URL).text).toBe('<script>alert(1)</script> stays text');
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it('keeps the article paragraphs of a page too big or too deeply nested for Readability', () => {
    const big = page('<title>Big</title>', `<div>${'<span>x</span>'.repeat(9_000)}</div><article><p>First paragraph.</p><p>Second paragraph.</p></article>`);
    expect(extractPage(big, PAGE_URL).text).toBe('First paragraph.\n\nSecond paragraph.');
    const deep = page('<title>Deep</title>', `${'<div>'.repeat(5_000)}<p>Deep text.</p>${'</div>'.repeat(5_000)}`);
    expect(extractPage(deep, PAGE_URL)).toMatchObject({ title: 'Deep', text: 'Deep text.' });
  });
});
