import type { Db } from '@/lib/db/client';
import { compiledTerms } from '@/lib/db/queries/terms';
import type { Clause } from '@/lib/domain/search/query';
import { findTerms } from '@/lib/domain/termbase-match';
import { LANGS, otherLang } from '@/lib/domain/lang';

/**
 * For a clause that is a termbase entry in either language, the entry's phrases in both languages
 * (preferred form and variants): "hashish" also searches «гашиш», «КНБ» also "CNS".
 */
export function termAlternatives(db: Db): (clause: Clause) => string[][] {
  const terms = compiledTerms(db);
  if (terms.list.length === 0) return () => [];
  return (clause) => {
    if (clause.kind === 'prefix') return [];
    const text = clause.words.join(' ');
    const phrases = new Set<string>();
    for (const lang of LANGS) {
      for (const span of findTerms(text, lang, terms[lang])) {
        if (span.start !== 0 || span.end !== text.length) continue;
        const other = otherLang(lang);
        const { term } = span;
        for (const phrase of [term.en, term.ru, ...(other === 'en' ? term.variantsEn : term.variantsRu)]) phrases.add(phrase);
      }
    }
    phrases.delete(text);
    return [...phrases].map((p) => p.split(/\s+/).filter(Boolean));
  };
}

/** The clauses to highlight: the query's own and, for each, its termbase alternatives. */
export function highlightClauses(must: Clause[], alternatives: (clause: Clause) => string[][]): Clause[] {
  return [...must, ...must.flatMap((clause) => alternatives(clause).map((words): Clause => ({ kind: words.length > 1 ? 'phrase' : 'word', words })))];
}
