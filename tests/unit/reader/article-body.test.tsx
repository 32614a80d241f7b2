import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { ArticleBody } from '@/components/reader/article-body';
import { SourceLinks } from '@/components/reader/source-links';

describe('ArticleBody', () => {
  it('renders paragraphs, emphasis and quoted speech as elements', () => {
    const html = renderToStaticMarkup(<ArticleBody markdown={'First *in italics* and **bold**.\n\n- Our journal is published, "he said".'} />);
    expect(html).toContain('<p>First <em>in italics</em> and <strong>bold</strong>.</p>');
    expect(html).toMatch(/<p class="[^"]*speech[^"]*">– Our journal is published, «he said»\.<\/p>/);
  });

  it('never lets HTML or script links through', () => {
    const html = renderToStaticMarkup(<ArticleBody markdown={'<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3)) [ok](https://example.org/a)'} />);
    expect(html).not.toMatch(/<script|<img|href="javascript/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<a href="https://example.org/a" rel="noopener noreferrer nofollow">ok</a>');
  });
});

describe('SourceLinks', () => {
  it('links the stored URL and shows internationalised domains readable', () => {
    const html = renderToStaticMarkup(<SourceLinks sources={['https://xn--b1aew.xn--p1ai/news/item/1']} label="Source" />);
    expect(html).toContain('href="https://xn--b1aew.xn--p1ai/news/item/1"');
    expect(html).toContain('>https://мвд.рф/news/item/1</a>');
  });
});
