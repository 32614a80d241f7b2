import { findTerms, termPhrase, type CompiledTermbase, type Term, type TermSpan } from '../termbase-match';
import { tokenize } from '../word-stem';
import { excerptsOfOneSide } from './pairing';
import { SEVERITY_OF, type FieldPair, type TranslationFinding } from './types';

/** The term list, or the two sides compiled once (the editor checks as the user types). */
export type TermSource = readonly Term[] | { en: CompiledTermbase; ru: CompiledTermbase };

function spansOf(text: string, lang: 'en' | 'ru', terms: TermSource): TermSpan[] {
  return findTerms(text, lang, Array.isArray(terms) ? (terms as readonly Term[]) : (terms as { en: CompiledTermbase; ru: CompiledTermbase })[lang]);
}

/** One term stands for another when one's English phrase holds the other's (the MIA of the Kyrgyz Republic ⊃ the MIA). */
function related(a: Term, b: Term): boolean {
  if (a === b || (a.id !== undefined && a.id === b.id)) return true;
  const x = a.en.toLowerCase();
  const y = b.en.toLowerCase();
  return x.includes(y) || y.includes(x);
}

const LATIN = /[A-Za-z]/;
const latinNamesOf = new WeakMap<readonly Term[], string[]>();

/**
 * The termbase's phrases of several words written in Latin letters (an English name kept in the
 * Russian text): the untranslated check does not count them as English left behind.
 */
export function latinTermNames(terms: readonly Term[]): string[] {
  let names = latinNamesOf.get(terms);
  if (!names) {
    names = terms.flatMap((t) => [t.en, t.ru, ...t.variantsEn, ...t.variantsRu]).filter((n) => LATIN.test(n) && n.trim().includes(' '));
    latinNamesOf.set(terms, names);
  }
  return names;
}

/** Short words that do not make a term: prepositions, articles, conjunctions. */
const FUNCTION_WORD = /^(?:of|the|a|an|and|for|in|on|at|to|by|with|по|за|с|со|в|во|на|и|о|об|от|до|для|при|к|ко|над)$/i;

const stemsOfPhrase = new Map<string, string[]>();

function contentStems(phrase: string): string[] {
  let stems = stemsOfPhrase.get(phrase);
  if (!stems) {
    stems = tokenize(phrase)
      .filter((t) => !FUNCTION_WORD.test(t.text))
      .map((t) => t.stem);
    if (stemsOfPhrase.size > 20_000) stemsOfPhrase.clear();
    stemsOfPhrase.set(phrase, stems);
  }
  return stems;
}

/**
 * Whether a text names the term in a looser way than the matcher: all its words but one are there
 * in some form ("drugs" for "narcotic drugs", «Управления по контролю за оборотом наркотиков» for
 * «Главное управление по контролю за оборотом наркотиков»). Abbreviations must be there as written.
 */
function looselyNamed(term: Term, lang: 'en' | 'ru', text: TextWords): boolean {
  const forms = lang === 'en' ? [term.en, ...term.variantsEn] : [term.ru, ...term.variantsRu];
  return forms.some((form) => {
    const words = form.trim().split(/\s+/);
    if (words.length === 1 && /^[\p{Lu}\d-]{2,8}$/u.test(words[0]!)) return text.words.has(words[0]!);
    const stems = contentStems(form);
    if (stems.length === 0) return false;
    const present = stems.filter((stem) => hasStem(text, stem)).length;
    return present >= Math.max(1, stems.length - 1);
  });
}

interface TextWords {
  words: Set<string>;
  stems: Set<string>;
  /** The stems in order, for "a text stem begins with this one". */
  sorted: string[];
}

function textWordsOf(text: string): TextWords {
  const tokens = tokenize(text);
  const stems = new Set(tokens.map((t) => t.stem));
  return { words: new Set(tokens.map((t) => t.text)), stems, sorted: [...stems].sort() };
}

/** A text stem begins with `stem`, or `stem` begins with a text stem of four letters or more. */
function hasStem(text: TextWords, stem: string): boolean {
  let lo = 0;
  let hi = text.sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (text.sorted[mid]! < stem) lo = mid + 1;
    else hi = mid;
  }
  if (text.sorted[lo]?.startsWith(stem)) return true;
  for (let k = 4; k < stem.length; k++) if (text.stems.has(stem.slice(0, k))) return true;
  return false;
}

/** A forbidden variant found by stem prefix must be that variant, not a word sharing its stem (туркменской ≠ Туркмения). */
function isForbiddenVariant(span: TermSpan, lang: 'en' | 'ru'): boolean {
  const written = tokenize(span.text).map((t) => t.stem).join(' ');
  return (lang === 'en' ? span.term.forbiddenEn : span.term.forbiddenRu).some((v) => tokenize(v).map((t) => t.stem).join(' ') === written);
}

function termKey(term: Term): string {
  return term.id !== undefined ? `#${term.id}` : term.en.toLowerCase();
}

/**
 * A term named on one side whose approved form (or an accepted variant) is missing on the other,
 * and a forbidden variant used on either side. Warnings: a pronoun may stand for a term.
 */
export function checkTermbase(pair: FieldPair, terms: TermSource): TranslationFinding[] {
  if (Array.isArray(terms) && terms.length === 0) return [];
  const spans = { en: spansOf(pair.en, 'en', terms), ru: spansOf(pair.ru, 'ru', terms) };
  const base = { kind: 'termbase' as const, severity: SEVERITY_OF.termbase, field: pair.field, ...(pair.photo ? { photo: pair.photo } : {}) };
  const findings: TranslationFinding[] = [];
  const told = new Set<string>();
  const words: Partial<Record<'en' | 'ru', TextWords>> = {};
  const wordsOf = (lang: 'en' | 'ru') => (words[lang] ??= textWordsOf(pair[lang]));
  for (const side of ['en', 'ru'] as const) {
    const other = side === 'en' ? 'ru' : 'en';
    if (!pair[other].trim()) continue; // an empty side is told once, by the untranslated check
    for (const span of spans[side]) {
      const key = `${side}:${span.form === 'forbidden' ? 'forbidden' : 'missing'}:${termKey(span.term)}`;
      if (told.has(key)) continue;
      if (span.form === 'forbidden') {
        if (!isForbiddenVariant(span, side)) continue;
        told.add(key);
        findings.push({
          ...base,
          ...excerptsOfOneSide(pair, span, side),
          message: 'termForbidden',
          values: { variant: span.text, approved: termPhrase(span.term, side) },
          subject: `forbidden:${side}:${span.text.toLowerCase()}`,
        });
        continue;
      }
      // A forbidden variant there is told as such, not as a missing term.
      if (spans[other].some((o) => related(o.term, span.term))) continue;
      if (looselyNamed(span.term, other, wordsOf(other))) continue;
      told.add(key);
      findings.push({
        ...base,
        ...excerptsOfOneSide(pair, span, side),
        message: side === 'en' ? 'termMissingInRu' : 'termMissingInEn',
        values: { term: span.text, expected: termPhrase(span.term, other) },
        subject: `missing:${side}:${termKey(span.term)}`,
      });
    }
  }
  return findings;
}
