import type { BodyRun } from '@/lib/domain/body-markdown';

/** Punctuation only: a word whose letters change style mid-way keeps its styles. */
const TAIL = /[^\s\p{L}\p{N}]+$/u;
const HEAD = /^[^\s\p{L}\p{N}]+/u;

const plain = (run: BodyRun) => !run.bold && !run.italic && !run.href;

/**
 * react-pdf lets a line break, with a hyphen, wherever the style changes inside a word: "(" + *Kazakhstan*
 * could end a line as "(-". Moving the punctuation touching a styled run into it puts every style change
 * next to a space, where breaking is right: "units (" *Kazakhstan* ")," → "units " *(Kazakhstan),*.
 */
export function attachPunctuation(runs: BodyRun[]): BodyRun[] {
  const result = runs.map((run) => ({ ...run }));
  for (let i = 0; i + 1 < result.length; i += 1) {
    const a = result[i]!;
    const b = result[i + 1]!;
    if (/\s$/.test(a.text) || /^\s/.test(b.text) || !a.text || !b.text) continue;
    const tail = TAIL.exec(a.text)?.[0];
    const head = HEAD.exec(b.text)?.[0];
    if (plain(a) && !plain(b) && tail) {
      a.text = a.text.slice(0, -tail.length);
      b.text = tail + b.text;
    } else if (!plain(a) && plain(b) && head) {
      b.text = b.text.slice(head.length);
      a.text += head;
    }
  }
  return result.filter((run) => run.text !== '');
}

const NBSP = '\u00A0';

/** A dash inside a sentence ("Kazakhstan - 3") never starts a line: the space before it does not break. */
export function bindDashes(runs: BodyRun[]): BodyRun[] {
  return runs.map((run) => ({ ...run, text: run.text.replace(/(\S) ([-–—] )/g, `$1${NBSP}$2`) }));
}

/** Everything the body text needs before react-pdf lays it out. */
export function typesetRuns(runs: BodyRun[]): BodyRun[] {
  return bindDashes(attachPunctuation(runs));
}
