import MarkdownIt, { type Token } from 'markdown-it';
import { webLinkTarget } from './source-url';

/** A run of text with one style; `href` (an http or https URL, see webLinkTarget) makes it a link. */
export interface BodyRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  href?: string;
}

/** One paragraph of an article body; `quote` marks quoted speech (starts with "– "). */
export interface BodyBlock {
  quote: boolean;
  runs: BodyRun[];
}

/**
 * Bodies are paragraphs, emphasis and quoted speech only: every other block construct is off, so
 * "- text" stays a paragraph (quoted speech) and "# text" stays text. Raw HTML is never interpreted.
 */
const md = new MarkdownIt({ html: false, linkify: false, typographer: true, quotes: '«»„“' }).disable([
  'list',
  'heading',
  'lheading',
  'code',
  'fence',
  'table',
  'blockquote',
  'hr',
  'html_block',
  // A line like "[1]: text" would otherwise vanish as a link reference definition.
  'reference',
]);

const SPEECH_DASH = /^[-–—]\s+/;
const EN_DASH = '– ';

export function parseBody(markdown: string): BodyBlock[] {
  const tokens = md.parse(markdown ?? '', {});
  const blocks: BodyBlock[] = [];
  for (const token of tokens) {
    if (token.type !== 'inline') continue;
    const runs = mergeRuns(inlineRuns(token.children ?? []));
    const block = markSpeech(runs);
    if (block.runs.some((run) => run.text.trim() !== '')) blocks.push(block);
  }
  return blocks;
}

/** Plain text of a block, as a reader sees it. */
export function blockText(block: BodyBlock): string {
  return block.runs.map((run) => run.text).join('');
}

function inlineRuns(children: Token[]): BodyRun[] {
  const runs: BodyRun[] = [];
  let bold = 0;
  let italic = 0;
  const hrefs: string[] = [];
  const push = (text: string) => {
    if (!text) return;
    const run: BodyRun = { text };
    if (bold > 0) run.bold = true;
    if (italic > 0) run.italic = true;
    const href = hrefs[hrefs.length - 1];
    if (href) run.href = href;
    runs.push(run);
  };
  for (const child of children) {
    switch (child.type) {
      case 'text':
      case 'code_inline':
        push(child.content);
        break;
      case 'softbreak':
        push(' ');
        break;
      case 'hardbreak':
        push('\n');
        break;
      case 'strong_open':
        bold += 1;
        break;
      case 'strong_close':
        bold -= 1;
        break;
      case 'em_open':
        italic += 1;
        break;
      case 'em_close':
        italic -= 1;
        break;
      case 'link_open':
        // One rule for the web page and the PDF: only http and https become links; the text stays.
        hrefs.push(webLinkTarget(String(child.attrGet('href') ?? '')) ?? '');
        break;
      case 'link_close':
        hrefs.pop();
        break;
      case 'image':
        push(child.content);
        break;
      default:
        // s_open/s_close and anything else: keep the text, drop the styling.
        if (child.content && !child.type.endsWith('_open') && !child.type.endsWith('_close')) push(child.content);
    }
  }
  return runs;
}

function sameStyle(a: BodyRun, b: BodyRun): boolean {
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic && a.href === b.href;
}

function mergeRuns(runs: BodyRun[]): BodyRun[] {
  const merged: BodyRun[] = [];
  for (const run of runs) {
    const previous = merged[merged.length - 1];
    if (previous && sameStyle(previous, run)) previous.text += run.text;
    else merged.push({ ...run });
  }
  return merged;
}

function markSpeech(runs: BodyRun[]): BodyBlock {
  const first = runs[0];
  if (!first || !SPEECH_DASH.test(first.text)) return { quote: false, runs };
  const rest = first.text.replace(SPEECH_DASH, '');
  const head: BodyRun = { ...first, text: EN_DASH + rest };
  return { quote: true, runs: [head, ...runs.slice(1)] };
}
