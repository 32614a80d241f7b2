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

describe('links and addresses shown to readers', () => {
  it.each([
    'smb://evil.example/share',
    'ms-msdt:/id PCWDiagnostic',
    'launch:calc.exe',
    'ftp://evil.example/file',
    'data:text/html,x',
    '//evil.example/path',
    'java%09script:alert(1)',
    'JaVaScRiPt:alert(1)',
  ])('never makes a link of %s in a body', (href) => {
    const html = renderToStaticMarkup(<ArticleBody markdown={`See [this](<${href}>) now.`} />);
    expect(html).not.toContain('<a');
    expect(html).toContain('this'); // markdown-it itself leaves data: and javascript: as typed
  });

  it('never makes a link of a source that is not http or https, but still shows it', () => {
    const html = renderToStaticMarkup(<SourceLinks sources={['smb://evil.example/share']} label="Source" />);
    expect(html).not.toContain('<a');
    expect(html).toContain('smb://evil.example/share');
  });

  it('shows a mixed-script domain in punycode and an all-Cyrillic one readable', () => {
    const html = renderToStaticMarkup(<SourceLinks sources={[new URL('https://аpple.com/').href, new URL('https://мвд.рф/').href]} label="Source" />);
    expect(html).toContain('>https://xn--pple-43d.com/</a>');
    expect(html).toContain('>https://мвд.рф/</a>');
  });

  it('keeps a right-to-left override and zero-width characters percent-encoded', () => {
    const html = renderToStaticMarkup(<SourceLinks sources={['https://example.org/%E2%80%AEexe.pdf', 'https://example.org/a%E2%80%8Bb']} label="Source" />);
    expect(html).toContain('>https://example.org/%E2%80%AEexe.pdf</a>');
    expect(html).toContain('>https://example.org/a%E2%80%8Bb</a>');
    expect(html).not.toMatch(/[\u202e\u200b]/);
  });
});
