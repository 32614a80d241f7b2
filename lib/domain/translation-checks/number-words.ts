/**
 * How the two languages write numbers: digits with their separators, the words two…ten in every
 * case form, hundreds in Russian, and the multipliers thousand/тысяч, million/млн, billion/млрд.
 */

const L = '\\p{L}';
const SP = '[\\s\\u00A0\\u202F]';

/** English number words; "one" is left out (it is mostly a pronoun: one of them, no one). */
const EN_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

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
const RU_WORDS: Record<string, number> = Object.fromEntries(RU_FORMS.flatMap(([value, forms]) => forms.map((f) => [f, value])));

const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

/** Tens in words are not read; the unit word after them (twenty two, двадцать два) is then no number of its own. */
const EN_TENS = `(?<!(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)${SP}+)`;
const RU_TENS = `(?<!(?:двадцат|тридцат|сорок|пятьдесят|пятидесят|пятьюдесят|шестьдесят|шестидесят|шестьюдесят|семьдесят|семидесят|семьюдесят|восемьдесят|восьмидесят|восемьюдесят|девяност)${L}*${SP}+)`;

/**
 * A number as written. Groups of three after a comma (English), a space, a no-break or a narrow
 * no-break space; a decimal point, or a decimal comma in Russian. Not glued to a letter before it
 * (A4, H2O are names); a word number is not part of a hyphenated word (four-legged, twenty-two).
 */
export const NUMBER_PATTERN = {
  en: new RegExp(
    `(?<![${L}\\d.,])(\\d{1,3}(?:(?:,|[ \\u00A0\\u202F])\\d{3})+(?![\\d])|\\d+)(?:\\.(\\d+)(?![\\d.]))?` +
      `|(?<![${L}-])${EN_TENS}(one${SP}+and${SP}+a${SP}+half|one-and-a-half|${byLength(Object.keys(EN_WORDS))})(?![${L}-])`,
    'giu',
  ),
  ru: new RegExp(
    `(?<![${L}\\d.,])(\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?![\\d])|\\d+)(?:[.,](\\d+)(?![\\d.]))?` +
      `|(?<![${L}-])${RU_TENS}(${byLength(Object.keys(RU_WORDS))}|(?<=(?:^|[^${L}])(?:с|со|между|перед|над|под)${SP}+)семью)(?![${L}-])`,
    'giu',
  ),
};

/** The value of a NUMBER_PATTERN match (without multiplier). */
export function numberValue(m: RegExpExecArray, lang: 'en' | 'ru'): number {
  if (m[1] !== undefined) {
    const whole = m[1].replace(/[,\s\u00A0\u202F]/g, '');
    return Number(m[2] !== undefined ? `${whole}.${m[2]}` : whole);
  }
  const word = m[3]!.toLowerCase().replace(/[\s\u00A0\u202F]+/g, ' ');
  if (lang === 'en') return word.startsWith('one') ? 1.5 : EN_WORDS[word]!;
  if (word === 'семью') return 7;
  return RU_WORDS[word] ?? RU_WORDS[word.replace(/ё/g, 'е')]!;
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
