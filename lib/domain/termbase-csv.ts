import { TERM_CATEGORIES, type Term, type TermCategory } from './termbase';

/**
 * The termbase as CSV (RFC 4180: comma-separated, double quotes around a field with a comma, quote
 * or line break, "" for a quote inside), UTF-8, first line the header:
 *
 *   en,ru,variants_en,variants_ru,forbidden_en,forbidden_ru,category,note
 *
 * Lists (variants, forbidden forms) are separated by "|". category is one of agency, drug, legal,
 * place, unit. Parsing checks every line and answers all the problems or all the terms, never part.
 */

export const TERMBASE_CSV_HEADER = ['en', 'ru', 'variants_en', 'variants_ru', 'forbidden_en', 'forbidden_ru', 'category', 'note'] as const;

export const TERM_LIMITS = { phrase: 200, list: 20, note: 1000, terms: 20_000 } as const;

export interface CsvProblem {
  /** 1-based line of the file. */
  line: number;
  /** A message key: header, columns, quote, required, too_long, category, duplicate, too_many, empty. */
  reason: string;
  /** The column concerned, when there is one. */
  column?: string;
}

export type TermbaseCsvResult = { ok: true; terms: Term[] } | { ok: false; problems: CsvProblem[] };

/** Rows of a CSV text with the line each row starts on; throws nothing, reports an open quote. */
export function parseCsvRows(text: string): { rows: { line: number; cells: string[] }[]; openQuoteLine: number | null } {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 0;
  const source = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (quoted) return { rows, openQuoteLine: quoteLine };
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return { rows, openQuoteLine: null };
}

function list(value: string): string[] {
  return value
    .split('|')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** Reads a termbase CSV: every term, or every problem with its line and reason. */
export function parseTermbaseCsv(text: string): TermbaseCsvResult {
  const { rows, openQuoteLine } = parseCsvRows(text);
  if (openQuoteLine != null) return { ok: false, problems: [{ line: openQuoteLine, reason: 'quote' }] };
  const nonEmpty = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const header = nonEmpty[0];
  if (!header) return { ok: false, problems: [{ line: 1, reason: 'empty' }] };
  if (header.cells.map((c) => c.trim().toLowerCase()).join(',') !== TERMBASE_CSV_HEADER.join(',')) {
    return { ok: false, problems: [{ line: header.line, reason: 'header' }] };
  }
  const problems: CsvProblem[] = [];
  const terms: Term[] = [];
  const seen = new Map<string, number>();
  const body = nonEmpty.slice(1);
  if (body.length > TERM_LIMITS.terms) return { ok: false, problems: [{ line: body[TERM_LIMITS.terms]!.line, reason: 'too_many' }] };
  for (const { line, cells } of body) {
    if (cells.length !== TERMBASE_CSV_HEADER.length) {
      problems.push({ line, reason: 'columns' });
      continue;
    }
    const [en, ru, variantsEn, variantsRu, forbiddenEn, forbiddenRu, category, note] = cells.map((c) => c.trim().replace(/^'(?=[=+\-@])/, '')) as [string, string, string, string, string, string, string, string];
    const term: Term = {
      en,
      ru,
      variantsEn: list(variantsEn),
      variantsRu: list(variantsRu),
      forbiddenEn: list(forbiddenEn),
      forbiddenRu: list(forbiddenRu),
      category: category.toLowerCase() as TermCategory,
      note,
    };
    const problem = termProblem(term);
    if (problem) {
      problems.push({ line, ...problem });
      continue;
    }
    const key = en.toLowerCase();
    if (seen.has(key)) {
      problems.push({ line, reason: 'duplicate', column: 'en' });
      continue;
    }
    seen.set(key, line);
    terms.push(term);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, terms };
}

/** What is wrong with a term, if anything (shared by the CSV import and the term form). */
export function termProblem(term: Term): { reason: string; column: string } | null {
  if (!term.en) return { reason: 'required', column: 'en' };
  if (!term.ru) return { reason: 'required', column: 'ru' };
  for (const [column, value] of [['en', term.en], ['ru', term.ru]] as const) {
    if (value.length > TERM_LIMITS.phrase) return { reason: 'too_long', column };
  }
  const lists = { variants_en: term.variantsEn, variants_ru: term.variantsRu, forbidden_en: term.forbiddenEn, forbidden_ru: term.forbiddenRu };
  for (const [column, values] of Object.entries(lists)) {
    if (values.length > TERM_LIMITS.list || values.some((v) => v.length > TERM_LIMITS.phrase)) return { reason: 'too_long', column };
  }
  if (!(TERM_CATEGORIES as readonly string[]).includes(term.category)) return { reason: 'category', column: 'category' };
  if (term.note.length > TERM_LIMITS.note) return { reason: 'too_long', column: 'note' };
  return null;
}

function field(value: string): string {
  // A leading =, +, - or @ would be a formula in a spreadsheet: quote-prefix it.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The termbase as CSV, header first, lines ending in CRLF. */
export function formatTermbaseCsv(terms: readonly Term[]): string {
  const lines = [TERMBASE_CSV_HEADER.join(',')];
  for (const t of terms) {
    lines.push(
      [t.en, t.ru, t.variantsEn.join('|'), t.variantsRu.join('|'), t.forbiddenEn.join('|'), t.forbiddenRu.join('|'), t.category, t.note].map(field).join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
