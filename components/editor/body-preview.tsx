import type { ReactNode } from 'react';
import { parseBody, type BodyRun } from '@/lib/domain/body-markdown';
import styles from './editor.module.css';

/**
 * An article body rendered from its Markdown as React elements (paragraphs, emphasis, quoted
 * speech). No HTML string ever reaches the page: markdown-it runs with html off and we build nodes.
 */
export function BodyPreview({ markdown, lang, empty }: { markdown: string; lang: 'en' | 'ru'; empty?: string }) {
  const blocks = parseBody(markdown);
  if (blocks.length === 0) return empty ? <p className={styles.muted}>{empty}</p> : null;
  return (
    <div lang={lang} className={styles.bodyText}>
      {blocks.map((block, i) => (
        <p key={i} className={block.quote ? styles.speech : undefined}>
          {block.runs.map((run, j) => (
            <Run key={j} run={run} />
          ))}
        </p>
      ))}
    </div>
  );
}

function Run({ run }: { run: BodyRun }) {
  let node: ReactNode = run.text.includes('\n')
    ? run.text.split('\n').map((line, i) => (
        <span key={i}>
          {i > 0 && <br />}
          {line}
        </span>
      ))
    : run.text;
  if (run.italic) node = <em>{node}</em>;
  if (run.bold) node = <strong>{node}</strong>;
  const href = run.href ? webHref(run.href) : null;
  if (href) node = <a href={href} rel="noopener noreferrer nofollow" target="_blank">{node}</a>;
  return node;
}

/** Only http(s) links become links. */
function webHref(href: string): string | null {
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
