import fs from 'node:fs';
import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import { openMemoryDatabase } from '@/lib/db/client';
import { articles, articleSources, countries } from '@/lib/db/schema';
import type { EditionArticle, EditionData, EditionPhoto } from '@/lib/domain/edition';
import { generateSummary } from '@/lib/domain/summary';
import { applyReleaseImport } from '@/lib/services/apply-release-import';
import { loadEditionData } from '@/lib/services/load-edition-data';
import { seedReferenceData } from '@/lib/services/seed-reference-data';

const FIXTURES = ['release-2024-01-en.md', 'release-2024-01-ru.md'];
/** The one English title the converted text lost (restored from the Russian edition, as the demo seed does). */
const LOST_TITLE = { sourceContains: 'sng.fm/bishkek/31082', titleEn: 'KYRGYZSTAN CONTINUES TO COMBAT ILLICIT DISTRIBUTION OF DRUGS' };

export interface BenchBase {
  january: EditionData;
  /** Short name and membership of each section's country, for the counts paragraph. */
  countryInfo: Map<string, { shortName: string; isMember: boolean }>;
}

/**
 * The English edition of January 2024 (26 articles) from an in-memory database: both fixture texts
 * imported as an editor would, and the lost English title restored. Nothing is written to disk
 * (the demo seed would also publish, i.e. render and store files).
 */
export function loadJanuary(): BenchBase {
  const db = openMemoryDatabase();
  seedReferenceData(db);
  for (const file of FIXTURES) {
    const bytes = fs.readFileSync(path.join(process.cwd(), 'tests', 'fixtures', file));
    applyReleaseImport(db, { id: null, label: 'bench', role: 'system' }, { files: [{ bytes, fileName: file }] });
  }
  const untitled = db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.titleEn, ''), inArray(articles.id, articleIdsWithSource(db, LOST_TITLE.sourceContains))))
    .all();
  for (const { id } of untitled) db.update(articles).set({ titleEn: LOST_TITLE.titleEn }).where(eq(articles.id, id)).run();
  const january = loadEditionData(db, { year: 2024, number: 1, lang: 'en' });
  const codes = january.sections.map((s) => s.countryCode);
  const rows = db.select().from(countries).where(inArray(countries.code, codes)).all();
  db.$client.close();
  return {
    january,
    countryInfo: new Map(rows.map((r) => [r.code, { shortName: r.shortEn, isMember: r.isMember }])),
  };
}

/**
 * An issue of `count` articles: January's articles repeated in turn (distinct ids, titles of the
 * repeats suffixed with their round), kept in their own country sections, one photo each from `photos`.
 */
export function syntheticEdition(base: BenchBase, count: number, photos: EditionPhoto[]): EditionData {
  const { january } = base;
  const flat = january.sections.flatMap((section) => section.articles.map((article) => ({ section, article })));
  const bySection = new Map<string, EditionArticle[]>(january.sections.map((s) => [s.countryCode, []]));
  for (let k = 0; k < count; k++) {
    const { section, article } = flat[k % flat.length]!;
    const round = Math.floor(k / flat.length);
    const photo = photos[k];
    if (!photo) throw new Error(`Photo ${k + 1} of ${count} is missing`);
    bySection.get(section.countryCode)!.push({
      ...article,
      id: round === 0 ? article.id : 1_000_000 + k,
      title: round === 0 ? article.title : `${article.title} (${round + 1})`,
      photos: [photo],
    });
  }
  const sections = january.sections
    .map((section) => ({ ...section, articles: bySection.get(section.countryCode)! }))
    .filter((section) => section.articles.length > 0);
  if (count === flat.length) return { ...january, sections };
  const counts = generateSummary({
    lang: january.lang,
    periodStart: january.periodStart,
    periodEnd: january.periodEnd,
    organisationShortName: january.organisation.shortName,
    countries: sections.map((s) => ({
      ...base.countryInfo.get(s.countryCode)!,
      count: s.articles.length,
      digests: [],
    })),
  }).counts;
  return { ...january, summary: { ...january.summary, counts }, sections };
}

export const articleCount = (data: EditionData) => data.sections.reduce((n, s) => n + s.articles.length, 0);

function articleIdsWithSource(db: ReturnType<typeof openMemoryDatabase>, fragment: string): number[] {
  return db
    .select({ id: articleSources.articleId, url: articleSources.url })
    .from(articleSources)
    .all()
    .filter((row) => row.url.includes(fragment))
    .map((row) => row.id);
}
