import { counterpartExcerpt, excerpt } from './text-scan';
import type { FieldPair } from './types';

/** Something found at a place of one side's text. */
export interface Located {
  start: number;
  end: number;
  /** As written, for the message. */
  text: string;
}

export interface Unmatched<T extends Located> {
  /** Pairs of an English and a Russian item that stand for each other (likely one mistake). */
  pairs: Array<{ en: T; ru: T }>;
  onlyEn: T[];
  onlyRu: T[];
}

/**
 * Pairs what one side has and the other lacks, in the order of the text: "15 kg" unmatched in the
 * English and "150 кг" unmatched in the Russian are one mistake, told once. `samePlace` decides
 * whether two items may stand for each other (e.g. both masses).
 */
export function pairUnmatched<T extends Located>(onlyEn: T[], onlyRu: T[], samePlace: (en: T, ru: T) => boolean = () => true): Unmatched<T> {
  const pairs: Array<{ en: T; ru: T }> = [];
  const restEn: T[] = [];
  const restRu = [...onlyRu];
  for (const en of onlyEn) {
    const i = restRu.findIndex((ru) => samePlace(en, ru));
    if (i === -1) restEn.push(en);
    else pairs.push({ en, ru: restRu.splice(i, 1)[0]! });
  }
  return { pairs, onlyEn: restEn, onlyRu: restRu };
}

/** The excerpts of a finding about an item found on one side only: there, and where it should be. */
export function excerptsOfOneSide(pair: FieldPair, item: Located, side: 'en' | 'ru'): { en: string; ru: string } {
  const here = excerpt(pair[side], item.start, item.end);
  const other = side === 'en' ? 'ru' : 'en';
  const there = counterpartExcerpt(pair[side], item.start, pair[other]);
  return side === 'en' ? { en: here, ru: there } : { en: there, ru: here };
}

export function excerptsOfPair(pair: FieldPair, en: Located, ru: Located): { en: string; ru: string } {
  return { en: excerpt(pair.en, en.start, en.end), ru: excerpt(pair.ru, ru.start, ru.end) };
}
