import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { compiledTerms } from '@/lib/db/queries/terms';
import { searchUnitCandidates, type UnitCandidate } from '@/lib/db/queries/translation-units';
import { otherLang, type Lang } from '@/lib/domain/lang';
import { adaptSuggestion } from '@/lib/domain/tm-adapt';
import { LOW_MATCH, matchPercent, SUGGESTIONS_SHOWN, tmCandidateQuery, wordDiff, type DiffPart } from '@/lib/domain/tm-score';
import { normaliseText, placeholderKey } from '@/lib/domain/tm-slots';
import type { Actor } from './actor';
import { assertActorRole } from './actor-rights';
import { ValidationError } from './errors';

export const lookupTranslationMemorySchema = z.object({
  /** The article being written: its own units are not suggested to it. */
  articleId: z.number().int().positive().max(2 ** 31).nullable(),
  /** The language written from; suggestions are in the other one. */
  from: z.enum(['en', 'ru']),
  segments: z
    .array(z.object({ id: z.string().min(1).max(40), text: z.string().max(20_000) }))
    .max(200),
});
export type LookupTranslationMemoryInput = z.input<typeof lookupTranslationMemorySchema>;

export interface TmSuggestion {
  unitId: number;
  /** 0–100. */
  percent: number;
  /** Below 60 %: shown only because it is the best there is. */
  low: boolean;
  /** The translation, with the current text's numbers and names put in. */
  text: string;
  /** How many values were put in. */
  replaced: number;
  /** The memory's source segment, and its word diff to the current text. */
  source: string;
  diff: DiffPart[];
  approved: boolean;
  provenance: { issueYear: number | null; issueNumber: number | null; articleTitle: string | null; date: string };
}

export interface SegmentSuggestions {
  id: string;
  suggestions: TmSuggestion[];
}

/** Candidates re-scored by edit distance per segment. */
const CANDIDATES = 300;

/**
 * The best translation memory matches for each segment (a title, a digest, a paragraph) of the side
 * being written from: candidates from the FTS5 trigram index, re-scored by edit distance over the
 * placeholder keys, the top three shown (the best one always, marked low below 60 %), each adapted
 * to the current numbers and names. Reads only; any editorial role.
 */
export function lookupTranslationMemory(db: Db, actor: Actor, input: LookupTranslationMemoryInput): SegmentSuggestions[] {
  assertActorRole(actor, ['editor', 'chief', 'admin'], 'role');
  const parsed = lookupTranslationMemorySchema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  const { articleId, from, segments } = parsed.data;
  return segments.map((segment) => ({ id: segment.id, suggestions: suggest(db, from, segment.text, articleId) }));
}

export function suggest(db: Db, from: Lang, text: string, articleId: number | null): TmSuggestion[] {
  if (!text.trim()) return [];
  const to = otherLang(from);
  const terms = compiledTerms(db);
  const key = placeholderKey(text, from, terms[from]);
  const query = tmCandidateQuery(key);
  if (!query) return [];
  const norm = normaliseText(text);
  const scored = searchUnitCandidates(db, from, query, CANDIDATES, articleId).map((unit) => ({
    unit,
    percent: matchPercent(key, keyOf(unit, from), norm, from === 'en' ? unit.enNorm : unit.ruNorm),
  }));
  scored.sort(
    (a, b) =>
      b.percent - a.percent ||
      Number(b.unit.approved) - Number(a.unit.approved) ||
      (a.unit.updatedAt < b.unit.updatedAt ? 1 : a.unit.updatedAt > b.unit.updatedAt ? -1 : 0),
  );
  const seen = new Set<string>();
  const chosen = scored.filter(({ unit }) => {
    const target = to === 'en' ? unit.enNorm : unit.ruNorm;
    if (seen.has(target)) return false;
    seen.add(target);
    return true;
  });
  const shown = chosen.filter((c, i) => i === 0 || c.percent >= LOW_MATCH).slice(0, SUGGESTIONS_SHOWN);
  return shown.map(({ unit, percent }) => {
    const memorySource = from === 'en' ? unit.en : unit.ru;
    const memoryTarget = to === 'en' ? unit.en : unit.ru;
    const adapted = adaptSuggestion({
      memorySource,
      memoryTarget,
      current: text,
      sourceLang: from,
      targetLang: to,
      termbase: { source: terms[from], target: terms[to] },
    });
    return {
      unitId: unit.id,
      percent,
      low: percent < LOW_MATCH,
      text: adapted.text,
      replaced: adapted.replaced,
      source: memorySource,
      diff: wordDiff(memorySource, text),
      approved: unit.approved,
      provenance: {
        issueYear: unit.issueYear,
        issueNumber: unit.issueNumber,
        articleTitle: (from === 'en' ? unit.articleTitleEn : unit.articleTitleRu) || unit.articleTitleEn || unit.articleTitleRu,
        date: unit.eventDate ?? unit.updatedAt.slice(0, 10),
      },
    };
  });
}

function keyOf(unit: UnitCandidate, lang: Lang): string {
  return lang === 'en' ? unit.enKey : unit.ruKey;
}
