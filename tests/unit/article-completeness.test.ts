import { describe, expect, it } from 'vitest';
import { languageCompleteness, missingForReview } from '@/lib/domain/article-completeness';

const texts = { titleEn: 'T', titleRu: '', bodyEn: 'B', bodyRu: 'Текст', digestEn: 'd', digestRu: '' };

describe('completeness per language', () => {
  it('marks a language complete with title, body, digest and every caption', () => {
    expect(languageCompleteness(texts, [], 'en')).toEqual({ title: true, body: true, digest: true, captions: true, complete: true });
    expect(languageCompleteness(texts, [{ captionEn: '', captionRu: 'Фото' }], 'en')).toMatchObject({ captions: false, complete: false });
    expect(languageCompleteness(texts, [], 'ru')).toEqual({ title: false, body: true, digest: false, captions: true, complete: false });
  });
});

describe('ready for review', () => {
  const ready = { ...texts, countryCode: 'KZ', eventDate: '2024-01-05', sourceCount: 1 };
  it('needs nothing more when country, date, one language and a source are there', () => {
    expect(missingForReview(ready)).toEqual([]);
  });
  it('says what is missing', () => {
    expect(missingForReview({ ...ready, countryCode: '', eventDate: '', sourceCount: 0 })).toEqual(['country', 'eventDate', 'source']);
    // A title in one language and a body in the other is not one language's text.
    expect(missingForReview({ ...ready, bodyEn: '', titleRu: '' })).toEqual(['text']);
    expect(missingForReview({ ...ready, titleEn: '   ' , titleRu: 'Заголовок' })).toEqual([]);
  });
});
