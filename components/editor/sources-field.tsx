'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { displaySourceUrl, normaliseSourceUrl, sourceMatchKey } from '@/lib/domain/source-url';
import type { SourceUseView } from '@/app/actions/articles';
import { CaptureLinkBox } from '@/components/intake/capture-link-box';
import styles from './editor.module.css';

interface Props {
  sources: string[];
  onChange: (sources: string[]) => void;
  /** Server errors by row index ('url_invalid', ...). */
  errors: Record<number, string>;
  usage: SourceUseView[];
  readOnly?: boolean;
}

/** The article's source links: add, remove, move; each checked as typed and shown as readers will see it. */
export function SourcesField({ sources, onChange, errors, usage }: Props) {
  const t = useTranslations('editor');
  const rows = sources.length > 0 ? sources : [''];
  const set = (i: number, value: string) => onChange(rows.map((s, j) => (j === i ? value : s)));
  const move = (i: number, by: number) => {
    const next = [...rows];
    const [item] = next.splice(i, 1);
    next.splice(i + by, 0, item!);
    onChange(next);
  };
  const remove = (i: number) => onChange(rows.filter((_, j) => j !== i));

  return (
    <fieldset className={styles.sources}>
      <legend>{t('sources.legend')}</legend>
      <p className={styles.hint}>{t('sources.hint')}</p>
      <ol>
        {rows.map((value, i) => {
          const check = value.trim() ? normaliseSourceUrl(value) : null;
          const error = errors[i] ?? (check && !check.ok ? (check.reason === 'scheme' ? 'url_scheme' : 'url_invalid') : undefined);
          const uses = check?.ok ? usage.filter((u) => sourceMatchKey(u.url) === sourceMatchKey(check.url)) : [];
          const id = `source-${i}`;
          return (
            <li key={i} className={styles.sourceRow}>
              <label htmlFor={id} className={styles.visuallyHidden}>
                {t('sources.url', { n: i + 1 })}
              </label>
              <input
                id={id}
                type="text"
                inputMode="url"
                value={value}
                onChange={(e) => set(i, e.target.value)}
                placeholder="https://"
                spellCheck={false}
                aria-invalid={error ? true : undefined}
                aria-describedby={`${id}-note`}
              />
              <span className={styles.rowButtons}>
                <button type="button" className="button" onClick={() => move(i, -1)} disabled={i === 0} aria-label={t('sources.moveUp', { n: i + 1 })}>
                  ↑
                </button>
                <button type="button" className="button" onClick={() => move(i, 1)} disabled={i === rows.length - 1} aria-label={t('sources.moveDown', { n: i + 1 })}>
                  ↓
                </button>
                <button type="button" className="button" onClick={() => remove(i)} aria-label={t('sources.remove', { n: i + 1 })}>
                  ✕
                </button>
              </span>
              <span id={`${id}-note`} className={styles.sourceNote}>
                {error ? (
                  <span className={styles.error}>{t(`errors.${error}`)}</span>
                ) : check?.ok ? (
                  <span className={styles.hint}>{t('sources.shownAs', { url: displaySourceUrl(check.url) })}</span>
                ) : null}
                {uses.map((u) => (
                  <span key={u.articleId} className={styles.warning} role="note">
                    {t('sources.usedElsewhere', { id: u.articleId, title: u.articleTitle || t('untitled') })}{' '}
                    {u.issue && t('sources.inIssue', { number: u.issue.number, year: u.issue.year })}{' '}
                    <Link href={`/desk/articles/${u.articleId}`}>{t('sources.openOther', { id: u.articleId })}</Link>
                  </span>
                ))}
              </span>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button" onClick={() => onChange([...rows, ''])}>
        {t('sources.add')}
      </button>
      <CaptureLinkBox onAddSource={(url) => onChange([...rows.filter((s) => s.trim()), url])} />
    </fieldset>
  );
}
