import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatTermbaseCsv, parseTermbaseCsv } from '@/lib/domain/termbase-csv';

const HEADER = 'en,ru,variants_en,variants_ru,forbidden_en,forbidden_ru,category,note';

describe('parseTermbaseCsv', () => {
  it('reads terms with quoted fields, lists and a byte order mark', () => {
    const result = parseTermbaseCsv(`\uFEFF${HEADER}\r\nKyrgyzstan,Кыргызстан,Kyrgyz Republic,Кыргызская Республика|КР,,Киргизия,place,"Never «Киргизия», ""ever"""\r\n`);
    expect(result).toEqual({
      ok: true,
      terms: [
        {
          en: 'Kyrgyzstan',
          ru: 'Кыргызстан',
          variantsEn: ['Kyrgyz Republic'],
          variantsRu: ['Кыргызская Республика', 'КР'],
          forbiddenEn: [],
          forbiddenRu: ['Киргизия'],
          category: 'place',
          note: 'Never «Киргизия», "ever"',
        },
      ],
    });
  });

  it('refuses the whole file with the line and the reason of every bad line', () => {
    const csv = [HEADER, 'heroin,героин,,,,,drug,', 'hashish,,,,,,drug,', 'x,y,,,,,planet,', 'too,few', 'Heroin,героин,,,,,drug,'].join('\n');
    const result = parseTermbaseCsv(csv);
    expect(result).toEqual({
      ok: false,
      problems: [
        { line: 3, reason: 'required', column: 'ru' },
        { line: 4, reason: 'category', column: 'category' },
        { line: 5, reason: 'columns' },
        { line: 6, reason: 'duplicate', column: 'en' },
      ],
    });
  });

  it('refuses a wrong header, an empty file and an unclosed quote', () => {
    expect(parseTermbaseCsv('english,russian\nA,Б')).toEqual({ ok: false, problems: [{ line: 1, reason: 'header' }] });
    expect(parseTermbaseCsv('')).toEqual({ ok: false, problems: [{ line: 1, reason: 'empty' }] });
    expect(parseTermbaseCsv(`${HEADER}\nA,"Б,,,,,agency,\nB,В,,,,,agency,`)).toEqual({ ok: false, problems: [{ line: 2, reason: 'quote' }] });
  });

  it('round-trips through export, multi-line notes and formula-like cells included', () => {
    const parsed = parseTermbaseCsv(fs.readFileSync('lib/db/reference/demo-termbase.csv', 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const terms = [...parsed.terms, { ...parsed.terms[0]!, en: '=SUM(A1)', note: 'two\nlines, "quoted"' }];
    const again = parseTermbaseCsv(formatTermbaseCsv(terms));
    expect(again).toEqual({ ok: true, terms });
    expect(formatTermbaseCsv(terms)).toContain(`"'=SUM(A1)"`);
  });

  it('ships a demo termbase of at least 60 terms in every category', () => {
    const parsed = parseTermbaseCsv(fs.readFileSync('lib/db/reference/demo-termbase.csv', 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.terms.length).toBeGreaterThanOrEqual(60);
    expect(new Set(parsed.terms.map((t) => t.category))).toEqual(new Set(['agency', 'drug', 'legal', 'place', 'unit']));
  });
});
