import { excerpt, maskLinks } from './text-scan';
import { SEVERITY_OF, type FieldPair, type TranslationFinding } from './types';

/** A run of this many Latin words in the Russian text is English left untranslated. */
export const LATIN_RUN = 4;

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const LATIN_WORD = /^[A-Za-z]+(?:['’-][A-Za-z]+)*$/;
/** Acronyms and codes neither count nor break a run: UNODC, EU, BOMCA-10. */
const ACRONYM = /^(?=.*[A-Z])[A-Z0-9-]{1,6}$|\d/;
/** What ends a run between two words: the end of a sentence, a quote, a bracket, a Russian word. */
const BREAK = /[.!?;:«»„“"()[\]\n–—]/;

const normalised = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * An empty side while the other has text (an error); both sides the same; and a run of four or
 * more Latin words in the Russian text, leaving out acronyms, links and the names of `names`
 * (termbase phrases written in Latin letters, e.g. a programme's name). Warnings otherwise.
 */
export function checkUntranslated(pair: FieldPair, names: readonly string[] = []): TranslationFinding[] {
  const base = { kind: 'untranslated' as const, field: pair.field, ...(pair.photo ? { photo: pair.photo } : {}) };
  const en = normalised(pair.en);
  const ru = normalised(pair.ru);
  if (!en && !ru) return [];
  if (!en || !ru) {
    // Photo captions in one language only are told by the parity check.
    if (pair.field === 'photoCaption') return [];
    return [
      {
        ...base,
        severity: 'error',
        en: excerpt(pair.en, 0, 0, 80),
        ru: excerpt(pair.ru, 0, 0, 80),
        message: en ? 'emptyRu' : 'emptyEn',
        values: {},
        subject: en ? 'emptyRu' : 'emptyEn',
      },
    ];
  }
  if (en === ru && /\p{L}{2}/u.test(en)) {
    return [{ ...base, severity: SEVERITY_OF.untranslated, en: excerpt(pair.en, 0, 0, 80), ru: excerpt(pair.ru, 0, 0, 80), message: 'sameText', values: {}, subject: 'same' }];
  }
  return latinRuns(pair.ru, names).map((run) => ({
    ...base,
    severity: SEVERITY_OF.untranslated,
    en: '',
    ru: excerpt(pair.ru, run.start, run.end, 20),
    message: 'latinRun' as const,
    values: { words: run.text },
    subject: `latin:${run.text.toLowerCase().slice(0, 60)}`,
  }));
}

export interface LatinRun {
  start: number;
  end: number;
  text: string;
  words: number;
}

/** Runs of Latin words in a Russian text (see checkUntranslated). */
export function latinRuns(text: string, names: readonly string[] = []): LatinRun[] {
  const masked = maskNames(maskLinks(text), names);
  const runs: LatinRun[] = [];
  let run: LatinRun | null = null;
  let lastEnd = 0;
  const close = () => {
    if (run && run.words >= LATIN_RUN) runs.push({ ...run, text: normalised(text.slice(run.start, run.end)) });
    run = null;
  };
  for (const m of masked.matchAll(WORD)) {
    const word = m[0];
    const start = m.index;
    if (run && BREAK.test(masked.slice(lastEnd, start))) close();
    if (ACRONYM.test(word)) {
      if (run) lastEnd = start + word.length;
      continue;
    }
    if (!LATIN_WORD.test(word)) {
      close();
      continue;
    }
    if (!run) run = { start, end: start, text: '', words: 0 };
    run.words++;
    run.end = start + word.length;
    lastEnd = run.end;
  }
  close();
  return runs;
}

function maskNames(text: string, names: readonly string[]): string {
  let masked = text;
  const lower = text.toLowerCase();
  for (const name of names) {
    const needle = name.trim().toLowerCase();
    if (needle.length < 2 || !/[a-z]/.test(needle)) continue;
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) {
      masked = masked.slice(0, at) + '\n'.repeat(needle.length) + masked.slice(at + needle.length);
    }
  }
  return masked;
}
