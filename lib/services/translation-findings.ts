import type { Db, DbOrTx } from '@/lib/db/client';
import type { ArticleRow, PhotoRow } from '@/lib/db/queries/articles';
import { compiledTerms, listTerms } from '@/lib/db/queries/terms';
import type { Term } from '@/lib/domain/termbase';
import { listDismissals, type DismissalListing } from '@/lib/db/queries/translation-dismissals';
import {
  checkTranslation,
  countFindings,
  latinTermNames,
  type ArticleFinding,
  type CheckOptions,
  type TranslationCheckInput,
} from '@/lib/domain/translation-checks';

/**
 * The consistency checks of stored articles, shared by the use cases that show or enforce them
 * (the editor page, the review, the approval, the issue checks, the command line).
 */

export function checkInputOf(article: Pick<ArticleRow, 'titleEn' | 'titleRu' | 'digestEn' | 'digestRu' | 'bodyEn' | 'bodyRu'>, photos: Pick<PhotoRow, 'captionEn' | 'captionRu'>[]): TranslationCheckInput {
  return {
    titleEn: article.titleEn,
    titleRu: article.titleRu,
    digestEn: article.digestEn,
    digestRu: article.digestRu,
    bodyEn: article.bodyEn,
    bodyRu: article.bodyRu,
    photos: photos.map((p) => ({ captionEn: p.captionEn, captionRu: p.captionRu })),
  };
}

function isDb(db: DbOrTx): db is Db {
  return '$client' in db;
}

/** The termbase, for the editor to check the texts being typed with the same terms as the server. */
export function termbaseOf(db: DbOrTx): Term[] {
  return isDb(db) ? compiledTerms(db).list : listTerms(db);
}

/** The termbase for the checks: compiled once per connection (kept until terms change); a transaction reads the list. */
export function checkOptions(db: DbOrTx): CheckOptions {
  if (isDb(db)) {
    const compiled = compiledTerms(db);
    return { terms: { en: compiled.en, ru: compiled.ru }, latinNames: latinTermNames(compiled.list) };
  }
  const list = listTerms(db);
  return { terms: list, latinNames: latinTermNames(list) };
}

export interface DismissedFinding extends ArticleFinding {
  reason: string;
  dismissedByName: string | null;
  dismissedAt: string;
}

export interface ArticleTranslationCheck {
  /** What is still to look at, errors first. */
  findings: ArticleFinding[];
  /** Findings dismissed for the text as it stands (a dismissal of an earlier text no longer shows). */
  dismissed: DismissedFinding[];
  errors: number;
  warnings: number;
}

/** The findings of an article split by its dismissals. */
export function splitByDismissals(findings: ArticleFinding[], dismissals: DismissalListing[]): ArticleTranslationCheck {
  const byFingerprint = new Map(dismissals.map((d) => [d.fingerprint, d]));
  const open: ArticleFinding[] = [];
  const dismissed: DismissedFinding[] = [];
  for (const f of findings) {
    const d = byFingerprint.get(f.fingerprint);
    if (d) dismissed.push({ ...f, reason: d.reason, dismissedByName: d.dismissedByName, dismissedAt: d.createdAt });
    else open.push(f);
  }
  return { findings: open, dismissed, ...countOf(open) };
}

function countOf(findings: ArticleFinding[]) {
  const { errors, warnings } = countFindings(findings);
  return { errors, warnings };
}

/** All checks of a stored article, with its dismissals applied. */
export function checkStoredArticle(
  db: DbOrTx,
  article: ArticleRow,
  photos: PhotoRow[],
  options: CheckOptions = checkOptions(db),
): ArticleTranslationCheck {
  return splitByDismissals(checkTranslation(checkInputOf(article, photos), options), listDismissals(db, article.id));
}
