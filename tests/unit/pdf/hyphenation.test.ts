import { describe, expect, it } from 'vitest';
import { hyphenateWord } from '@/lib/pdf/hyphenation';

describe('hyphenateWord (react-pdf hyphenation callback)', () => {
  it('splits long English words into syllables that join back to the word', () => {
    const parts = hyphenateWord('counternarcotics');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join('')).toBe('counternarcotics');
  });

  it('uses Russian patterns for Cyrillic words, Kazakh letters included', () => {
    expect(hyphenateWord('антинаркотической')).toEqual(['ан', 'ти', 'нар', 'ко', 'ти', 'че', 'ской']);
    const kazakh = hyphenateWord('Қазақстандағы');
    expect(kazakh.length).toBeGreaterThan(1);
    expect(kazakh.join('')).toBe('Қазақстандағы');
  });

  it('keeps punctuation with the word and never leaves fewer than 2 letters before or 3 after a break', () => {
    const parts = hyphenateWord('«synthetics»,');
    expect(parts.join('')).toBe('«synthetics»,');
    const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;
    expect(letters(parts[0]!)).toBeGreaterThanOrEqual(2);
    expect(letters(parts[parts.length - 1]!)).toBeGreaterThanOrEqual(3);
  });

  it('does not hyphenate words in capitals, short words, or capitalised Latin names', () => {
    expect(hyphenateWord('REPUBLIC')).toEqual(['REPUBLIC']);
    expect(hyphenateWord('РЕСПУБЛИКА')).toEqual(['РЕСПУБЛИКА']);
    expect(hyphenateWord('drugs')).toEqual(['drugs']);
    expect(hyphenateWord('слово')).toEqual(['слово']);
    expect(hyphenateWord('Kazakhstan')).toEqual(['Kazakhstan']);
  });

  it('lets a URL break between any two characters, without adding a hyphen', () => {
    const url = 'https://polisia.kz/ru/v-voinskih';
    const parts = hyphenateWord(url);
    expect(parts.join('')).toBe(url);
    // Empty pieces are zero-width break points for react-pdf: a break there adds no hyphen.
    expect(parts.filter((p) => p === '').length).toBe(url.length - 1);
    expect(parts.filter((p) => p !== '')).toEqual(Array.from(url));
  });

  it('keeps e-mail addresses and bare domains whole', () => {
    expect(hyphenateWord('registry@caricc.org')).toEqual(['registry@caricc.org']);
    expect(hyphenateWord('(polisia.kz),')).toEqual(['(polisia.kz),']);
  });

  it('breaks a hyphenated compound after its own hyphen only', () => {
    expect(hyphenateWord('anti-drug')).toEqual(['anti-', '', 'drug']);
  });

  it('leaves spaces and numbers alone', () => {
    expect(hyphenateWord(' ')).toEqual([' ']);
    expect(hyphenateWord('1234567890')).toEqual(['1234567890']);
  });
});

describe('hyphenateWord cache', () => {
  it('splits a repeated word once: the same frozen pieces come back', () => {
    const first = hyphenateWord('international');
    expect(hyphenateWord('international')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(first.join('')).toBe('international');
  });
});
