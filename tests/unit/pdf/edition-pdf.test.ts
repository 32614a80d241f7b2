import { beforeAll, describe, expect, it } from 'vitest';
import type { EditionData } from '@/lib/domain/edition';
import { RELEASE_LABELS } from '@/lib/domain/release-labels';
import { renderEditionPdf, type RenderedEdition } from '@/lib/pdf/render-edition-pdf';
import { contentsNumbers, flatPageText, flatText, footerLines, headingPages } from '@/tests/helpers/edition-pdf-checks';
import { namedDestinationPage, normaliseSpaces, readPdf, type ReadPdf } from '@/tests/helpers/read-pdf';
import {
  IDN_SOURCE,
  IDN_SOURCE_SHOWN,
  KAZAKH_TEXT,
  LONG_SOURCE,
  syntheticEdition,
  syntheticPhoto,
} from '@/tests/helpers/synthetic-edition';

const labels = RELEASE_LABELS.en;
let data: EditionData;
let rendered: RenderedEdition;
let pdf: ReadPdf;

beforeAll(async () => {
  const photo = await syntheticPhoto(1200, 800, 'Police officers and schoolchildren in Saran', 'polisia.kz');
  data = syntheticEdition({ lang: 'en', articlesPerSection: 3, photo });
  data.organisation.logo = { ...(await syntheticPhoto(300, 300)), format: 'jpg' };
  rendered = await renderEditionPdf(data, labels);
  pdf = await readPdf(rendered.pdf);
}, 180_000);

describe('English edition PDF (synthetic issue)', () => {
  it('reports its page count and resolves the contents numbers within one render', () => {
    expect(rendered.passes).toBe(1);
    expect(rendered.pageCount).toBe(pdf.pageCount);
    expect(pdf.pageCount).toBeGreaterThan(5);
  });

  it('has a cover with the organisation in capitals, the title block, period, number and place', () => {
    const cover = flatPageText(pdf, 1);
    expect(cover).toContain(normaliseSpaces(data.organisation.name.toUpperCase()));
    expect(cover).toContain('INFORMATION RELEASE ABOUT PAST EVENTS IN THE ANTI-DRUG SPHERE (according to the media)');
    expect(pdf.pages[0]).toMatch(/^01-31\.01\.2024$/m);
    expect(pdf.pages[0]).toMatch(/^#1$/m);
    expect(pdf.pages[0]).toMatch(/^Almaty - 2024$/m);
    expect(pdf.images[0]).toBe(1); // the logo
  });

  it('has the imprint on page 2', () => {
    const imprint = flatPageText(pdf, 2);
    expect(imprint).toContain('INFORMATION RELEASE CARICC');
    expect(imprint).toContain(normaliseSpaces(data.organisation.name));
    expect(imprint).toContain('EDITORIAL ADDRESS: Republic of Kazakhstan, 050008, Almaty, Abay Avenue, 52');
    expect(imprint).toContain('tel.: +7 727 259 99 90 fax: +7 727 392 15 54 registry@caricc.org www.caricc.org');
    expect(imprint).toContain('«Information Release about past events in the anti-drug sphere», №1, 2024');
    expect(imprint).toContain('Circulation in PDF format');
    expect(imprint).toContain('CONTENTS');
  });

  it('prints in the contents the page on which each section heading actually stands', () => {
    const printed = contentsNumbers(pdf, data);
    const actual = headingPages(pdf, data);
    expect(Object.values(actual).every((p) => typeof p === 'number' && p > 2)).toBe(true);
    expect(printed).toEqual(actual);
    expect(rendered.sectionPages).toEqual(actual);
  });

  it('links each contents line to its section heading', async () => {
    const contentsLinks = pdf.links.filter((l) => l.page === 2 && l.dest);
    expect(contentsLinks.map((l) => l.dest)).toEqual(data.sections.map((s) => `section-${s.countryCode}`));
    for (const section of data.sections) {
      const page = await namedDestinationPage(rendered.pdf, `section-${section.countryCode}`);
      expect(page).toBe(rendered.sectionPages[section.countryCode]);
    }
  });

  it('has the summary paragraphs at the start of the body', () => {
    const page2 = flatPageText(pdf, 2);
    expect(page2).toContain(normaliseSpaces(data.summary.counts.replace(/\*/g, '')));
    expect(page2).toContain(normaliseSpaces(data.summary.digest.replace(/\*/g, '')));
  });

  it('shows every article title in capitals, in order, and the outlet label above its title', () => {
    const text = flatText(pdf);
    let from = 0;
    for (const article of data.sections.flatMap((s) => s.articles)) {
      const at = text.indexOf(article.title.toUpperCase(), from);
      expect(at, article.title).toBeGreaterThan(from - 1);
      from = at;
    }
    expect(text).toContain(`KAKTUSMEDIA ${data.sections[1]!.articles[0]!.title.toUpperCase()}`);
  });

  it('draws every photo with its caption and credit', () => {
    const total = pdf.images.reduce((a, b) => a + b, 0);
    const articles = data.sections.flatMap((s) => s.articles).length;
    expect(total).toBe(articles + 1); // one photo per article, plus the cover logo
    expect(flatText(pdf)).toContain('Police officers and schoolchildren in Saran Photo: polisia.kz');
  });

  it('keeps Kazakh and Uzbek letters: the text reads back exactly, in embedded fonts', () => {
    expect(flatText(pdf)).toContain(KAZAKH_TEXT);
    expect(pdf.fonts.length).toBeGreaterThan(2);
    expect(pdf.fonts.filter((f) => !f.embedded)).toEqual([]);
    expect(pdf.missingGlyphs).toEqual([]);
  });

  it('shows quoted speech with an en dash and guillemets', () => {
    expect(flatText(pdf)).toContain('– Our journal is published «every month», said the editor.');
  });

  it('makes every source a link to the URL itself, showing the readable domain', () => {
    const sources = data.sections.flatMap((s) => s.articles.flatMap((a) => a.sources));
    const links = pdf.links.filter((l) => l.url && !l.url.startsWith('mailto:') && !l.url.includes('caricc.org'));
    expect(links.map((l) => l.url)).toEqual(sources);
    const idn = links.find((l) => l.url === IDN_SOURCE);
    expect(idn?.text).toBe(IDN_SOURCE_SHOWN);
    const plain = links.find((l) => l.url === sources[1]);
    expect(plain?.text).toBe(sources[1]);
  });

  it('wraps a source longer than the line without adding hyphens, as one link', () => {
    const long = pdf.links.filter((l) => l.url === LONG_SOURCE);
    expect(long).toHaveLength(1);
    expect(long[0]!.text).toBe(LONG_SOURCE);
    const [, bottom, , top] = long[0]!.rect;
    expect(top - bottom).toBeGreaterThan(20); // two lines of 9 pt
  });

  it('numbers every page but the covers in the footer', () => {
    const footers = footerLines(pdf);
    const last = pdf.pageCount;
    for (let page = 2; page < last; page += 1) expect(footers[page - 1], `page ${page}`).toBe(String(page));
    expect(footers[0]).toBe('Almaty - 2024');
    expect(footers[last - 1]).not.toMatch(/^\d+$/);
  });

  it('ends with a back cover: organisation name and editorial address', () => {
    const back = flatPageText(pdf, pdf.pageCount);
    expect(back).toContain(normaliseSpaces(data.organisation.name.toUpperCase()));
    expect(back).toContain('EDITORIAL ADDRESS: Republic of Kazakhstan, 050008, Almaty, Abay Avenue, 52');
  });

  it('has the document metadata', () => {
    expect(pdf.metadata).toEqual({
      title: 'Information Release #1, 01-31.01.2024',
      author: data.organisation.name,
      subject: labels.documentSubject,
      creator: 'Release Desk',
      language: 'en',
    });
  });

  it('has an outline of sections with their articles nested, pointing to their pages', () => {
    expect(pdf.outline.map((o) => o.title)).toEqual(data.sections.map((s) => s.heading));
    for (const [i, section] of data.sections.entries()) {
      const entry = pdf.outline[i]!;
      expect(entry.page).toBe(rendered.sectionPages[section.countryCode]);
      expect(entry.items.map((a) => a.title)).toEqual(section.articles.map((a) => a.title));
      for (const article of entry.items) {
        expect(flatPageText(pdf, article.page!)).toContain(article.title.toUpperCase());
      }
    }
  });
});
