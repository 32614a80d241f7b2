import { Document, Page, renderToBuffer } from '@react-pdf/renderer';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBody } from '@/lib/domain/body-markdown';
import { BodyParagraph } from '@/lib/pdf/components/body-paragraph';
import { SourceLinks } from '@/lib/pdf/components/source-links';
import { registerEditionFonts } from '@/lib/pdf/fonts';
import { readPdf, type ReadPdf } from '@/tests/helpers/read-pdf';

/** Link targets a PDF viewer might open, run or fetch: none of them may become a /URI. */
const HOSTILE = [
  'smb://evil.example/share/payload.exe',
  'ms-msdt:/id PCWDiagnostic /skip force',
  'launch:calc.exe',
  'ftp://evil.example/file',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '//evil.example/path',
  'java%09script:alert(1)',
  'JaVaScRiPt:alert(1)',
  'file:///etc/passwd',
  'mailto:victim@example.org',
  'relative/path',
];

let pdf: ReadPdf;

beforeAll(async () => {
  registerEditionFonts();
  const body = [...HOSTILE.map((href, i) => `Link ${i}: [hostile ${i}](<${href}>).`), 'And [a real one](https://example.org/ok).'].join('\n\n');
  const bytes = await renderToBuffer(
    <Document>
      <Page size="A4" style={{ padding: 40 }}>
        {parseBody(body).map((block, i) => (
          <BodyParagraph key={i} block={block} />
        ))}
        <SourceLinks sources={[...HOSTILE, 'https://example.org/source', 'https://xn--pple-43d.com/', 'https://example.org/%E2%80%AEfdp.exe']} />
      </Page>
    </Document>,
  );
  pdf = await readPdf(bytes);
}, 60_000);

describe('links in the PDF', () => {
  it('makes links of http and https URLs only, in body paragraphs and among the sources', () => {
    const targets = pdf.links.map((l) => l.url);
    expect(targets.sort()).toEqual([
      'https://example.org/%E2%80%AEfdp.exe',
      'https://example.org/ok',
      'https://example.org/source',
      'https://xn--pple-43d.com/',
    ]);
  });

  it('keeps the words of a refused link as text', () => {
    const text = pdf.fullText();
    for (let i = 0; i < HOSTILE.length; i++) expect(text).toContain(`hostile ${i}`);
  });

  it('shows sources as a browser would: mixed-script domains in punycode, bidi controls escaped', () => {
    const text = pdf.fullText();
    expect(text).toContain('https://xn--pple-43d.com/');
    expect(text).toContain('https://example.org/%E2%80%AEfdp.exe');
    expect(text).not.toContain('\u202e');
  });
});
