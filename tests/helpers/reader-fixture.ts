import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { articles, articleSources, issueArticles, issues, releaseFiles, type IssueStatus } from '@/lib/db/schema';
import type { ArticleStatus } from '@/lib/db/schema';
import type { Lang } from '@/lib/domain/lang';
import { dataDir } from '@/lib/media/data-dir';
import { listIssueArticles } from '@/lib/db/queries/issues';
import { insertReleaseText } from '@/lib/db/queries/release-texts';
import { seedReferenceData } from '@/lib/services/seed-reference-data';

/**
 * Published issues for reader tests, built by hand until the publish service exists: issue and
 * article rows, edition files under DATA_DIR and their release_files rows.
 */
export interface FixtureArticle {
  country: string;
  titleEn: string;
  titleRu: string;
  bodyEn?: string;
  bodyRu?: string;
  outlet?: string;
  status?: ArticleStatus;
  sources?: string[];
}

export function createIssue(
  db: Db,
  input: { year: number; number: number; status?: IssueStatus; periodStart?: string; periodEnd?: string; articles: FixtureArticle[] },
): { issueId: number; articleIds: number[] } {
  seedReferenceData(db);
  const month = String(input.number).padStart(2, '0');
  const issue = db
    .insert(issues)
    .values({
      year: input.year,
      number: input.number,
      periodStart: input.periodStart ?? `${input.year}-${month}-01`,
      periodEnd: input.periodEnd ?? `${input.year}-${month}-28`,
      placeEn: 'Almaty',
      placeRu: 'Алматы',
      status: input.status ?? 'draft',
    })
    .returning()
    .get();
  const articleIds = input.articles.map((a, position) => {
    const row = db
      .insert(articles)
      .values({
        countryCode: a.country,
        eventDate: issue.periodStart,
        status: a.status ?? 'published',
        titleEn: a.titleEn,
        titleRu: a.titleRu,
        bodyEn: a.bodyEn ?? `Body of ${a.titleEn}.`,
        bodyRu: a.bodyRu ?? `Текст: ${a.titleRu}.`,
        outlet: a.outlet ?? '',
      })
      .returning()
      .get();
    (a.sources ?? [`https://example.org/${row.id}`]).forEach((url, i) =>
      db.insert(articleSources).values({ articleId: row.id, position: i + 1, url }).run(),
    );
    db.insert(issueArticles).values({ issueId: issue.id, articleId: row.id, position: position + 1 }).run();
    return row.id;
  });
  return { issueId: issue.id, articleIds };
}

export interface StoredEdition {
  lang: Lang;
  bytes: Buffer;
  sha256: string;
  path: string;
}

/**
 * Writes both editions of a revision under DATA_DIR/releases/YEAR/NUMBER/rN-LANG.pdf, adds their
 * release_files rows and makes the issue published at that revision.
 */
export function publishRevision(
  db: Db,
  input: {
    issueId: number;
    revision: number;
    toc?: (lang: Lang) => { sections: Record<string, number>; articles: Record<string, number> };
    pdf?: (lang: Lang) => Buffer;
    status?: IssueStatus;
    langs?: Lang[];
    /** Store the edition's text with it, as publications do (default); false: as before texts were stored. */
    withText?: boolean;
  },
): StoredEdition[] {
  const issue = db.select().from(issues).where(eq(issues.id, input.issueId)).get()!;
  const stored = (input.langs ?? ['en', 'ru']).map((lang) => {
    const bytes = input.pdf?.(lang) ?? minimalPdf(`Issue ${issue.number}/${issue.year} r${input.revision} ${lang}`);
    const relative = `releases/${issue.year}/${issue.number}/r${input.revision}-${lang}.pdf`;
    const full = path.join(dataDir(), relative);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, bytes);
    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    const toc = input.toc?.(lang) ?? { sections: {}, articles: {} };
    const releaseFileId = db.insert(releaseFiles)
      .values({
        issueId: issue.id,
        revision: input.revision,
        lang,
        path: relative,
        sha256,
        bytes: bytes.length,
        pageCount: 1,
        toc,
        createdAt: `2024-02-0${Math.min(input.revision, 9)}T10:00:00.000Z`,
      })
      .returning({ id: releaseFiles.id })
      .get().id;
    if (input.withText !== false) storeText(db, issue.id, releaseFileId, lang, toc);
    return { lang, bytes, sha256, path: relative };
  });
  db.update(issues)
    .set({ status: input.status ?? 'published', revision: input.revision, publishedAt: `2024-02-0${Math.min(input.revision, 9)}T10:00:00.000Z` })
    .where(eq(issues.id, issue.id))
    .run();
  return stored;
}

/** The edition's text as a publication stores it: the listed (else the published) articles as they are now. */
function storeText(db: Db, issueId: number, releaseFileId: number, lang: Lang, toc: { articles: Record<string, number> }): void {
  const listed = Object.keys(toc.articles).map(Number);
  const items = listIssueArticles(db, issueId).filter((i) => (listed.length > 0 ? listed.includes(i.article.id) : i.article.status === 'published'));
  const en = lang === 'en';
  insertReleaseText(db, {
    releaseFileId,
    summaryCounts: '',
    summaryDigest: '',
    articles: items.map(({ article, country, sources }, position) => ({
      position,
      articleId: article.id,
      countryCode: country.code,
      countryName: en ? country.shortEn : country.shortRu,
      sectionHeading: en ? country.headingEn : country.headingRu,
      eventDate: article.eventDate,
      outlet: article.outlet,
      title: en ? article.titleEn : article.titleRu,
      digest: en ? article.digestEn : article.digestRu,
      body: en ? article.bodyEn : article.bodyRu,
      sources,
      photos: [],
      page: toc.articles[String(article.id)] ?? null,
    })),
  });
}

/** A small valid one-page PDF (A4) with a filled rectangle and a line of text. */
export function minimalPdf(text: string): Buffer {
  const safe = text.replace(/[()\\]/g, '');
  const stream = `0.12 0.3 0.55 rg 60 700 475 60 re f BT /F1 24 Tf 72 600 Td (${safe}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
