import type { Lang } from './lang';

/**
 * The digest phrase of an article follows "information about" / «информацию о(б)» in the summary,
 * so in Russian it is a prepositional-case phrase («проведении профилактической лекции»,
 * «изъятии 3 кг гашиша») and in English a noun or gerund phrase ("conducting…", "seizure of…").
 *
 * Deciding the case of a Russian word exactly needs a morphological dictionary. The check here is a
 * documented heuristic on the ending of the phrase's first word (docs/summary.md):
 * - it is prepositional when it ends in one of PREPOSITIONAL_ENDINGS (-и, -е, -ах/-ях, -ом/-ем,
 *   -ой/-ей, -их/-ых), except the nominative adjective and noun endings -ое/-ее, -ие/-ые, -ние;
 * - anything else (-а/-я, -ая/-яя, -ый/-ий, -о, -ы, -у/-ю, -ь, a consonant) reads as nominative.
 * It errs on the side of silence: a warning, never an error.
 */
const PREPOSITIONAL_ENDINGS = ['ии', 'ах', 'ях', 'ом', 'ем', 'ой', 'ей', 'их', 'ых', 'и', 'е'] as const;
const NOMINATIVE_ENDINGS = ['ое', 'ее', 'ие', 'ые', 'ние', 'тие', 'ья'] as const;

/** Leading "о"/"об"/"обо" or "about" typed by the editor: the generator writes the preposition itself. */
const LEADING_PREPOSITION: Record<Lang, RegExp> = {
  ru: /^(?:обо|об|о)\s+/i,
  en: /^about\s+/i,
};

export function stripLeadingPreposition(phrase: string, lang: Lang): string {
  return phrase.trim().replace(LEADING_PREPOSITION[lang], '');
}

/** «об» before a vowel sound (а, о, у, э, и, ы), «о» otherwise: «об изъятии», «о проведении». */
export function russianAbout(nextWord: string): 'об' | 'о' {
  return /^[аоуэиы]/i.test(nextWord.trim()) ? 'об' : 'о';
}

function firstWord(phrase: string): string {
  return (/^[«"(]*([\p{L}-]+)/u.exec(phrase.trim())?.[1] ?? '').toLocaleLowerCase('ru');
}

/**
 * Whether a Russian digest phrase starts with a word that is not in the prepositional case
 * (e.g. «антинаркотическая лекция», «изъятие героина»). A phrase that does not start with a
 * Cyrillic word (a number, a Latin name) is not judged.
 */
export function startsOutsidePrepositional(phrase: string): boolean {
  const word = firstWord(stripLeadingPreposition(phrase, 'ru'));
  if (!/^[а-яё-]{2,}$/.test(word)) return false;
  if (NOMINATIVE_ENDINGS.some((e) => word.endsWith(e))) return true;
  return !PREPOSITIONAL_ENDINGS.some((e) => word.endsWith(e));
}
