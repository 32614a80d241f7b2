import type { ReactNode } from 'react';
import { parseBody, type BodyRun } from '@/lib/domain/body-markdown';
import { webLinkTarget } from '@/lib/domain/source-url';
import styles from './reader.module.css';

/** An article body from its Markdown, as React elements: paragraphs, emphasis, quoted speech, links. Never raw HTML. */
export function ArticleBody({ markdown }: { markdown: string }) {
  return parseBody(markdown).map((block, i) => (
    <p key={i} className={block.quote ? styles.speech : undefined}>
      {block.runs.map((run, j) => (
        <Run key={j} run={run} />
      ))}
    </p>
  ));
}

function Run({ run }: { run: BodyRun }) {
  let node: ReactNode = run.text.includes('\n') ? withBreaks(run.text) : run.text;
  if (run.italic) node = <em>{node}</em>;
  if (run.bold) node = <strong>{node}</strong>;
  const href = webLinkTarget(run.href);
  if (href) node = <a href={href} rel="noopener noreferrer nofollow">{node}</a>;
  return node;
}

function withBreaks(text: string): ReactNode {
  return text.split('\n').map((line, i) => (
    <span key={i}>
      {i > 0 && <br />}
      {line}
    </span>
  ));
}
