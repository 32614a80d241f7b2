import { describe, expect, it } from 'vitest';
import { attachPunctuation, bindDashes, typesetRuns } from '@/lib/pdf/typeset-runs';

describe('typesetRuns', () => {
  it('moves punctuation touching a styled run into it, so style changes sit next to spaces', () => {
    expect(attachPunctuation([{ text: 'units (' }, { text: 'Kazakhstan', italic: true }, { text: '), social' }])).toEqual([
      { text: 'units ' },
      { text: '(Kazakhstan),', italic: true },
      { text: ' social' },
    ]);
  });

  it('leaves letters where they are and runs already separated by spaces untouched', () => {
    const runs = [{ text: 'non' }, { text: 'sense', bold: true }, { text: ' and more' }];
    expect(attachPunctuation(runs)).toEqual(runs);
  });

  it('keeps a dash inside a sentence on the line of the word before it', () => {
    expect(bindDashes([{ text: 'Kazakhstan - 10, Russia – 6' }])).toEqual([{ text: 'Kazakhstan\u00A0- 10, Russia\u00A0– 6' }]);
    expect(bindDashes([{ text: '– Our journal' }])).toEqual([{ text: '– Our journal' }]);
  });

  it('never changes the text a reader sees, apart from no-break spaces', () => {
    const runs = [{ text: 'A (' }, { text: 'b', italic: true }, { text: ') - c.' }];
    expect(typesetRuns(runs).map((r) => r.text).join('').replace(/\u00A0/g, ' ')).toBe('A (b) - c.');
  });
});
