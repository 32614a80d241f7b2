import { describe, expect, it } from 'vitest';
import { bareCredit } from '@/lib/domain/photo-credit';
import { RELEASE_LABELS } from '@/lib/domain/release-labels';

describe('photo credits as printed', () => {
  it.each([
    ['en', 'Photo: polisia.kz', 'Photo: polisia.kz'],
    ['en', 'photo - polisia.kz', 'Photo: polisia.kz'],
    ['en', 'polisia.kz', 'Photo: polisia.kz'],
    ['ru', 'Фото: МВД Кыргызстана', 'Фото: МВД Кыргызстана'],
    ['ru', 'Photo: polisia.kz', 'Фото: polisia.kz'],
    ['en', 'Фото: Фото: mvd.ru', 'Photo: mvd.ru'],
  ] as const)('%s edition prints «%s» as «%s», never the label twice', (lang, typed, printed) => {
    expect(RELEASE_LABELS[lang].photoCredit(typed)).toBe(printed);
  });

  it('keeps a credit that only starts with the word', () => {
    expect(bareCredit('Photographer A. Ivanov')).toBe('Photographer A. Ivanov');
    expect(bareCredit('Фотохроника ТАСС')).toBe('Фотохроника ТАСС');
  });
});
