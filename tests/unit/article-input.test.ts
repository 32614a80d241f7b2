import { describe, expect, it } from 'vitest';
import { articleContentSchema, fieldErrors, newArticleSchema, sourcesSchema } from '@/lib/domain/article-input';

const base = {
  countryCode: 'kz',
  eventDate: '2024-01-15',
  outlet: '  KAKTUSMEDIA ',
  titleEn: 'Title',
  titleRu: '',
  bodyEn: 'One.\r\n\r\nTwo.',
  bodyRu: '',
  digestEn: '',
  digestRu: '',
  sources: [],
};

describe('article input', () => {
  it('normalises country code, line endings and spaces', () => {
    const out = articleContentSchema.parse(base);
    expect(out.countryCode).toBe('KZ');
    expect(out.outlet).toBe('KAKTUSMEDIA');
    expect(out.bodyEn).toBe('One.\n\nTwo.');
  });

  it('refuses an impossible date and a missing country with field keys', () => {
    const result = articleContentSchema.safeParse({ ...base, eventDate: '2024-02-30', countryCode: '' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrors(result.error.issues)).toMatchObject({ eventDate: 'required', countryCode: 'required' });
  });

  it('validates and normalises source links, dropping blank rows', () => {
    const out = sourcesSchema.parse(['', 'мвд.рф/news/1', ' https://Example.org/a ']);
    expect(out).toEqual(['https://xn--b1aew.xn--p1ai/news/1', 'https://example.org/a']);
  });

  it('names the row of a bad or repeated link', () => {
    const result = sourcesSchema.safeParse(['https://a.example/x', 'javascript:alert(1)', 'nonsense', 'http://www.a.example/x/']);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrors(result.error.issues)).toEqual({ '1': 'url_scheme', '2': 'url_invalid', '3': 'url_duplicate' });
  });

  it('refuses too long texts', () => {
    const result = articleContentSchema.safeParse({ ...base, titleEn: 'x'.repeat(501) });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrors(result.error.issues)).toEqual({ titleEn: 'too_long' });
  });

  it('ignores fields it does not know (status, author, version)', () => {
    const out = newArticleSchema.parse({ countryCode: 'RU', eventDate: '2024-01-01', status: 'approved', authorId: 1, version: 9 });
    expect(out).toEqual({ countryCode: 'RU', eventDate: '2024-01-01', titleEn: '', titleRu: '', outlet: '' });
  });
});
