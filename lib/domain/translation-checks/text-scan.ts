/**
 * Shared helpers of the checks: what is not prose (links, addresses), paragraphs, and the short
 * excerpts a finding shows. Offsets always refer to the original text: masking keeps lengths.
 */

const URL_PATTERN = /<?(?:https?:\/\/|www\.)[^\s<>«»"]+>?/giu;
const EMAIL_PATTERN = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
/** Bare domain names such as 24.kg or polisia.kz, which hold digits that are no quantities. */
const DOMAIN_PATTERN = /(?<![\p{L}\p{N}@.-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:kz|kg|ru|uz|tj|tm|by|cn|ua|org|com|net|gov|info|int|io|рф)(?![\p{L}\p{N}])/giu;

const MAY_HAVE_URL = /https?:|www\./i;
const MAY_HAVE_DOMAIN = /\.(?:kz|kg|ru|uz|tj|tm|by|cn|ua|org|com|net|gov|info|int|io|рф)(?![\p{L}\p{N}])/iu;
/** Masked texts by fill character: the checks of one field mask the same texts several times. */
const maskedBy = new Map<string, Map<string, string>>();

/** The text with links, e-mail addresses and domain names blanked out (same length, same offsets). */
export function maskLinks(text: string, fill = ' '): string {
  let masked = maskedBy.get(fill);
  if (!masked) maskedBy.set(fill, (masked = new Map()));
  const known = masked.get(text);
  if (known !== undefined) return known;
  const hide = (match: string) => fill.repeat(match.length);
  let result = text;
  if (MAY_HAVE_URL.test(result)) result = result.replace(URL_PATTERN, hide);
  if (result.includes('@')) result = result.replace(EMAIL_PATTERN, hide);
  if (MAY_HAVE_DOMAIN.test(result)) result = result.replace(DOMAIN_PATTERN, hide);
  // The last few are kept.
  if (masked.size >= 16) masked.delete(masked.keys().next().value!);
  masked.set(text, result);
  return result;
}

export function blank(match: string): string {
  return ' '.repeat(match.length);
}

export interface Span {
  start: number;
  end: number;
}

/** The paragraphs of a Markdown body (separated by blank lines), with their offsets; blank ones left out. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const separator = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (;;) {
    const m = separator.exec(text);
    const end = m ? m.index : text.length;
    if (text.slice(start, end).trim()) spans.push({ start, end });
    if (!m) break;
    start = m.index + m[0].length;
  }
  return spans;
}

const EXCERPT_RADIUS = 45;

/** A few words around [start, end), on one line, with … where it was cut. */
export function excerpt(text: string, start: number, end = start, radius = EXCERPT_RADIUS): string {
  if (!text.trim()) return '';
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

/**
 * The place in `to` that corresponds to `offset` in `from`: the same paragraph at the same
 * relative position when both have as many paragraphs, else the same relative position overall.
 */
export function correspondingOffset(from: string, offset: number, to: string): number {
  const a = paragraphSpans(from);
  const b = paragraphSpans(to);
  if (a.length > 1 && a.length === b.length) {
    const i = a.findIndex((p) => offset <= p.end);
    const pa = a[i === -1 ? a.length - 1 : i]!;
    const pb = b[i === -1 ? b.length - 1 : i]!;
    const ratio = (offset - pa.start) / Math.max(1, pa.end - pa.start);
    return Math.round(pb.start + ratio * (pb.end - pb.start));
  }
  return Math.round((offset / Math.max(1, from.length)) * to.length);
}

/** The excerpt of `to` where the text of `from` at `offset` should have its counterpart. */
export function counterpartExcerpt(from: string, offset: number, to: string): string {
  return excerpt(to, correspondingOffset(from, offset, to));
}

/** Which paragraph of `text` holds `offset` (0 for a text without blank lines). */
export function paragraphIndex(text: string, offset: number): number {
  const spans = paragraphSpans(text);
  const i = spans.findIndex((p) => offset <= p.end);
  return i === -1 ? Math.max(0, spans.length - 1) : i;
}
