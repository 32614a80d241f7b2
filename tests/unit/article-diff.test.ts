import { describe, expect, it } from 'vitest';
import { diffArticle, parseSnapshotContent, type ArticleSnapshotContent } from '@/lib/domain/article-diff';

const before: ArticleSnapshotContent = {
  countryCode: 'KZ',
  eventDate: '2024-01-05',
  outlet: '',
  titleEn: 'Police seize heroin',
  titleRu: 'Полиция изъяла героин',
  bodyEn: 'First paragraph.\n\nSecond paragraph.',
  bodyRu: 'Текст.',
  digestEn: 'heroin seizure',
  digestRu: 'изъятие героина',
  sources: ['https://a.example/1'],
  photos: [{ id: 1, captionEn: 'A car', captionRu: '', creditEn: '', creditRu: '' }],
};

describe('diff between review points', () => {
  it('reports nothing for the same content', () => {
    expect(diffArticle(before, structuredClone(before))).toEqual([]);
  });

  it('reports only the changed fields, word by word', () => {
    const after = { ...before, titleEn: 'Police seize cocaine', bodyEn: 'First paragraph.\n\nSecond paragraph, longer.' };
    const diffs = diffArticle(before, after);
    expect(diffs.map((d) => d.field)).toEqual(['titleEn', 'bodyEn']);
    const title = diffs[0]!.parts;
    expect(title.filter((p) => p.removed).map((p) => p.value.trim())).toEqual(['heroin']);
    expect(title.filter((p) => p.added).map((p) => p.value.trim())).toEqual(['cocaine']);
    const unchanged = title.filter((p) => !p.added && !p.removed).map((p) => p.value).join('');
    expect(unchanged).toContain('Police seize');
  });

  it('compares Russian texts word by word too, not letter by letter', () => {
    const after = { ...before, titleRu: 'Полиция задержала героин в Астане' };
    const parts = diffArticle({ ...before, titleRu: 'Полиция изъяла героин в Алматы' }, after)[0]!.parts;
    expect(parts.filter((p) => p.removed).map((p) => p.value)).toEqual(['изъяла', 'Алматы']);
    expect(parts.filter((p) => p.added).map((p) => p.value)).toEqual(['задержала', 'Астане']);
  });

  it('diffs sources and photo captions line by line', () => {
    const after = {
      ...before,
      sources: ['https://a.example/1', 'https://b.example/2'],
      photos: [{ id: 1, captionEn: 'A car', captionRu: 'Машина', creditEn: '', creditRu: 'МВД' }],
    };
    const diffs = diffArticle(before, after);
    expect(diffs.map((d) => d.field)).toEqual(['sources', 'photosRu']);
    expect(diffs[0]!.parts.filter((p) => p.added).map((p) => p.value)).toEqual(['https://b.example/2\n']);
    expect(diffs[1]!.parts.filter((p) => p.added).map((p) => p.value)).toEqual(['Машина (МВД)\n']);
  });

  it('reads partial stored snapshots without failing', () => {
    const parsed = parseSnapshotContent({ titleEn: 'x', sources: ['u'], photos: [{ captionEn: 'c' }] });
    expect(parsed.titleEn).toBe('x');
    expect(parsed.bodyRu).toBe('');
    expect(parsed.photos[0]).toEqual({ id: 0, captionEn: 'c', captionRu: '', creditEn: '', creditRu: '' });
    expect(parseSnapshotContent(null).sources).toEqual([]);
  });
});
