import type { ParseIssue } from './types';

export interface Line {
  /** 1-based line number in the file. */
  no: number;
  text: string;
}

export type BlockKind = 'heading' | 'bold' | 'source' | 'contents' | 'text';

/** A run of non-blank lines (a Markdown heading or a link line is always a block of its own). */
export interface Block {
  kind: BlockKind;
  line: number;
  lines: Line[];
  /** heading/bold: the inner text; text: the lines joined with a space; source: the raw line(s). */
  text: string;
  /** Raw link targets of a source block, one per line. */
  links: string[];
}

// Tab, LF and CR are text; every other C0/C1 control (NUL included) means binary content.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const BLANK = /^\s*$/u; // \s covers NBSP and the other Unicode spaces
const HEADING = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const CONTENTS_LINE = /^(?:<i>)?\s*(.+?)\s*(?:<\/i>)?\s*\.{3,}\s*\d+$/;
const BOLD = /^\*\*(?!\*)(.*?[^*])\*\*$/s;

export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

export function findControlCharacters(lines: string[], limit = 10): ParseIssue[] {
  const issues: ParseIssue[] = [];
  lines.forEach((line, i) => {
    const m = CONTROL.exec(line);
    if (m && issues.length < limit) {
      const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      issues.push({ line: i + 1, message: `control character U+${code}: this is binary content, not a release text` });
    }
  });
  return issues;
}

export function isBlank(line: string): boolean {
  return BLANK.test(line);
}

/** The link target of a source line, or null when the line is not only a link. */
export function sourceLink(line: string): string | null {
  const s = line.trim().replace(/^(?:source|источник)\s*:\s*/i, '');
  let m = /^<((?:https?:\/\/|www\.)[^<>\s]+)>$/i.exec(s);
  if (m) return unescapeMarkdown(m[1]!);
  m = /^\[[^\]]*\]\(\s*<?((?:https?:\/\/|www\.)[^\s()<>]*(?:\([^\s()]*\)[^\s()<>]*)*)>?\s*(?:"[^"]*")?\s*\)$/i.exec(s);
  if (m) return unescapeMarkdown(m[1]!);
  m = /^(https?:\/\/\S+)$/i.exec(s);
  if (m) return unescapeMarkdown(m[1]!);
  return null;
}

/** Markdown backslash escapes (`\_`, also the doubled `\\_` of the converter) are not part of a URL. */
function unescapeMarkdown(url: string): string {
  return url.replace(/\\+([!-/:-@[-`{-~])/g, '$1');
}

export function isHeadingLine(line: string): boolean {
  return HEADING.test(line.trim());
}

export function splitBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let run: Line[] = [];
  const flush = () => {
    if (run.length > 0) blocks.push(makeBlock(run));
    run = [];
  };
  lines.forEach((raw, i) => {
    const line: Line = { no: i + 1, text: raw.trim() };
    if (isBlank(raw)) return flush();
    if (isHeadingLine(line.text) || sourceLink(line.text) !== null) {
      // A source after another source stays in the same block: the links of one article.
      const previousIsSource = run.length > 0 && run.every((l) => sourceLink(l.text) !== null);
      if (!(previousIsSource && sourceLink(line.text) !== null)) flush();
      run.push(line);
      if (isHeadingLine(line.text)) flush();
      return;
    }
    if (run.length > 0 && run.every((l) => sourceLink(l.text) !== null)) flush();
    run.push(line);
  });
  flush();
  return blocks;
}

function makeBlock(lines: Line[]): Block {
  const first = lines[0]!;
  const joined = lines.map((l) => l.text).join(' ');
  const base = { line: first.no, lines, links: [] as string[] };
  const heading = HEADING.exec(first.text);
  if (heading && lines.length === 1) return { ...base, kind: 'heading', text: stripEmphasis(heading[2]!) };
  const links = lines.map((l) => sourceLink(l.text));
  if (links.every((l): l is string => l !== null)) return { ...base, kind: 'source', text: joined, links };
  if (lines.every((l) => CONTENTS_LINE.test(l.text))) return { ...base, kind: 'contents', text: joined };
  const bold = BOLD.exec(joined);
  if (bold && !bold[1]!.includes('**')) return { ...base, kind: 'bold', text: bold[1]!.trim() };
  return { ...base, kind: 'text', text: joined };
}

/** `**X**`, `*X*`, `__X__` around a whole heading are decoration, not text. */
function stripEmphasis(text: string): string {
  const m = /^(\*{1,3}|_{1,3})(.+)\1$/.exec(text.trim());
  return (m ? m[2]! : text).trim();
}

/** The text of a contents line (`<i>REPUBLIC OF KAZAKHSTAN</i> .....\t2`), for completeness checks. */
export function contentsEntry(line: string): string | null {
  const m = CONTENTS_LINE.exec(line.trim());
  return m ? m[1]!.trim() : null;
}
