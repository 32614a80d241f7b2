import type { ReactNode } from 'react';

/** A text with the given ranges (UTF-16 offsets, end exclusive) marked; overlapping or out-of-range ranges are skipped. */
export function HighlightedText({ text, ranges }: { text: string; ranges: ReadonlyArray<{ start: number; end: number }> }) {
  const sorted = [...ranges].filter((r) => r.start >= 0 && r.end > r.start && r.end <= text.length).sort((a, b) => a.start - b.start);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const range of sorted) {
    if (range.start < at) continue;
    if (range.start > at) parts.push(text.slice(at, range.start));
    parts.push(<mark key={range.start}>{text.slice(range.start, range.end)}</mark>);
    at = range.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
