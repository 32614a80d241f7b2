/**
 * A year in figures: published articles per country per month, counted as the release's summary
 * counts them (each issue's articles by country), each issue in the month its period starts.
 */
export interface FigureCount {
  month: number; // 1..12
  countryCode: string;
  count: number;
}

export interface FigureCountry {
  code: string;
  name: string;
}

export interface YearFigures {
  year: number;
  countries: Array<{ code: string; name: string; perMonth: number[]; total: number }>;
  monthTotals: number[];
  total: number;
}

/** Countries in the order given (the publication's: member states first, as the summary lists them). */
export function yearFigures(year: number, counts: FigureCount[], countries: readonly FigureCountry[]): YearFigures {
  const known = new Map(countries.map((c) => [c.code, c]));
  const order = new Map(countries.map((c, i) => [c.code, i]));
  const rows = new Map<string, number[]>();
  for (const { month, countryCode, count } of counts) {
    if (month < 1 || month > 12) continue;
    const perMonth = rows.get(countryCode) ?? Array<number>(12).fill(0);
    perMonth[month - 1]! += count;
    rows.set(countryCode, perMonth);
  }
  const ordered = [...rows.keys()].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b));
  const monthTotals = Array<number>(12).fill(0);
  const result = ordered.map((code) => {
    const perMonth = rows.get(code)!;
    perMonth.forEach((n, i) => (monthTotals[i]! += n));
    return { code, name: known.get(code)?.name ?? code, perMonth, total: perMonth.reduce((a, b) => a + b, 0) };
  });
  return { year, countries: result, monthTotals, total: monthTotals.reduce((a, b) => a + b, 0) };
}

/** The table as CSV (RFC 4180): a header of month labels, a row per country, a row of totals. */
export function yearFiguresCsv(figures: YearFigures, labels: { country: string; total: string; months: string[] }): string {
  const cell = (value: string | number) => {
    const text = String(value);
    // A leading =, +, - or @ would be a formula in a spreadsheet: quote it and prefix an apostrophe.
    const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [
    [labels.country, ...labels.months, labels.total],
    ...figures.countries.map((c) => [c.name, ...c.perMonth, c.total]),
    [labels.total, ...figures.monthTotals, figures.total],
  ];
  return lines.map((line) => line.map(cell).join(',')).join('\r\n') + '\r\n';
}
