/**
 * Plain text of a feed's HTML snippet (an item's description, summary or content): tags dropped,
 * the contents of script, style and similar elements dropped, block elements and <br> become breaks,
 * character references decoded, white space collapsed.
 *
 * Why a scanner and not a DOM: the result is only ever shown as text (escaped by React), never as
 * HTML, so all it needs is readable words; and a DOM parser (linkedom) costs about 0.5 ms per
 * snippet, which is 2.5 s of the poller's time for 100 feeds × 50 items. The scanner is linear,
 * honours quoted attribute values ("a > b" inside a title attribute) and comments, and never throws.
 */

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'math', 'head', 'title']);
const BLOCKS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'pre', 'section', 'article', 'header', 'footer', 'figure', 'figcaption', 'hr', 'dd', 'dt',
]);

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', laquo: '«', raquo: '»', mdash: '—', ndash: '–',
  hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', copy: '©', reg: '®',
  trade: '™', deg: '°', middot: '·', bull: '•', shy: '', thinsp: ' ', ensp: ' ', emsp: ' ', zwnj: '', zwj: '',
  times: '×', minus: '−', plusmn: '±', frac12: '½', sect: '§', para: '¶', euro: '€', pound: '£',
  eacute: 'é', egrave: 'è', agrave: 'à', uuml: 'ü', ouml: 'ö', auml: 'ä', ccedil: 'ç', numero: '№',
};

/** Decodes &name; &#NNN; &#xHH; (unknown names stay as written; invalid code points become U+FFFD). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const amp = text.indexOf('&', i);
    if (amp < 0) break;
    out += text.slice(i, amp);
    const semi = text.indexOf(';', amp + 1);
    if (semi < 0 || semi - amp > 32) {
      out += '&';
      i = amp + 1;
      continue;
    }
    const name = text.slice(amp + 1, semi);
    const decoded = decodeReference(name);
    if (decoded === null) {
      out += '&';
      i = amp + 1;
    } else {
      out += decoded;
      i = semi + 1;
    }
  }
  return out + text.slice(i);
}

function decodeReference(name: string): string | null {
  if (name.startsWith('#')) {
    const hex = name[1] === 'x' || name[1] === 'X';
    const digits = name.slice(hex ? 2 : 1);
    if (!digits || !(hex ? /^[0-9a-f]+$/i : /^[0-9]+$/).test(digits)) return null;
    const code = parseInt(digits, hex ? 16 : 10);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
    return String.fromCodePoint(code);
  }
  return Object.hasOwn(NAMED, name) ? NAMED[name]! : Object.hasOwn(NAMED, name.toLowerCase()) ? NAMED[name.toLowerCase()]! : null;
}

/** The end of a tag that starts at `lt` (the index after its '>'), honouring quoted attribute values. */
function tagEnd(html: string, lt: number): number {
  let quote = '';
  for (let i = lt + 1; i < html.length; i++) {
    const c = html[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      // A quote only opens a value right after '=' (possibly with spaces): "don't" in text is no quote.
      let j = i - 1;
      while (j > lt && (html[j] === ' ' || html[j] === '\t' || html[j] === '\n')) j--;
      if (html[j] === '=') quote = c;
    } else if (c === '>') return i + 1;
  }
  return html.length;
}

function tagName(html: string, start: number): { name: string; closing: boolean } {
  let i = start + 1;
  const closing = html[i] === '/';
  if (closing) i++;
  let name = '';
  while (i < html.length && /[A-Za-z0-9:-]/.test(html[i]!)) name += html[i++];
  return { name: name.toLowerCase(), closing };
}

/** Text of an HTML snippet, on one line per block, collapsed. */
export function htmlToText(html: string): string {
  if (!html.includes('<')) return collapse(decodeEntities(html));
  let lower: string | null = null;
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += decodeEntities(html.slice(i));
      break;
    }
    out += decodeEntities(html.slice(i, lt));
    const next = html[lt + 1];
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    if (next === '!' || next === '?') {
      i = tagEnd(html, lt);
      continue;
    }
    if (!next || !/[A-Za-z/]/.test(next)) {
      // "a < b": a lone '<' is text.
      out += '<';
      i = lt + 1;
      continue;
    }
    const { name, closing } = tagName(html, lt);
    i = tagEnd(html, lt);
    if (!closing && SKIPPED.has(name)) {
      lower ??= html.toLowerCase();
      const close = lower.indexOf(`</${name}`, i);
      i = close < 0 ? html.length : tagEnd(html, close);
      continue;
    }
    if (BLOCKS.has(name)) out += '\n';
  }
  return collapse(out);
}

function collapse(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
