'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { EditorValues } from '@/app/actions/articles';
import type { ArticleState } from '@/lib/domain/workflow';
import styles from './editor.module.css';

export interface Conflict {
  changedBy: string;
  changedAt: string;
  currentVersion: number;
  /** The newer stored text, to load instead of the user's. */
  current: (EditorValues & { version: number; status: ArticleState }) | null;
  /** What the user had typed when the save was refused. */
  mine: EditorValues;
}

/** The user's texts as plain text, to paste somewhere safe. */
function asText(v: EditorValues, t: (key: string) => string): string {
  return [
    `${t('fields.country')}: ${v.country}`,
    `${t('fields.eventDate')}: ${v.eventDate}`,
    `${t('fields.outlet')}: ${v.outlet}`,
    '',
    `[${t('lang.en')}] ${t('fields.title')}: ${v.titleEn}`,
    v.bodyEn,
    `${t('fields.digest')}: ${v.digestEn}`,
    '',
    `[${t('lang.ru')}] ${t('fields.title')}: ${v.titleRu}`,
    v.bodyRu,
    `${t('fields.digest')}: ${v.digestRu}`,
    '',
    `${t('sources.legend')}:`,
    ...v.sources.filter((s) => s.trim()),
  ].join('\n');
}

/** "Changed by NAME at TIME": nothing of the user's text is lost; they choose what to do. */
export function ConflictNotice({ conflict, onReload, when }: { conflict: Conflict; onReload: () => void; when: (iso: string) => string }) {
  const t = useTranslations('editor');
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const text = asText(conflict.mine, t);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };
  const reload = () => {
    if (window.confirm(t('conflict.reloadConfirm'))) onReload();
  };
  return (
    <div className={styles.conflict} role="alert">
      <h2>{t('conflict.title')}</h2>
      <p>{t('conflict.text', { name: conflict.changedBy, time: when(conflict.changedAt) })}</p>
      <div className={styles.buttons}>
        <button type="button" className="button" onClick={copy}>
          {t('conflict.copy')}
        </button>
        {conflict.current && (
          <button type="button" className="button primary" onClick={reload}>
            {t('conflict.reload')}
          </button>
        )}
      </div>
      {copied && (
        <p role="status" className={styles.hint}>
          {copied === 'yes' ? t('conflict.copied') : t('conflict.copyFailed')}
        </p>
      )}
      <details open={copied === 'no'}>
        <summary>{t('conflict.showMine')}</summary>
        <label htmlFor="conflict-mine" className={styles.visuallyHidden}>
          {t('conflict.showMine')}
        </label>
        <textarea id="conflict-mine" readOnly rows={10} value={text} onFocus={(e) => e.target.select()} />
      </details>
    </div>
  );
}
