'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { updateIssueSummaryAction, type IssueFormState } from '@/app/actions/issues';
import type { Lang } from '@/lib/domain/lang';
import { claimedEventCount } from '@/lib/domain/summary';
import styles from './issues.module.css';

export interface SummaryView {
  lang: Lang;
  generated: { counts: string; digest: string };
  countsOverride: string | null;
  digestOverride: string | null;
  articleCount: number;
}

/**
 * Both editions' summary paragraphs: each field holds what will print (the override, or the text
 * generated from the articles); saving a text equal to the generated one keeps following the data.
 */
export function SummaryEditor({ issueId, summaries, editable }: { issueId: number; summaries: SummaryView[]; editable: boolean }) {
  const t = useTranslations('issues');
  const [state, action, pending] = useActionState<IssueFormState, FormData>(updateIssueSummaryAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} className={styles.form} style={{ maxWidth: 'none' }}>
      <input type="hidden" name="issueId" value={issueId} />
      <div className={styles.summaryGrid}>
        {summaries.map((summary) => (
          <fieldset key={summary.lang} className={styles.fieldset} lang={summary.lang}>
            <legend className={styles.legend}>{t('summary.edition', { lang: summary.lang })}</legend>
            {(['counts', 'digest'] as const).map((part) => (
              <Paragraph
                // A new generated text or override (the articles changed, or it was saved) starts the field afresh.
                key={`${part}|${summary.generated[part]}|${(part === 'counts' ? summary.countsOverride : summary.digestOverride) ?? ''}`}
                summary={summary}
                part={part}
                editable={editable}
                typed={failed?.values?.[fieldName(summary.lang, part)]}
              />
            ))}
          </fieldset>
        ))}
      </div>
      {editable ? (
        <div className={styles.actions}>
          <button type="submit" className="button primary" disabled={pending}>
            {pending ? t('summary.pending') : t('summary.submit')}
          </button>
          <p role="status" className={failed ? styles.formError : styles.ok}>
            {failed ? t(`errors.${failed.error}`) : state?.ok ? t('summary.saved') : ''}
          </p>
        </div>
      ) : null}
    </form>
  );
}

const fieldName = (lang: Lang, part: 'counts' | 'digest') =>
  `summary${part === 'counts' ? 'Counts' : 'Digest'}${lang === 'en' ? 'En' : 'Ru'}`;

function Paragraph({ summary, part, editable, typed }: { summary: SummaryView; part: 'counts' | 'digest'; editable: boolean; typed?: string }) {
  const t = useTranslations('issues.summary');
  const override = part === 'counts' ? summary.countsOverride : summary.digestOverride;
  const generated = summary.generated[part];
  const initial = typed ?? override ?? generated;
  const [text, setText] = useState(initial);
  const name = fieldName(summary.lang, part);
  const id = `summary-${name}`;
  const edited = text.trim() !== generated && text.trim() !== '';
  const claimed = part === 'counts' && edited ? claimedEventCount(text) : undefined;
  const flag =
    claimed === undefined ? null : claimed === null ? t('liveUnknown') : claimed !== summary.articleCount ? t('liveMismatch', { claimed, actual: summary.articleCount }) : null;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>
        {t(part)} — <span className={styles.hint}>{override != null ? t('overridden') : t('generated')}</span>
      </label>
      <textarea
        id={id}
        name={name}
        value={text}
        onChange={(e) => setText(e.target.value)}
        readOnly={!editable}
        rows={part === 'counts' ? 5 : 7}
        aria-describedby={flag ? `${id}-flag` : undefined}
      />
      {flag ? (
        <p id={`${id}-flag`} className={styles.flag} role="alert">
          {flag}
        </p>
      ) : null}
      {override != null && editable ? (
        <>
          <p className={styles.hint}>{t('generatedNow')}</p>
          <blockquote className={styles.generated}>{generated || '—'}</blockquote>
          <div className={styles.actions}>
            {/* Not name="reset": a control named "reset" hides the form's reset(), which React calls after the action. */}
            <button type="submit" name="resetField" value={name} className="button">
              {t('reset')}
            </button>
          </div>
        </>
      ) : null}
    </div>
  );
}
