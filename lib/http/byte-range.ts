/** What to send for a Range request header (RFC 9110 §14), single ranges only. */
export type RangePlan =
  | { kind: 'full' }
  | { kind: 'partial'; start: number; end: number } // inclusive
  | { kind: 'unsatisfiable' };

const SPEC = /^(\d*)-(\d*)$/;

/**
 * Reads `Range: bytes=a-b`, `bytes=a-` and `bytes=-n` against a file of `size` bytes.
 * A header we do not understand, a malformed one or several ranges are ignored (the whole file is
 * sent, which the standard allows); a well-formed range that starts past the end is unsatisfiable.
 */
export function planRange(header: string | null, size: number): RangePlan {
  if (!header) return { kind: 'full' };
  const match = /^\s*bytes\s*=\s*(.+)$/i.exec(header);
  if (!match) return { kind: 'full' };
  const specs = match[1]!.split(',').map((s) => s.trim()).filter(Boolean);
  if (specs.length !== 1) return { kind: 'full' };
  const spec = SPEC.exec(specs[0]!);
  if (!spec) return { kind: 'full' };
  const [, first, last] = spec;
  if (first === '' && last === '') return { kind: 'full' };
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? Number.MAX_SAFE_INTEGER : Number(last);
  if (end < start) return { kind: 'full' };
  if (start >= size) return { kind: 'unsatisfiable' };
  return { kind: 'partial', start, end: Math.min(end, size - 1) };
}

/** Whether an If-None-Match header matches our (strong) ETag; weak comparison, as for GET. */
export function etagMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}
