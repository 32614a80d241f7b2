import fs from 'node:fs';
import type { DbOrTx } from '@/lib/db/client';
import { findIssueCorrection } from '@/lib/db/queries/issue-corrections';
import { findIssue, listIssueArticles, type IssueArticle } from '@/lib/db/queries/issues';
import { getOrganisation } from '@/lib/db/queries/organisation';
import type { EditionArticle, EditionData, EditionPhoto, EditionSection } from '@/lib/domain/edition';
import { missingTexts } from '@/lib/domain/edition-checks';
import type { Lang } from '@/lib/domain/lang';
import { resolveDataPath } from '@/lib/media/data-dir';
import { EditionIncompleteError, NotFoundError } from './errors';
import { buildIssueSummaries, sectionsOfIssue } from './issue-summary';

export interface EditionRef {
  year: number;
  number: number;
  lang: Lang;
}

/** Everything the renderer needs for one edition, or an error naming each missing text. */
export function loadEditionData(db: DbOrTx, ref: EditionRef, today: () => Date = () => new Date()): EditionData {
  const issue = findIssue(db, ref.year, ref.number);
  if (!issue) throw new NotFoundError(`There is no issue #${ref.number} of ${ref.year}.`);
  const items = listIssueArticles(db, issue.id);
  const { lang } = ref;
  const pick = <T>(en: T, ru: T) => (lang === 'en' ? en : ru);

  const missing = missingTexts(
    items.map(({ article, sources, photos }) => ({
      id: article.id,
      label: article.titleEn || article.titleRu || firstWords(article.bodyEn || article.bodyRu),
      title: pick(article.titleEn, article.titleRu),
      body: pick(article.bodyEn, article.bodyRu),
      sourceCount: sources.length,
      photosMissingCaption: photos.filter((p) => !pick(p.captionEn, p.captionRu).trim() && (p.captionEn + p.captionRu).trim()).length,
    })),
  );
  if (missing.length > 0) throw new EditionIncompleteError(lang, missing);

  const org = getOrganisation(db);
  const sections = toSections(items, lang);
  const summary = buildIssueSummaries(db, issue, items)[lang].effective;

  return {
    lang,
    year: issue.year,
    number: issue.number,
    periodStart: issue.periodStart,
    periodEnd: issue.periodEnd,
    place: pick(issue.placeEn, issue.placeRu),
    organisation: {
      name: pick(org.nameEn, org.nameRu),
      shortName: pick(org.shortNameEn, org.shortNameRu),
      address: pick(org.addressEn, org.addressRu),
      phone: org.phone,
      fax: org.fax,
      email: org.email,
      website: org.website,
      logo: null,
    },
    summary,
    sections,
    ...correctionOf(db, issue, lang, today),
  };
}

/** An issue under correction prints the note of the revision it is about to publish, dated today. */
function correctionOf(db: DbOrTx, issue: { id: number; status: string; revision: number }, lang: Lang, today: () => Date): Pick<EditionData, 'correction'> {
  if (issue.status !== 'correction') return {};
  const row = findIssueCorrection(db, issue.id, issue.revision + 1);
  if (!row) return {};
  return { correction: { revision: row.revision, date: today().toISOString().slice(0, 10), note: lang === 'en' ? row.noteEn : row.noteRu } };
}

function toSections(items: IssueArticle[], lang: Lang): EditionSection[] {
  return sectionsOfIssue(items).map((group) => ({
    countryCode: group[0]!.country.code,
    heading: lang === 'en' ? group[0]!.country.headingEn : group[0]!.country.headingRu,
    articles: group.map((item) => toEditionArticle(item, lang)),
  }));
}

/** An article in one language as the renderer takes it; photos are the stored print JPEGs (bytes, never a path). */
export function toEditionArticle({ article, sources, photos }: Pick<IssueArticle, 'article' | 'sources' | 'photos'>, lang: Lang): EditionArticle {
  const en = lang === 'en';
  return {
    id: article.id,
    outlet: article.outlet,
    title: en ? article.titleEn : article.titleRu,
    body: en ? article.bodyEn : article.bodyRu,
    sources,
    photos: photos.map(
      (p): EditionPhoto => ({
        data: fs.readFileSync(resolveDataPath(p.printFile)),
        format: 'jpg',
        width: p.width,
        height: p.height,
        caption: en ? p.captionEn : p.captionRu,
        credit: en ? p.creditEn : p.creditRu,
      }),
    ),
  };
}

function firstWords(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').slice(0, 8).join(' ');
  return words ? `${words}…` : '';
}
