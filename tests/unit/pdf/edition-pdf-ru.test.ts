import { beforeAll, describe, expect, it } from 'vitest';
import type { EditionData } from '@/lib/domain/edition';
import { RELEASE_LABELS } from '@/lib/domain/release-labels';
import { renderEditionPdf, type RenderedEdition } from '@/lib/pdf/render-edition-pdf';
import { contentsNumbers, flatPageText, flatText, headingPages } from '@/tests/helpers/edition-pdf-checks';
import { readPdf, type ReadPdf } from '@/tests/helpers/read-pdf';
import { IDN_SOURCE, IDN_SOURCE_SHOWN, KAZAKH_TEXT, syntheticEdition } from '@/tests/helpers/synthetic-edition';

let data: EditionData;
let rendered: RenderedEdition;
let pdf: ReadPdf;

beforeAll(async () => {
  data = syntheticEdition({ lang: 'ru', articlesPerSection: 4 });
  rendered = await renderEditionPdf(data, RELEASE_LABELS.ru);
  pdf = await readPdf(rendered.pdf);
}, 180_000);

describe('Russian edition PDF (synthetic issue)', () => {
  it('has Russian metadata and language', () => {
    expect(pdf.metadata.title).toBe('Информационный релиз №1, 01-31.01.2024');
    expect(pdf.metadata.language).toBe('ru');
    expect(pdf.metadata.author).toBe(data.organisation.name);
  });

  it('has the Russian cover and imprint', () => {
    expect(flatPageText(pdf, 1)).toContain('ИНФОРМАЦИОННЫЙ РЕЛИЗ О ПРОШЕДШИХ СОБЫТИЯХ В АНТИНАРКОТИЧЕСКОЙ СФЕРЕ (по материалам СМИ)');
    expect(pdf.pages[0]).toMatch(/^Алматы - 2024$/m);
    const imprint = flatPageText(pdf, 2);
    expect(imprint).toContain('ИНФОРМАЦИОННЫЙ РЕЛИЗ ЦАРИКЦ');
    expect(imprint).toContain('АДРЕС РЕДАКЦИИ: Республика Казахстан');
    expect(imprint).toContain('СОДЕРЖАНИЕ');
  });

  it('prints the real section pages in the contents', () => {
    expect(contentsNumbers(pdf, data)).toEqual(headingPages(pdf, data));
    expect(rendered.sectionPages).toEqual(headingPages(pdf, data));
  });

  it('reads back Cyrillic titles, Kazakh letters and quoted speech, in embedded fonts only', () => {
    const text = flatText(pdf);
    for (const article of data.sections.flatMap((s) => s.articles)) expect(text).toContain(article.title.toLocaleUpperCase('ru'));
    expect(text).toContain(KAZAKH_TEXT);
    expect(text).toContain('– Наш журнал выходит «каждый месяц», сказал редактор.');
    expect(pdf.fonts.filter((f) => !f.embedded)).toEqual([]);
  });

  it('shows the IDN source readable while linking to it', () => {
    const link = pdf.links.find((l) => l.url === IDN_SOURCE);
    expect(link?.text).toBe(IDN_SOURCE_SHOWN);
  });

  it('nests the articles under their section in the outline', () => {
    expect(pdf.outline.map((o) => o.title)).toEqual(data.sections.map((s) => s.heading));
    expect(pdf.outline.map((o) => o.items.length)).toEqual(data.sections.map((s) => s.articles.length));
  });

  it('in one pass, finds the same section pages but prints placeholders in the contents', async () => {
    const onePass = await renderEditionPdf(data, RELEASE_LABELS.ru, { passes: 1 });
    expect(onePass.passes).toBe(1);
    expect(onePass.sectionPages).toEqual(rendered.sectionPages);
    const read = await readPdf(onePass.pdf);
    expect(Object.values(contentsNumbers(read, data))).toEqual(data.sections.map(() => null));
    expect(read.pages[1]).toContain('РЕСПУБЛИКА КАЗАХСТАН –');
  }, 120_000);
});
