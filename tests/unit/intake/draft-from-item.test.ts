import { describe, expect, it } from 'vitest';
import { draftFieldsFromItem, eventDateFor, titleFieldFor } from '@/lib/domain/intake/draft-from-item';

describe('draft-from-item', () => {
  it('puts an English title on the English side and every other language on the Russian side', () => {
    expect(titleFieldFor('en')).toBe('titleEn');
    for (const lang of ['ru', 'kk', 'uz', 'ky', 'tg', 'tk', 'az', 'fa', null] as const) expect(titleFieldFor(lang)).toBe('titleRu');
  });

  it('takes the day of publication as the event date, today when there is none or it is no date', () => {
    expect(eventDateFor('2026-12-05T18:30:00Z', '2026-12-08')).toBe('2026-12-05');
    // 23:30 UTC is 04:30 the next day in Almaty: the report is of the newsroom's day.
    expect(eventDateFor('2026-12-05T23:30:00Z', '2026-12-08')).toBe('2026-12-06');
    expect(eventDateFor('2026-12-05T00:30:00+05:00', '2026-12-08')).toBe('2026-12-05');
    expect(eventDateFor('2026-12-05', '2026-12-08')).toBe('2026-12-05');
    expect(eventDateFor(null, '2026-12-08')).toBe('2026-12-08');
    expect(eventDateFor('yesterday', '2026-12-08')).toBe('2026-12-08');
    expect(eventDateFor('2026-13-45', '2026-12-08')).toBe('2026-12-08');
  });

  it('writes the title on one line, at most 500 characters, and leaves the other side empty', () => {
    expect(draftFieldsFromItem({ title: ' Border  guards\nseize hashish ', language: 'en', publishedAt: null }, '2026-12-08')).toEqual({
      eventDate: '2026-12-08',
      titleEn: 'Border guards seize hashish',
      titleRu: '',
    });
    expect(draftFieldsFromItem({ title: 'а'.repeat(600), language: 'ru', publishedAt: null }, '2026-12-08').titleRu).toHaveLength(500);
  });
});
