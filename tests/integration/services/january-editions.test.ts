import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openMemoryDatabase, type Db } from '@/lib/db/client';
import { articles } from '@/lib/db/schema';
import { seedReferenceData } from '@/lib/services/seed-reference-data';
import { applyReleaseImport } from '@/lib/services/apply-release-import';
import { loadEditionData } from '@/lib/services/load-edition-data';
import { EditionIncompleteError } from '@/lib/services/errors';
import { renderInProcess } from '@/lib/services/rendering/render-in-process';
import { plainSummary } from '@/lib/domain/summary';
import type { EditionData } from '@/lib/domain/edition';
import type { Lang } from '@/lib/domain/lang';
import { readPdf, normaliseSpaces, type ReadPdf } from '@/tests/helpers/read-pdf';
import { contentsNumbers, flatPageText, flatText, headingPages } from '@/tests/helpers/edition-pdf-checks';

const editions = {} as Record<Lang, { data: EditionData; pdf: ReadPdf; pageCount: number; articlePages: Record<string, number> }>;

/** A fresh database holding the January 2024 release, imported from both fixtures. */
function importedJanuary(): Db {
  const db = openMemoryDatabase();
  seedReferenceData(db);
  for (const lang of ['en', 'ru'] as const) {
    const file = `release-2024-01-${lang}.md`;
    applyReleaseImport(db, { id: null, label: 'test', role: 'system' }, { files: [{ bytes: fs.readFileSync(`tests/fixtures/${file}`), fileName: file }] });
  }
  return db;
}

/** The page on which each article's title is read back from the PDF (after the contents), by article id. */
function titlePages(pdf: ReadPdf, data: EditionData): Record<string, number | null> {
  const pages = Array.from({ length: pdf.pageCount }, (_, i) => i + 1).filter((p) => p > 2);
  return Object.fromEntries(
    data.sections
      .flatMap((s) => s.articles)
      .map((a) => [String(a.id), pages.find((p) => flatPageText(pdf, p).includes(normaliseSpaces(a.title.toLocaleUpperCase(data.lang)))) ?? null]),
  );
}

describe('the January 2024 release, imported and rendered in both editions', () => {
  // Both editions are rendered once (seconds each) from their own database, and only read by the tests below.
  beforeAll(async () => {
    const db = importedJanuary();
    db.update(articles).set({ titleEn: 'KYRGYZSTAN CONTINUES TO COMBAT ILLICIT DISTRIBUTION OF DRUGS' }).where(eq(articles.titleEn, '')).run();
    for (const lang of ['en', 'ru'] as const) {
      const data = loadEditionData(db, { year: 2024, number: 1, lang });
      const rendered = await renderInProcess(data);
      editions[lang] = { data, pdf: await readPdf(rendered.pdf), pageCount: rendered.pageCount, articlePages: rendered.articlePages };
    }
  }, 240_000);

  it('refuses to render the English edition while the untitled article has no English title', () => {
    const db = importedJanuary();
    const attempt = () => loadEditionData(db, { year: 2024, number: 1, lang: 'en' });
    expect(attempt).toThrow(EditionIncompleteError);
    try {
      attempt();
    } catch (error) {
      const missing = (error as EditionIncompleteError).missing;
      expect(missing).toEqual([expect.objectContaining({ field: 'title', label: expect.stringContaining('КЫРГЫЗСТАН') })]);
    }
  });

  it('renders both editions once the title is given', () => {
    expect(editions.en.data.sections.flatMap((s) => s.articles)).toHaveLength(26);
    // The Russian text is longer: its pages differ, and each edition has its own contents.
    expect(editions.ru.pageCount).toBeGreaterThanOrEqual(editions.en.pageCount);
  });

  for (const lang of ['en', 'ru'] as const) {
    describe(`${lang} edition`, () => {
      it('holds every title', () => {
        const { data, pdf } = editions[lang];
        const text = flatText(pdf);
        for (const article of data.sections.flatMap((s) => s.articles)) {
          expect(text).toContain(normaliseSpaces(article.title));
        }
      });

      it('prints the summary sentence with the exact counts', () => {
        const { data, pdf } = editions[lang];
        const text = flatText(pdf);
        expect(text).toContain(normaliseSpaces(plainSummary(data.summary.counts)));
        expect(text).toContain(
          lang === 'en'
            ? '26 events in counternarcotics were covered'
            : 'освещено 26 событий в антинаркотической сфере',
        );
        expect(text).toContain(
          lang === 'en'
            ? '(Kazakhstan - 10, Kyrgyzstan - 5, Russia - 6, Turkmenistan - 2, Uzbekistan - 1, as well as China - 1 and Belarus - 1)'
            : '(Казахстан - 10, Кыргызстан - 5, Россия - 6, Туркменистан - 2, Узбекистан - 1, а также Китай - 1 и Беларусь - 1)',
        );
      });

      it('prints in the contents the page on which each section heading stands', () => {
        const { data, pdf } = editions[lang];
        const printed = contentsNumbers(pdf, data);
        expect(Object.keys(printed)).toEqual(['KZ', 'KG', 'RU', 'TM', 'UZ', 'CN', 'BY']);
        expect(Object.values(printed).every((n) => typeof n === 'number' && n >= 3)).toBe(true);
        expect(printed).toEqual(headingPages(pdf, data));
      });

      it('records for the reader\'s links the page on which each article\'s title is read back from the PDF', () => {
        const { data, pdf, articlePages } = editions[lang];
        const found = titlePages(pdf, data);
        expect(Object.values(found).every((page) => page !== null)).toBe(true);
        expect(articlePages).toEqual(found);
      });

      it('makes every source a link annotation', () => {
        const { data, pdf } = editions[lang];
        const linked = new Set(pdf.links.map((l) => l.url));
        for (const url of data.sections.flatMap((s) => s.articles.flatMap((a) => a.sources))) {
          expect(linked, url).toContain(url);
        }
        // Internationalised domains are shown readable while the link stays valid.
        const mvd = pdf.links.find((l) => l.url?.startsWith('https://xn--b1aew.xn--p1ai/'));
        expect(normaliseSpaces(mvd!.text)).toContain('мвд.рф');
      });

      it('embeds every font and misses no glyph', () => {
        const { pdf } = editions[lang];
        expect(pdf.fonts.length).toBeGreaterThan(0);
        expect(pdf.fonts.filter((f) => !f.embedded)).toEqual([]);
        expect(pdf.missingGlyphs).toEqual([]);
      });

      it('carries metadata and an outline of sections and articles', () => {
        const { data, pdf } = editions[lang];
        expect(pdf.metadata.title).toBe(lang === 'en' ? 'Information Release #1, 01-31.01.2024' : 'Информационный релиз №1, 01-31.01.2024');
        expect(pdf.metadata.language.toLowerCase()).toContain(lang);
        expect(pdf.outline.map((o) => o.title)).toEqual(data.sections.map((s) => s.heading));
        expect(pdf.outline.map((o) => o.items.length)).toEqual([10, 5, 6, 2, 1, 1, 1]);
      });
    });
  }

  it('extracts Kazakh letters from the Russian edition as the same text', () => {
    const text = flatText(editions.ru.pdf);
    expect(text).toContain('«Жас заңгер»');
  });
});
