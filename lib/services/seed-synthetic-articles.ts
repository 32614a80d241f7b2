import type { Db } from '@/lib/db/client';
import { articles } from '@/lib/db/schema';
import { writeAudit } from '@/lib/db/audit';
import { countCountries, seedReferenceData } from './seed-reference-data';
import type { ArticleState } from '@/lib/domain/workflow';
import type { Actor } from './actor';

export interface SyntheticArticlesOptions {
  count: number;
  /** Authors to spread the articles over (none: articles without author). */
  authorIds?: number[];
  /** Same seed, same articles. */
  seed?: number;
  /** Event dates fall in the `years` years before this date (YYYY-MM-DD). */
  until?: string;
  years?: number;
}

const COUNTRIES = ['KZ', 'KG', 'RU', 'TJ', 'TM', 'UZ', 'AZ', 'CN', 'BY', 'AF', 'IR', 'TR'];
const STATUS_WEIGHTS: Array<[ArticleState, number]> = [
  ['draft', 25],
  ['changes_requested', 10],
  ['in_review', 15],
  ['approved', 15],
  ['published', 35],
];
const SUBJECTS_EN = ['Police officers', 'Customs officers', 'Border guards', 'Volunteers', 'Students', 'Investigators'];
const ACTIONS_EN = ['seized heroin', 'held classes', 'dismantled a laboratory', 'met UNODC experts', 'detained couriers', 'ran a raid'];
const PLACES_EN = ['in Almaty', 'in Bishkek', 'in Dushanbe', 'in Tashkent', 'in the border region', 'at the airport'];
const SUBJECTS_RU = ['Полицейские', 'Таможенники', 'Пограничники', 'Волонтёры', 'Студенты', 'Следователи'];
const ACTIONS_RU = ['изъяли героин', 'провели занятия', 'ликвидировали лабораторию', 'встретились с экспертами УНП ООН', 'задержали курьеров', 'провели рейд'];
const PLACES_RU = ['в Алматы', 'в Бишкеке', 'в Душанбе', 'в Ташкенте', 'в приграничном районе', 'в аэропорту'];

/** mulberry32: a small deterministic generator, so benchmarks can be repeated on the same data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Inserts synthetic articles for benchmarks and pagination tests: bilingual titles (Cyrillic with
 * capitals), a spread of statuses, countries and event dates. One transaction, one audit row.
 */
export function seedSyntheticArticles(db: Db, actor: Actor, options: SyntheticArticlesOptions): { inserted: number } {
  if (countCountries(db) === 0) seedReferenceData(db);
  const next = random(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const totalWeight = STATUS_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  const status = (): ArticleState => {
    let r = next() * totalWeight;
    for (const [state, weight] of STATUS_WEIGHTS) if ((r -= weight) < 0) return state;
    return 'draft';
  };
  const until = new Date(`${options.until ?? '2026-01-31'}T00:00:00Z`).getTime();
  const spanDays = Math.round((options.years ?? 5) * 365);
  const authors = options.authorIds ?? [];

  const rows = Array.from({ length: options.count }, (_, i) => {
    const eventDate = new Date(until - Math.floor(next() * spanDays) * 86_400_000).toISOString().slice(0, 10);
    const [s, a, p] = [Math.floor(next() * 6), Math.floor(next() * 6), Math.floor(next() * 6)];
    const authorId = authors.length ? pick(authors) : null;
    return {
      countryCode: pick(COUNTRIES),
      eventDate,
      status: status(),
      titleEn: `${SUBJECTS_EN[s]} ${ACTIONS_EN[a]} ${PLACES_EN[p]} (${i + 1})`,
      titleRu: `${SUBJECTS_RU[s]} ${ACTIONS_RU[a]} ${PLACES_RU[p]} (${i + 1})`,
      bodyEn: 'Synthetic article for benchmarks.',
      bodyRu: 'Синтетическая статья для замеров.',
      authorId,
      updatedBy: authorId,
      updatedAt: `${eventDate}T12:00:00.000Z`,
    };
  });

  db.transaction((tx) => {
    for (let i = 0; i < rows.length; i += 500) tx.insert(articles).values(rows.slice(i, i + 500)).run();
    writeAudit(tx, { actorId: actor.id, actor: actor.label, action: 'seed_synthetic_articles', entity: 'database', details: { count: rows.length, seed: options.seed ?? 1 } });
  });
  return { inserted: rows.length };
}
