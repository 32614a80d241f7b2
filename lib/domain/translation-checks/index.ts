import { checkDates, extractDates } from './dates';
import { fieldHash, findingFingerprint } from './fingerprint';
import { checkNumbers } from './numbers';
import { checkCaptionParity, checkParagraphParity } from './parity';
import { extractQuantities, quantityDifferences } from './quantities';
import { checkTermbase, type TermSource } from './termbase';
import { checkTypography } from './typography';
import { checkUnits } from './units';
import { checkUntranslated } from './untranslated';
import type { FieldPair, TranslationCheckInput, TranslationFinding } from './types';

export * from './types';
export { findingFingerprint, fieldHash, textHash } from './fingerprint';
export { latinTermNames, type TermSource } from './termbase';

export interface CheckOptions {
  /** The termbase (terms, or both sides compiled); without it the termbase check is left out. */
  terms?: TermSource;
  /** Latin names that may stand in the Russian text (termbase phrases in Latin letters). */
  latinNames?: readonly string[];
}

/** A finding with the fingerprint a dismissal is kept under. */
export interface ArticleFinding extends TranslationFinding {
  fingerprint: string;
}

/** The fields of an article checked against each other, in the order they are shown. */
export function fieldPairs(input: TranslationCheckInput): FieldPair[] {
  return [
    { field: 'title', en: input.titleEn, ru: input.titleRu },
    { field: 'digest', en: input.digestEn, ru: input.digestRu },
    { field: 'body', en: input.bodyEn, ru: input.bodyRu },
    ...(input.photos ?? []).map((p, i) => ({ field: 'photoCaption' as const, photo: i + 1, en: p.captionEn, ru: p.captionRu })),
  ];
}

/** Every check of one field pair. */
export function checkField(pair: FieldPair, options: CheckOptions = {}): TranslationFinding[] {
  if (!pair.en.trim() && !pair.ru.trim()) return [];
  const untranslated = checkUntranslated(pair, options.latinNames);
  // An empty side has nothing to compare: only that is told (for captions, by the parity check).
  if (!pair.en.trim() || !pair.ru.trim()) return untranslated;
  const dates = { en: extractDates(pair.en, 'en'), ru: extractDates(pair.ru, 'ru') };
  const differences = quantityDifferences(pair, { en: extractQuantities(pair.en, 'en', dates.en), ru: extractQuantities(pair.ru, 'ru', dates.ru) });
  return [
    ...checkNumbers(pair, differences),
    ...checkUnits(pair, differences),
    ...checkDates(pair, dates),
    ...(options.terms ? checkTermbase(pair, options.terms) : []),
    ...untranslated,
    ...(pair.field === 'body' ? checkParagraphParity(pair) : []),
    ...checkTypography(pair),
  ];
}

const SEVERITY_RANK = { error: 0, warning: 1 } as const;

/**
 * All consistency checks of an article between its English and Russian texts: errors first, then
 * warnings, each in the order of the fields. Pure; fast enough to run on every keystroke.
 */
export function checkTranslation(input: TranslationCheckInput, options: CheckOptions = {}): ArticleFinding[] {
  const findings: ArticleFinding[] = [];
  for (const pair of fieldPairs(input)) {
    const hash = fieldHash(pair.en, pair.ru);
    for (const f of checkField(pair, options)) findings.push({ ...f, fingerprint: findingFingerprint(f, hash) });
  }
  findings.push(...checkCaptionParity(input.photos ?? []).map((f) => ({ ...f, fingerprint: findingFingerprint(f, captionHash(input, f.photo!)) })));
  return findings.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

function captionHash(input: TranslationCheckInput, photo: number): string {
  const p = input.photos?.[photo - 1];
  return fieldHash(p?.captionEn ?? '', p?.captionRu ?? '');
}

/** The findings still open: those whose fingerprint was not dismissed. */
export function openFindings<T extends { fingerprint: string }>(findings: readonly T[], dismissed: ReadonlySet<string> | readonly string[]): T[] {
  const set = dismissed instanceof Set ? dismissed : new Set(dismissed as readonly string[]);
  return findings.filter((f) => !set.has(f.fingerprint));
}

export function countFindings(findings: readonly TranslationFinding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  return { errors, warnings: findings.length - errors };
}
