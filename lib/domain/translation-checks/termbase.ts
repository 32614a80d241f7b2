import { findTerms, termPhrase, type CompiledTermbase, type Term, type TermSpan } from '../termbase-match';
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
  for (const side of ['en', 'ru'] as const) {
    const other = side === 'en' ? 'ru' : 'en';
    if (!pair[other].trim()) continue; // an empty side is told once, by the untranslated check
    for (const span of spans[side]) {
      const key = `${side}:${span.form === 'forbidden' ? 'forbidden' : 'missing'}:${termKey(span.term)}`;
      if (told.has(key)) continue;
      if (span.form === 'forbidden') {
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
