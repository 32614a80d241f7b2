import { describe, expect, it } from 'vitest';
import { parseSearchQuery, type Clause } from '@/lib/domain/search/query';
import { buildSnippet, plainText } from '@/lib/domain/search/snippet';

const clauses = (q: string): Clause[] => {
  const parsed = parseSearchQuery(q);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.query.must;
};
const marked = (parts: Array<{ text: string; hit: boolean }>) => parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('');

describe('buildSnippet', () => {
  it('marks the words as written, whatever their inflection', () => {
    expect(marked(buildSnippet('В Казахстане изъяли 12 кг гашиша.', clauses('Казахстан гашиш')))).toBe('В [Казахстане] изъяли 12 кг [гашиша].');
    expect(marked(buildSnippet('Police seized heroin; the seizure was large.', clauses('seizure')))).toBe('Police [seized] heroin; the [seizure] was large.');
  });

  it('shows the part of a long text around the matches, with ellipses', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const parts = buildSnippet(`${filler} officers found mephedrone in a car ${filler}`, clauses('mephedr*'), 12);
    const text = marked(parts);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(text).toContain('[mephedrone]');
    expect(text.split(' ').length).toBeLessThanOrEqual(16);
  });

  it('marks the words of a phrase and of a prefix', () => {
    expect(marked(buildSnippet('Zhambyl region police', clauses('"Zhambyl region"')))).toBe('[Zhambyl] [region] police');
    expect(marked(buildSnippet('precursors and Precursor', clauses('precurs*')))).toBe('[precursors] and [Precursor]');
  });

  it('gives the start of the text when nothing in it matches', () => {
    expect(marked(buildSnippet('Nothing here matches.', clauses('heroin')))).toBe('Nothing here matches.');
    expect(buildSnippet('', clauses('heroin'))).toEqual([]);
  });
});

describe('plainText', () => {
  it('drops Markdown marks and keeps link texts', () => {
    expect(plainText('**Police** seized *12 kg*.\n\n[The report](https://example.org) says so.')).toBe('Police seized 12 kg. The report says so.');
  });
});
