import { describe, expect, it } from 'vitest';
import { containsPattern, foldSearchText } from '@/lib/domain/search-text';

describe('search folding', () => {
  it('folds case in Latin, Cyrillic and Kazakh letters, and ё to е', () => {
    expect(foldSearchText('Полиция ЖЕТЫСУ')).toBe('полиция жетысу');
    expect(foldSearchText('ҚАЗАҚСТАН Әйелдері')).toBe('қазақстан әйелдері');
    expect(foldSearchText('ЁЛКИ Police')).toBe('елки police');
  });

  it('escapes LIKE wildcards', () => {
    expect(containsPattern('100%_a\\b')).toBe('%100\\%\\_a\\\\b%');
  });
});
