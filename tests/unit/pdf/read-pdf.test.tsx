import { Document, Page, Text, renderToBuffer } from '@react-pdf/renderer';
import { describe, expect, it } from 'vitest';
import { registerEditionFonts, SERIF } from '@/lib/pdf/fonts';
import { readPdf } from '@/tests/helpers/read-pdf';
import { KAZAKH_TEXT } from '@/tests/helpers/synthetic-edition';

// The PDF tests rely on these checks catching a font without Cyrillic: prove they do.
describe('readPdf detects missing glyphs', () => {
  it('a standard font (not embedded, no Cyrillic) is reported and garbles the Kazakh text', async () => {
    const bytes = await renderToBuffer(
      <Document>
        <Page>
          <Text>{KAZAKH_TEXT}</Text>
        </Page>
      </Document>,
    );
    const pdf = await readPdf(bytes);
    expect(pdf.fonts.some((f) => !f.embedded)).toBe(true);
    expect(pdf.pages[0]).not.toContain(KAZAKH_TEXT);
  });

  it('the edition font is embedded and reads back exactly', async () => {
    registerEditionFonts();
    const bytes = await renderToBuffer(
      <Document>
        <Page>
          <Text style={{ fontFamily: SERIF }}>{KAZAKH_TEXT}</Text>
        </Page>
      </Document>,
    );
    const pdf = await readPdf(bytes);
    expect(pdf.fonts.every((f) => f.embedded)).toBe(true);
    expect(pdf.pages[0]).toBe(KAZAKH_TEXT);
  });
});
