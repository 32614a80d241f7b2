'use client';

import { useLayoutEffect, useRef } from 'react';
import styles from './editor.module.css';

/**
 * A title field that grows with a long title (several lines) instead of scrolling sideways. A title
 * stays one paragraph: Enter does not break it, and a pasted line break becomes a space.
 */
export function TitleField(props: { id: string; label: string; value: string; onChange: (value: string) => void; error?: string; lang?: string }) {
  const { id, label, value, onChange, error, lang } = props;
  const area = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const el = area.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 2}px`;
  }, [value]);
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <textarea
        ref={area}
        id={id}
        lang={lang}
        rows={1}
        className={styles.titleInput}
        value={value}
        onChange={(e) => onChange(e.target.value.replace(/\s*[\r\n]+\s*/g, ' '))}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.preventDefault();
        }}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
      />
      {error && (
        <span id={`${id}-error`} className={styles.error}>
          {error}
        </span>
      )}
    </div>
  );
}
