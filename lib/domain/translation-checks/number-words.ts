/**
 * How the two languages write numbers: digits with their separators, the words two…ten in every
 * case form, hundreds in Russian, and the multipliers thousand/тысяч, million/млн, billion/млрд.
 */

const L = '\\p{L}';
const SP = '[\\s\\u00A0\\u202F]';

/** English number words; "one" is left out (it is mostly a pronoun: one of them, no one). */
const EN_WORDS = new Map<string, number>([
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
]);

/** Russian cardinals two…ten in all their case forms, collective numerals, hundreds and полтора; «один» is left out as «one» is. */
const RU_FORMS: Array<[number, string[]]> = [
  [1.5, ['полтора', 'полторы', 'полутора']],
  [2, ['два', 'две', 'двух', 'двум', 'двумя']],
  [3, ['три', 'трёх', 'трех', 'трём', 'трем', 'тремя']],
  [4, ['четыре', 'четырёх', 'четырех', 'четырём', 'четырем', 'четырьмя']],
  [5, ['пять', 'пяти', 'пятью']],
  [6, ['шесть', 'шести', 'шестью']],
  // «семью» is also "family" (accusative): it counts only after a preposition that needs seven (с семью…).
  [7, ['семь', 'семи']],
  [8, ['восемь', 'восьми', 'восемью', 'восьмью']],
  [9, ['девять', 'девяти', 'девятью']],
  [10, ['десять', 'десяти', 'десятью']],
  // Collective numerals: двое задержанных, троих курьеров.
  [2, ['двое', 'двоих', 'двоим', 'двоими']],
  [3, ['трое', 'троих', 'троим', 'троими']],
  [4, ['четверо', 'четверых', 'четверым', 'четверыми']],
  [5, ['пятеро', 'пятерых', 'пятерым', 'пятерыми']],
  [6, ['шестеро', 'шестерых', 'шестерым', 'шестерыми']],
  [7, ['семеро', 'семерых', 'семерым', 'семерыми']],
  [8, ['восьмеро', 'восьмерых', 'восьмерым', 'восьмерыми']],
  [9, ['девятеро', 'девятерых', 'девятерым', 'девятерыми']],
  [10, ['десятеро', 'десятерых', 'десятерым', 'десятерыми']],
  [100, ['сто']],
  [200, ['двести', 'двухсот', 'двумстам', 'двумястами', 'двухстах']],
  [300, ['триста', 'трёхсот', 'трехсот', 'трёмстам', 'тремстам', 'тремястами', 'трёхстах', 'трехстах']],
  [400, ['четыреста', 'четырёхсот', 'четырехсот', 'четырёмстам', 'четыремстам', 'четырьмястами', 'четырёхстах', 'четырехстах']],
  [500, ['пятьсот', 'пятисот', 'пятистам', 'пятьюстами', 'пятистах']],
  [600, ['шестьсот', 'шестисот', 'шестистам', 'шестьюстами', 'шестистах']],
  [700, ['семьсот', 'семисот', 'семистам', 'семьюстами', 'семистах']],
  [800, ['восемьсот', 'восьмисот', 'восьмистам', 'восемьюстами', 'восьмьюстами', 'восьмистах']],
  [900, ['девятьсот', 'девятисот', 'девятистам', 'девятьюстами', 'девятистах']],
];
// Each form also with ё written е (трех, четырем), as texts often do.
const RU_WORDS = new Map<string, number>(RU_FORMS.flatMap(([value, forms]) => forms.flatMap((f) => [[f, value] as const, [f.replace(/ё/g, 'е'), value] as const])));
const SEVEN_AFTER = new Set(['с', 'со', 'между', 'перед', 'над', 'под']);

/** Tens in words are not read; the unit word after them (twenty two, двадцать два) is then no number of its own. */
const TENS = {
  en: /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/,
  ru: /^(?:двадцат|тридцат|сорок|пятьдесят|пятидесят|пятьюдесят|шестьдесят|шестидесят|шестьюдесят|семьдесят|семидесят|семьюдесят|восемьдесят|восьмидесят|восемьюдесят|девяност)/,
};

/**
 * Numbers in digits, or a word. Digits: groups of three after a comma (English), a space, a
 * no-break or a narrow no-break space; a decimal point, or a decimal comma in Russian; not glued
 * to a letter before them (A4, H2O are names). Words are looked up whole, so a hyphenated word
 * (four-legged, twenty-two) is no number.
 */
export const NUMBER_SCAN = {
  en: new RegExp(`(?<![${L}\\d.,])(\\d{1,3}(?:(?:,|[ \\u00A0\\u202F])\\d{3})+(?!\\d)|\\d+)(?:\\.(\\d+)(?![\\d.]))?|(${L}+(?:['’-]${L}+)*)`, 'gu'),
  ru: new RegExp(`(?<![${L}\\d.,])(\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?!\\d)|\\d+)(?:[.,](\\d+)(?![\\d.]))?|(${L}+(?:['’-]${L}+)*)`, 'gu'),
};

const ONE_AND_A_HALF = new RegExp(`^${SP}+and${SP}+a${SP}+half(?![${L}])`, 'iu');

/** Whether a word (as written) may be a number word: looked at before anything else is done with it. */
export function mayBeNumberWord(word: string, lang: 'en' | 'ru'): boolean {
  if (word.length < 3 || word.length > 14) return false;
  const lower = word.toLowerCase();
  if (lang === 'en') return EN_WORDS.has(lower) || lower === 'one' || lower === 'one-and-a-half';
  return RU_WORDS.has(lower) || lower === 'семью';
}

export interface NumberWord {
  value: number;
  /** Characters taken after the word ("one" + " and a half"). */
  extra: number;
}

/**
 * The value of a word, or null: `previous` is the word before it (lower case, '' at a sentence
 * break), `after` the text after it.
 */
export function numberWord(word: string, previous: string, after: string, lang: 'en' | 'ru'): NumberWord | null {
  const lower = word.toLowerCase();
  if (lang === 'en') {
    if (lower === 'one-and-a-half') return { value: 1.5, extra: 0 };
    if (lower === 'one') {
      const half = ONE_AND_A_HALF.exec(after);
      return half ? { value: 1.5, extra: half[0].length } : null;
    }
    const value = EN_WORDS.get(lower);
    return value === undefined || TENS.en.test(previous) ? null : { value, extra: 0 };
  }
  if (lower === 'семью') return SEVEN_AFTER.has(previous) ? { value: 7, extra: 0 } : null;
  const value = RU_WORDS.get(lower);
  return value === undefined || TENS.ru.test(previous) ? null : { value, extra: 0 };
}

/** The value of digits matched by NUMBER_SCAN (groups 1 and 2). */
export function digitsValue(whole: string, fraction: string | undefined): number {
  const digits = whole.replace(/[,\s\u00A0\u202F]/g, '');
  return Number(fraction !== undefined ? `${digits}.${fraction}` : digits);
}

/** A multiplier right after a number: 5 thousand, 1,5 млн. */
export const MULTIPLIER_PATTERN = {
  en: new RegExp(`^${SP}*(thousand|million|billion|hundred|mln|bn)(?![${L}])`, 'iu'),
  ru: new RegExp(
    `^${SP}*(тыс\\.?|тысяч(?:а|и|у|е|ей|ами|ам|ах)?|млн\\.?|миллион(?:а|ов|ам|ами|ах|е|у|ом)?|млрд\\.?|миллиард(?:а|ов|ам|ами|ах|е|у|ом)?)(?![${L}])`,
    'iu',
  ),
};

export function multiplierValue(word: string): number {
  const w = word.toLowerCase();
  if (w.startsWith('hundred')) return 100;
  if (w.startsWith('thousand') || w.startsWith('тыс')) return 1e3;
  if (w.startsWith('million') || w === 'mln' || w.startsWith('млн') || w.startsWith('миллион')) return 1e6;
  return 1e9;
}
