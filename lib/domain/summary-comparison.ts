import { claimedEventCount, plainSummary } from './summary';

/**
 * Compares a release text's own counts paragraph ("In the period from … (Kazakhstan - 10, …)") with
 * the one generated from the articles, by what it says rather than its wording: the period, the
 * number of events, the countries' names and their counts. Pure.
 */

export interface SummaryEntry {
  name: string;
  count: number;
}

export interface ReadCounts {
  period: string | null;
  total: number | null;
  countries: SummaryEntry[];
}

export type SummaryDifference =
  | { kind: 'period'; text: string | null; generated: string | null }
  | { kind: 'total'; text: number | null; generated: number | null }
  | { kind: 'name'; text: string; generated: string }
  | { kind: 'count'; name: string; text: number; generated: number }
  | { kind: 'extra'; name: string; count: number }
  | { kind: 'missing'; name: string; count: number };

const PERIOD = [/(?:^|\s)in the period (from .+?\d{4})(?=[,\s]|$)/i, /(?:^|\s)в период (с .+?\d{4} года)/i];
const LIST = /\(([^()]*)\)[\s.]*$/;
const ENTRY = /(.+?)\s*[-–—]\s*(\d+)(?=\s*(?:,|\s(?:and|и)\s|$))/gu;
const LEAD = /^[\s,]*(?:(?:as well as|and|а также|и)\s+)?/iu;

/** What a counts paragraph says: its period, its number of events and its "Country - N" list. */
export function readCountsParagraph(paragraph: string): ReadCounts {
  const text = plainSummary(paragraph).replace(/\s+/g, ' ').trim();
  const period = PERIOD.map((re) => re.exec(text)?.[1]).find((p) => p !== undefined) ?? null;
  const list = LIST.exec(text)?.[1] ?? '';
  const countries = [...list.matchAll(ENTRY)].map((m) => ({ name: m[1]!.replace(LEAD, '').trim(), count: Number(m[2]) }));
  return { period, total: claimedEventCount(text), countries };
}

const fold = (s: string) => s.normalize('NFC').replace(/[ёЁ]/g, 'е').replace(/\s+/g, ' ').trim().toLocaleLowerCase('ru');

/**
 * The differences between the text's paragraph and the generated one. `sameCountry` tells whether two
 * different names name one country (Islamic Republic of Iran / Iran): then the difference is a name.
 */
export function compareCountsParagraphs(
  textParagraph: string,
  generatedParagraph: string,
  sameCountry: (a: string, b: string) => boolean = () => false,
): SummaryDifference[] {
  const text = readCountsParagraph(textParagraph);
  const generated = readCountsParagraph(generatedParagraph);
  const differences: SummaryDifference[] = [];
  if (fold(text.period ?? '') !== fold(generated.period ?? '')) differences.push({ kind: 'period', text: text.period, generated: generated.period });
  if (text.total !== generated.total) differences.push({ kind: 'total', text: text.total, generated: generated.total });

  const unmatched = [...generated.countries];
  const take = (test: (g: SummaryEntry) => boolean) => {
    const i = unmatched.findIndex(test);
    return i < 0 ? undefined : unmatched.splice(i, 1)[0];
  };
  const leftOver: SummaryEntry[] = [];
  for (const entry of text.countries) {
    const same = take((g) => fold(g.name) === fold(entry.name));
    if (same) {
      if (same.count !== entry.count) differences.push({ kind: 'count', name: same.name, text: entry.count, generated: same.count });
    } else leftOver.push(entry);
  }
  for (const entry of leftOver) {
    const other = take((g) => sameCountry(entry.name, g.name));
    if (!other) {
      differences.push({ kind: 'extra', name: entry.name, count: entry.count });
      continue;
    }
    differences.push({ kind: 'name', text: entry.name, generated: other.name });
    if (other.count !== entry.count) differences.push({ kind: 'count', name: other.name, text: entry.count, generated: other.count });
  }
  for (const entry of unmatched) differences.push({ kind: 'missing', name: entry.name, count: entry.count });
  return differences;
}

/** The differences in one English sentence, text first, generated second: for the import report. */
export function describeSummaryDifferences(differences: SummaryDifference[]): string {
  const q = (s: string | null) => (s === null ? 'none' : `«${s}»`);
  return differences
    .map((d) => {
      switch (d.kind) {
        case 'period':
          return `period ${q(d.text)} in the text, ${q(d.generated)} generated`;
        case 'total':
          return `${d.text ?? 'no'} events in the text, ${d.generated ?? 'no'} generated`;
        case 'name':
          return `name «${d.text}» in the text, «${d.generated}» generated`;
        case 'count':
          return `${d.name} - ${d.text} in the text, ${d.generated} generated`;
        case 'extra':
          return `«${d.name} - ${d.count}» only in the text`;
        case 'missing':
          return `«${d.name} - ${d.count}» not in the text`;
      }
    })
    .join('; ');
}
