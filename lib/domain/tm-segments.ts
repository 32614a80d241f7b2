import type { Lang } from './lang';

/**
 * How an article becomes translation units: its title, its digest phrase and its body paragraphs,
 * each paragraph also split into sentences paired one to one when both languages have the same
 * number of them. Pure; the paragraphs are those of the Markdown body (blank-line separated).
 */

export type TmField = 'title' | 'digest' | 'body';

export interface SegmentPair {
  field: TmField;
  paragraph: number;
  /** null: the whole title, digest or paragraph. */
  sentence: number | null;
  en: string;
  ru: string;
}

/**
 * Words followed by a full stop that does not end a sentence. Lower case; matched case-insensitively.
 * Units (kg, кг, шт.) are not here: "seized 5 kg." ends a sentence; a unit inside one is followed by a
 * lower-case word, which joins the pieces again (see mergeLowercaseStarts).
 */
const ABBREVIATIONS = new Set([
  // English
  'u.s', 'u.k', 'u.n', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'nos', 'vol', 'art', 'arts', 'para', 'sec',
  'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'dept', 'govt', 'approx',
  'e.g', 'i.e', 'etc', 'vs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'tel', 'fax',
  // Russian
  'т.н', 'т.е', 'т.д', 'т.п', 'т.к', 'т.ч', 'и.о', 'г', 'гг', 'чел', 'ст', 'ч', 'п', 'пп', 'стр', 'им', 'ул',
  'д', 'кв', 'обл', 'р-н', 'р', 'пос', 'с', 'млн', 'млрд', 'тыс', 'руб', 'долл',
  'др', 'пр', 'зам', 'нач', 'ген', 'полк', 'подп', 'ок', 'тел', 'т', 'янв',
  'февр', 'авг', 'сент', 'окт', 'нояб', 'дек', 'рус', 'англ',
]);

/** The last "word." of a segment: letters with inner dots or hyphens, e.g. "U.S.", "т.н.", "г.". */
const LAST_WORD = /(?:^|[\s(«"“„])([\p{L}][\p{L}.-]*)\.\s*$/u;
/** A single capital followed by a full stop: an initial («А. Иванов», "J. Smith"). */
const INITIAL = /(?:^|[\s(«"“„])\p{Lu}\.\s*$/u;

function endsWithAbbreviation(segment: string): boolean {
  if (INITIAL.test(segment)) return true;
  const m = LAST_WORD.exec(segment);
  return m ? ABBREVIATIONS.has(m[1]!.toLowerCase()) : false;
}

const segmenters = new Map<Lang, Intl.Segmenter>();

/** The sentences of a paragraph: Intl.Segmenter, then joined back where a break follows an abbreviation. */
export function splitSentences(text: string, lang: Lang): string[] {
  let segmenter = segmenters.get(lang);
  if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  const out: string[] = [];
  let pending = '';
  for (const { segment } of segmenter.segment(text)) {
    pending += segment;
    if (endsWithAbbreviation(pending)) continue;
    // The next piece starting in lower case or with a digit continues the sentence ("ст. 296", "г. Ош").
    out.push(pending);
    pending = '';
  }
  if (pending) out.push(pending);
  return mergeLowercaseStarts(out).map((s) => s.trim()).filter((s) => s !== '');
}

function mergeLowercaseStarts(pieces: string[]): string[] {
  const merged: string[] = [];
  for (const piece of pieces) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && /^\s*\p{Ll}/u.test(piece) && /\.\s*$/.test(previous)) merged[merged.length - 1] = previous + piece;
    else merged.push(piece);
  }
  return merged;
}

/** The paragraphs of a Markdown body, trimmed, empty ones left out. */
export function splitParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

export interface BilingualTexts {
  titleEn: string;
  titleRu: string;
  digestEn: string;
  digestRu: string;
  bodyEn: string;
  bodyRu: string;
}

/**
 * The pairs of an article: title, digest, then each body paragraph pair (paired by position, only
 * when both bodies have the same number of paragraphs) and, inside a paragraph pair with the same
 * number of sentences (two or more), each sentence pair. A pair with an empty side is left out.
 */
export function segmentArticle(texts: BilingualTexts): SegmentPair[] {
  const pairs: SegmentPair[] = [];
  const add = (pair: SegmentPair) => {
    if (pair.en.trim() && pair.ru.trim()) pairs.push({ ...pair, en: pair.en.trim(), ru: pair.ru.trim() });
  };
  add({ field: 'title', paragraph: 0, sentence: null, en: texts.titleEn, ru: texts.titleRu });
  add({ field: 'digest', paragraph: 0, sentence: null, en: texts.digestEn, ru: texts.digestRu });
  const en = splitParagraphs(texts.bodyEn);
  const ru = splitParagraphs(texts.bodyRu);
  if (en.length !== ru.length) return pairs;
  en.forEach((paragraphEn, p) => {
    const paragraphRu = ru[p]!;
    add({ field: 'body', paragraph: p, sentence: null, en: paragraphEn, ru: paragraphRu });
    const sentencesEn = splitSentences(paragraphEn, 'en');
    const sentencesRu = splitSentences(paragraphRu, 'ru');
    if (sentencesEn.length < 2 || sentencesEn.length !== sentencesRu.length) return;
    sentencesEn.forEach((s, i) => add({ field: 'body', paragraph: p, sentence: i, en: s, ru: sentencesRu[i]! }));
  });
  return pairs;
}
