import type { Lang } from './lang';
import type { CompiledTermbase } from './termbase-match';
import { termPhrase } from './termbase-match';
import type { Term } from './termbase';
import { findSlots, formatNumber, MONTHS_EN, MONTHS_RU, UNITS, type Slot, type SlotKind } from './tm-slots';
import { tokenize } from './word-stem';

/**
 * A memory suggestion made to fit the current text: where the memory's source had 12 kg and Almaty
 * region and the current text has 15 kg and Zhambyl region, the memory's translation gets 15 kg
 * and Zhambyl region in their place. Each slot of the translation is paired with the slot of the
 * memory's source holding the same value (n-th of its kind and value), then with the n-th slot of
 * that kind in the current text. Pure.
 */

export interface AdaptedSuggestion {
  text: string;
  /** How many values were put in; 0 when the suggestion is the memory's text as stored. */
  replaced: number;
}

export interface AdaptInput {
  /** The memory's source segment and its translation. */
  memorySource: string;
  memoryTarget: string;
  /** The text being translated now. */
  current: string;
  sourceLang: Lang;
  targetLang: Lang;
  termbase: { source: CompiledTermbase<Term>; target: CompiledTermbase<Term> };
}

export function adaptSuggestion(input: AdaptInput): AdaptedSuggestion {
  const { sourceLang, targetLang } = input;
  const memorySlots = findSlots(input.memorySource, sourceLang, input.termbase.source);
  const currentSlots = findSlots(input.current, sourceLang, input.termbase.source);
  const targetSlots = findSlots(input.memoryTarget, targetLang, input.termbase.target);
  const used = new Set<Slot>();
  let text = '';
  let at = 0;
  let replaced = 0;
  for (const slot of targetSlots) {
    const source = memorySlots.find((s) => !used.has(s) && s.kind === slot.kind && sameValue(s, slot));
    if (!source) continue;
    used.add(source);
    const index = ofKind(memorySlots, slot.kind).indexOf(source);
    const now = ofKind(currentSlots, slot.kind)[index];
    if (!now || now.value === source.value) continue;
    text += input.memoryTarget.slice(at, slot.start) + render(slot, now, targetLang);
    at = slot.end;
    replaced++;
  }
  return { text: text + input.memoryTarget.slice(at), replaced };
}

function ofKind(slots: Slot[], kind: SlotKind): Slot[] {
  return slots.filter((s) => s.kind === kind);
}

function sameValue(source: Slot, target: Slot): boolean {
  return source.value === target.value;
}

/** The current value written in the target language, in the form the memory's translation used. */
function render(target: Slot, now: Slot, lang: Lang): string {
  switch (now.kind) {
    case 'number':
      return formatNumber(now.value, lang);
    case 'date':
      return now.value;
    case 'unit':
      return UNITS[now.value]?.show[lang] ?? now.text;
    case 'month':
      return monthLike(target.text, Number(now.value), lang);
    case 'term':
      return now.term ? inflectLike(target, now.term, lang) : now.text;
  }
}

function monthLike(original: string, month: number, lang: Lang): string {
  if (lang === 'en') {
    const name = MONTHS_EN[month] ?? '';
    return name.charAt(0).toUpperCase() + name.slice(1);
  }
  const forms = MONTHS_RU[month];
  if (!forms) return original;
  // The grammatical case the memory used (nominative, genitive, prepositional); genitive by default.
  const lower = original.toLowerCase();
  const used = MONTHS_RU.map((f) => f.indexOf(lower)).find((i) => i >= 0);
  const caseIndex = used ?? 1;
  const word = forms[caseIndex] ?? forms[1];
  return /^\p{Lu}/u.test(original) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/**
 * The new term written in the grammatical form the memory used for the old one, by analogy word by
 * word: «Алматинской области» for «Алматинская область» gives «Жамбылской области» for «Жамбылская
 * область». When the phrases do not line up word for word, the new term's dictionary form is used.
 */
export function inflectLike(target: Slot, term: Term, lang: Lang): string {
  const oldTerm = target.term;
  const written = tokenize(target.text);
  const newPhrase = termPhrase(term, lang);
  if (!oldTerm) return newPhrase;
  const oldWords = tokenize(termPhrase(oldTerm, lang)).map((t) => t.text);
  const newWords = tokenize(newPhrase).map((t) => t.text);
  if (written.length !== oldWords.length || newWords.length !== oldWords.length) return newPhrase;
  let out = '';
  let at = 0;
  written.forEach((word, i) => {
    out += target.text.slice(at, word.start) + inflectWord(word.text, oldWords[i]!, newWords[i]!);
    at = word.end;
  });
  return out + target.text.slice(at);
}

function inflectWord(written: string, dictionaryOld: string, dictionaryNew: string): string {
  if (dictionaryOld.toLowerCase() === dictionaryNew.toLowerCase()) return written;
  const w = written.toLowerCase();
  const o = dictionaryOld.toLowerCase();
  let common = 0;
  while (common < w.length && common < o.length && w[common] === o[common]) common++;
  const writtenEnding = written.slice(common);
  const oldEnding = o.slice(common);
  if (!dictionaryNew.toLowerCase().endsWith(oldEnding)) return dictionaryNew;
  return dictionaryNew.slice(0, dictionaryNew.length - oldEnding.length) + writtenEnding;
}
