import hyphenEn from 'hyphen/en-us';
import hyphenRu from 'hyphen/ru';

const SOFT_HYPHEN = '\u00AD';
const MIN_WORD_LETTERS = 6;
/** Letters kept together at the start / end of a word, as typesetters do (no "s»," alone on a line). */
const MIN_LEFT = 2;
const MIN_RIGHT = 3;

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/gu;
const URL_LIKE = /^[«"(\[]?(https?:\/\/|www\.)|^\S+\.\S+\/\S*/i;
/** An e-mail address or a bare domain (polisia.kz): hyphenating it would change it, breaking it is ugly. */
const ADDRESS_LIKE = /\S@\S|\p{L}\.\p{L}{2,}/u;

/**
 * An empty syllable is a zero-width glue for react-pdf's line breaker: a break there adds no hyphen.
 * Used where a visible hyphen would corrupt the text (inside URLs, after an existing hyphen).
 */
const FREE_BREAK = '';

/** Words repeat throughout an issue and across renders: each one is split once (pure function of the word). */
const cache = new Map<string, string[]>();
const CACHE_LIMIT = 50_000;

/**
 * Splits one "word" (react-pdf passes space-separated chunks, punctuation included) into the pieces
 * between which a line may break. Joined back, the pieces equal the word. The array is shared
 * between calls (frozen): copy it to change it.
 */
export function hyphenateWord(word: string): string[] {
  const known = cache.get(word);
  if (known) return known;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const parts = Object.freeze(splitWord(word)) as string[];
  cache.set(word, parts);
  return parts;
}

function splitWord(word: string): string[] {
  if (!word || word.trim() === '') return [word];
  if (URL_LIKE.test(word)) return breakAnywhere(word);
  if (ADDRESS_LIKE.test(word)) return [word];
  if (word.includes('-') && word.length > 1) return breakAfterHyphens(word);
  return syllables(word);
}

function syllables(word: string): string[] {
  const letters = word.match(LETTER) ?? [];
  if (letters.length < MIN_WORD_LETTERS) return [word];
  const lettersOnly = letters.join('');
  // Titles and headings are set in capitals: never hyphenated.
  if (lettersOnly === lettersOnly.toLocaleUpperCase() && lettersOnly !== lettersOnly.toLocaleLowerCase()) return [word];
  const cyrillic = CYRILLIC.test(word);
  // English patterns mangle transliterated names (Kaza-khstan, Zhe-tisu): leave capitalised Latin words whole.
  if (!cyrillic && isCapitalised(lettersOnly)) return [word];
  const hyphenator = cyrillic ? hyphenRu : LATIN.test(word) ? hyphenEn : null;
  if (!hyphenator) return [word];
  const parts = hyphenator.hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_WORD_LETTERS }).split(SOFT_HYPHEN);
  return keepEdgesTogether(parts);
}

const isCapitalised = (letters: string) => {
  const first = letters.charAt(0);
  return first !== first.toLocaleLowerCase();
};

const letterCount = (text: string) => (text.match(LETTER) ?? []).length;

function keepEdgesTogether(parts: string[]): string[] {
  const result = [...parts];
  while (result.length > 1 && letterCount(result[0]!) < MIN_LEFT) result.splice(0, 2, result[0]! + result[1]!);
  while (result.length > 1 && letterCount(result[result.length - 1]!) < MIN_RIGHT) {
    const last = result.pop()!;
    result[result.length - 1] += last;
  }
  return result;
}

/** "anti-drug" may break after its own hyphen, without a second one being added. */
function breakAfterHyphens(word: string): string[] {
  const pieces = word.split(/(?<=-)(?=[^-])/);
  return pieces.flatMap((piece, i) => {
    const hyphenated = piece.endsWith('-') ? [piece] : syllables(piece);
    return i < pieces.length - 1 ? [...hyphenated, FREE_BREAK] : hyphenated;
  });
}

/** A URL may break between any two characters, never with an added hyphen. */
function breakAnywhere(word: string): string[] {
  return Array.from(word).flatMap((char, i) => (i === 0 ? [char] : [FREE_BREAK, char]));
}
