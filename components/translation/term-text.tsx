'use client';

import { useMemo } from 'react';
import { findTerms, termPhrase, type CompiledTermbase } from '@/lib/domain/termbase-match';
import type { Term } from '@/lib/domain/termbase';
import type { Lang } from '@/lib/domain/lang';
import styles from './tm-assist.module.css';

interface Props {
  text: string;
  lang: Lang;
  termbase: CompiledTermbase<Term>;
  /** The other language: a click inserts the term's approved phrase in it. */
  to: Lang;
  onInsert: (phrase: string) => void;
  /** "Approved: …", "Note: …", "Forbidden form" in the UI language. */
  label: (term: Term, forbidden: boolean) => string;
}

/**
 * A source text with the termbase terms underlined: hovering (or focusing) shows the approved
 * translation and the note, a click inserts the translation at the cursor of the other side.
 */
export function TermText({ text, lang, termbase, to, onInsert, label }: Props) {
  const spans = useMemo(() => findTerms(text, lang, termbase), [text, lang, termbase]);
  const parts: React.ReactNode[] = [];
  let at = 0;
  spans.forEach((span, i) => {
    if (span.start > at) parts.push(text.slice(at, span.start));
    const forbidden = span.form === 'forbidden';
    const tip = label(span.term, forbidden);
    parts.push(
      <button
        key={i}
        type="button"
        className={forbidden ? `${styles.term} ${styles.forbidden}` : styles.term}
        title={tip}
        aria-label={`${span.text} — ${tip}`}
        data-term={span.term.en}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => onInsert(termPhrase(span.term, to))}
      >
        {span.text}
        <span className={styles.tip} role="tooltip">
          {tip}
        </span>
      </button>,
    );
    at = span.end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return (
    <p className={styles.source} lang={lang}>
      {parts}
    </p>
  );
}
