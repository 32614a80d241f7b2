/** Shape tests on a line of text: what distinguishes headings, outlet labels and sentences. */

const LETTER = /\p{L}/gu;
const LOWER = /\p{Ll}/gu;

/** Mostly capitals: titles and headings are set in capitals (an odd lower-case letter, as in "iPhone", is allowed). */
export function isCapitals(text: string): boolean {
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters < 2) return false;
  const lower = text.match(LOWER)?.length ?? 0;
  return lower / letters <= 0.2;
}

/** The paragraph ends a sentence: . ! ? … or : with optional closing quotes/brackets. */
export function endsSentence(text: string): boolean {
  return /[.!?…:]["'»”’)\]]*$/u.test(text.trimEnd());
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Could be a country's name: a few words of letters, no digits, no sentence. */
export function isCountryShaped(text: string): boolean {
  return wordCount(text) <= 8 && /^[\p{L}\s'’().,-]+$/u.test(text) && !/[.!?…:]$/u.test(text);
}

/** A media-outlet label: one or two words, no sentence (KAKTUSMEDIA, 24.KG, AKIpress). */
export function isOutletShaped(text: string): boolean {
  const words = wordCount(text);
  return words >= 1 && words <= 2 && text.length <= 40 && !/[!?…:;,«»"]/u.test(text) && !/\.$/.test(text);
}

/** A single line in capitals that is not a sentence: how a bare section heading (BELARUS) looks. */
export function isBareCapitalsLine(text: string): boolean {
  return isCapitals(text) && !/\d/.test(text) && !endsSentence(text) && wordCount(text) <= 12;
}

/** Case-, space- and ё-insensitive form used to compare headings and names. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[*_]/g, '')
    .replace(/[ёЁ]/g, 'е')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.:]$/, '')
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е');
}
