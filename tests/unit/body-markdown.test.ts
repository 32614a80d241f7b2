import { describe, expect, it } from 'vitest';
import { blockText, parseBody } from '@/lib/domain/body-markdown';

describe('parseBody', () => {
  it('splits paragraphs on blank lines and joins soft line breaks with a space', () => {
    const blocks = parseBody('First line\ncontinues here.\n\nSecond paragraph.');
    expect(blocks.map(blockText)).toEqual(['First line continues here.', 'Second paragraph.']);
    expect(blocks.every((b) => !b.quote)).toBe(true);
  });

  it('turns straight quotes into guillemets, nested ones into „…“', () => {
    const [block] = parseBody(`The "Young 'Lawyer' project" started.`);
    expect(blockText(block!)).toBe('The «Young „Lawyer“ project» started.');
  });

  it('keeps emphasis and strong as styled runs', () => {
    const [block] = parseBody('Plain *italic* and **bold** and ***both***.');
    expect(block!.runs).toEqual([
      { text: 'Plain ' },
      { text: 'italic', italic: true },
      { text: ' and ' },
      { text: 'bold', bold: true },
      { text: ' and ' },
      { text: 'both', bold: true, italic: true },
      { text: '.' },
    ]);
  });

  it.each([
    ['- Our journal is published monthly.'],
    ['– Our journal is published monthly.'],
    ['— Our journal is published monthly.'],
  ])('reads %s as quoted speech with an en dash', (input) => {
    const [block] = parseBody(input);
    expect(block!.quote).toBe(true);
    expect(blockText(block!)).toBe('– Our journal is published monthly.');
  });

  it('does not take a hyphenated word or a dash inside a sentence for speech', () => {
    expect(parseBody('-no space here')[0]!.quote).toBe(false);
    expect(parseBody('He said - nothing.')[0]!.quote).toBe(false);
  });

  it('keeps "- text" lines as paragraphs, not a list', () => {
    const blocks = parseBody('- first reply\n\n- second reply');
    expect(blocks).toHaveLength(2);
    expect(blocks.map(blockText)).toEqual(['– first reply', '– second reply']);
    expect(blocks.every((b) => b.quote)).toBe(true);
  });

  it('shows headings, numbered lines, block quotes and code as ordinary text', () => {
    const texts = parseBody('# Not a heading\n\n1. not a list\n\n> not a quote\n\n    not code').map(blockText);
    expect(texts).toEqual(['# Not a heading', '1. not a list', '> not a quote', 'not code']);
  });

  it('never lets raw HTML through: it is shown as text', () => {
    const blocks = parseBody('<script>alert("x")</script>\n\nA <b>bold</b> claim.');
    expect(blocks.map(blockText)).toEqual(['<script>alert(«x»)</script>', 'A <b>bold</b> claim.']);
    expect(blocks.flatMap((b) => b.runs).some((r) => r.bold)).toBe(false);
  });

  it('keeps links with their target and drops unsafe schemes', () => {
    const [block] = parseBody('See [the ministry](https://mvd.gov.kz/news) and [this](javascript:alert(1)).');
    expect(block!.runs).toContainEqual({ text: 'the ministry', href: 'https://mvd.gov.kz/news' });
    expect(block!.runs.some((r) => r.href?.startsWith('javascript'))).toBe(false);
  });

  it('keeps Kazakh and Russian letters intact', () => {
    const text = 'Қазақстан әйелдері ұлттық ғылым өңір үй һ і ў';
    expect(blockText(parseBody(text)[0]!)).toBe(text);
  });

  it('returns no blocks for an empty body', () => {
    expect(parseBody('')).toEqual([]);
    expect(parseBody('\n\n  \n')).toEqual([]);
  });
});
