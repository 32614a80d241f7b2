import type { SnippetPart } from '@/lib/domain/search/snippet';

/** Text with the words that matched the query marked (<mark>), as React text: nothing is parsed as HTML. */
export function Highlighted({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}
