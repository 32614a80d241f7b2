import type { Lang } from './lang';
import { russianAbout, stripLeadingPreposition } from './digest-phrase';
import { formatSummaryPeriod } from './period';

/** One country section as the summary sees it, in section order (members first). */
export interface SummaryCountry {
  shortName: string; // Kazakhstan / Казахстан
  isMember: boolean;
  count: number;
  digests: string[]; // the digest phrase of each article, "" when missing
}

export interface SummaryInput {
  lang: Lang;
  periodStart: string;
  periodEnd: string;
  organisationShortName: string; // CARICC / ЦАРИКЦ
  countries: SummaryCountry[];
}

/**
 * The two summary paragraphs of release-format.md section 3. They are light Markdown: the
 * bracketed parts are *emphasised* as in the printed release.
 */
export interface SummaryText {
  counts: string;
  digest: string;
}

export function generateSummary(input: SummaryInput): SummaryText {
  const present = input.countries.filter((c) => c.count > 0);
  const total = present.reduce((sum, c) => sum + c.count, 0);
  return {
    counts: countsParagraph(input, present, total),
    digest: digestParagraph(input.lang, present),
  };
}

function countsParagraph(input: SummaryInput, present: SummaryCountry[], total: number): string {
  const { lang } = input;
  const period = formatSummaryPeriod(input.periodStart, input.periodEnd, lang);
  const list = countryList(lang, present, (c) => `${c.shortName} - ${c.count}`);
  const brackets = list ? ` (*${list}*)` : '';
  if (lang === 'en') {
    const events = `${total} ${total === 1 ? 'event' : 'events'} in counternarcotics ${total === 1 ? 'was' : 'were'} covered`;
    return `In the period ${period}, ${events} on the basis of information from mass media in ${input.organisationShortName} Member States and other countries${brackets}.`;
  }
  const verb = russianPlural(total) === 'few' ? 'освещены' : 'освещено';
  return `В период ${period} на основе информации средств массовой информации государств-членов ${input.organisationShortName} и других стран ${verb} ${total} ${russianEvents(total)} в антинаркотической сфере${brackets}.`;
}

/** Members joined by commas; others after "as well as"; the last two of the whole list joined by "and". */
function countryList(lang: Lang, present: SummaryCountry[], label: (c: SummaryCountry) => string): string {
  const and = lang === 'en' ? ' and ' : ' и ';
  const asWellAs = lang === 'en' ? ', as well as ' : ', а также ';
  const members = present.filter((c) => c.isMember).map(label);
  const others = present.filter((c) => !c.isMember).map(label);
  if (others.length === 0) return joinWithLast(members, ', ', and);
  if (members.length === 0) return joinWithLast(others, ', ', and);
  return members.join(', ') + asWellAs + joinWithLast(others, ', ', and);
}

function joinWithLast(items: string[], separator: string, lastSeparator: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(separator)}${lastSeparator}${items[items.length - 1]}`;
}

function digestParagraph(lang: Lang, present: SummaryCountry[]): string {
  const groups = present
    .map((c) => ({ country: c.shortName, phrases: uniquePhrases(c.digests, lang) }))
    .filter((g) => g.phrases.length > 0)
    .map((g) => `${g.phrases.join(', ')} (*${g.country}*)`);
  if (groups.length === 0) return '';
  const body = joinWithLast(groups, ', ', lang === 'en' ? ' and ' : ' и ');
  // The phrases are prepositional («проведении…», «изъятии…»): «об» before a vowel, «о» otherwise.
  const lead =
    lang === 'en'
      ? 'Published articles include information about '
      : `Опубликованные материалы содержат информацию ${russianAbout(body)} `;
  return `${lead}${body}.`;
}

function uniquePhrases(digests: string[], lang: Lang): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of digests) {
    // A leading "about" / «о(б)» typed by the editor is not doubled.
    const phrase = stripLeadingPreposition(raw, lang).replace(/[.;,]+$/, '');
    const key = phrase.toLocaleLowerCase();
    if (!phrase || seen.has(key)) continue;
    seen.add(key);
    result.push(phrase);
  }
  return result;
}

const ruRules = new Intl.PluralRules('ru');

export function russianPlural(n: number): Intl.LDMLPluralRule {
  return ruRules.select(n);
}

/** 1 событие, 2 события, 5 событий, 21 событие. */
export function russianEvents(n: number): string {
  switch (russianPlural(n)) {
    case 'one':
      return 'событие';
    case 'few':
      return 'события';
    default:
      return 'событий';
  }
}

/** The number of events a summary paragraph claims, to flag an override that disagrees with the data. */
export function claimedEventCount(countsParagraph: string): number | null {
  const m = /(\d+)\s+(?:events?|событи[ея]|событий)/i.exec(countsParagraph.replace(/\*/g, ''));
  return m ? Number(m[1]) : null;
}

/** Markdown emphasis marks removed, for comparing or showing a paragraph as plain text. */
export function plainSummary(text: string): string {
  return text.replace(/\*/g, '');
}
