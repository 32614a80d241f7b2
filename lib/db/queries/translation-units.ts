import { eq, inArray, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../client';
import { preparedOnce } from '../per-connection';
import { translationUnits } from '../schema';
import type { Lang } from '@/lib/domain/lang';
import type { TmField } from '@/lib/domain/tm-segments';

export type TranslationUnitInsert = typeof translationUnits.$inferInsert;

export function deleteUnitsOfArticles(db: DbOrTx, articleIds: number[]): void {
  if (articleIds.length === 0) return;
  db.delete(translationUnits).where(inArray(translationUnits.articleId, articleIds)).run();
}

export function insertUnits(db: DbOrTx, rows: TranslationUnitInsert[]): void {
  for (let i = 0; i < rows.length; i += 500) db.insert(translationUnits).values(rows.slice(i, i + 500)).run();
}

export function deleteAllUnits(db: DbOrTx): void {
  db.delete(translationUnits).run();
}

export function countUnits(db: DbOrTx): number {
  return db.get<{ n: number }>(sql`select count(*) as n from translation_units`).n;
}

export function listUnitsOfArticle(db: DbOrTx, articleId: number) {
  return db.select().from(translationUnits).where(eq(translationUnits.articleId, articleId)).all();
}

/** A memory unit found for a lookup, with where it came from. */
export interface UnitCandidate {
  id: number;
  en: string;
  ru: string;
  enNorm: string;
  ruNorm: string;
  enKey: string;
  ruKey: string;
  field: TmField;
  approved: boolean;
  updatedAt: string;
  articleId: number | null;
  articleTitleEn: string | null;
  articleTitleRu: string | null;
  eventDate: string | null;
  issueYear: number | null;
  issueNumber: number | null;
}

/**
 * Up to `limit` units whose key in `lang` matches the trigram query, leaving out one article's own
 * units; the caller ranks them. Not ordered by bm25: ranking every match of a common word costs
 * hundreds of milliseconds in a memory of 100,000 units, and the edit distance ranks better anyway.
 * The query is built by tmCandidateQuery (lib/domain/tm-score.ts).
 */
export function searchUnitCandidates(db: Db, lang: Lang, match: string, limit: number, excludeArticleId: number | null): UnitCandidate[] {
  const column = lang === 'en' ? 'en_key' : 'ru_key';
  const statement = preparedOnce(db, `tm.candidates.${lang}`, () =>
    db.$client.prepare(
      `select u.id, u.en, u.ru, u.en_norm as enNorm, u.ru_norm as ruNorm, u.en_key as enKey, u.ru_key as ruKey,
              u.field, u.approved, u.updated_at as updatedAt, u.article_id as articleId,
              a.title_en as articleTitleEn, a.title_ru as articleTitleRu, a.event_date as eventDate,
              i.year as issueYear, i.number as issueNumber
         from (select rowid as id from translation_units_fts where translation_units_fts match ? limit ?) f
         join translation_units u on u.id = f.id
         left join articles a on a.id = u.article_id
         left join issues i on i.id = u.issue_id
        where u.article_id is not ? `,
    ),
  );
  const rows = statement.all(`${column} : (${match})`, limit, excludeArticleId) as (Omit<UnitCandidate, 'approved'> & { approved: number })[];
  return rows.slice(0, limit).map((r) => ({ ...r, approved: r.approved === 1 }));
}

/** What the memory is made of: an article's texts, its state and its (latest) issue. */
export interface ArticleForMemory {
  id: number;
  status: string;
  titleEn: string;
  titleRu: string;
  digestEn: string;
  digestRu: string;
  bodyEn: string;
  bodyRu: string;
  issueId: number | null;
}

const ARTICLE_FOR_MEMORY = `select a.id, a.status, a.title_en as titleEn, a.title_ru as titleRu, a.digest_en as digestEn,
       a.digest_ru as digestRu, a.body_en as bodyEn, a.body_ru as bodyRu,
       (select max(ia.issue_id) from issue_articles ia where ia.article_id = a.id) as issueId
  from articles a`;

export function listArticlesForMemory(db: DbOrTx, ids: number[]): ArticleForMemory[] {
  if (ids.length === 0) return [];
  return db.all<ArticleForMemory>(sql.raw(`${ARTICLE_FOR_MEMORY} where a.id in (${ids.map((id) => Number(id)).join(',')})`));
}

/** Articles in id order after `afterId`, `limit` at a time (for a rebuild that never holds them all). */
export function listArticlesForMemoryAfter(db: DbOrTx, afterId: number, limit: number): ArticleForMemory[] {
  return db.all<ArticleForMemory>(sql.raw(`${ARTICLE_FOR_MEMORY} where a.id > ${Number(afterId)} order by a.id limit ${Number(limit)}`));
}
