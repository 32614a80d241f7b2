'use client';

import { useActionState, useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { createIssueAction, type IssueFormState } from '@/app/actions/issues';
import { proposedIssueNumber } from '@/lib/domain/issue-numbering';
import { issueHref } from './article-label';
import { FieldError } from './field-error';
import styles from './issues.module.css';

/**
 * The period (default the previous month) and, optionally, a number of one's own. The number the issue
 * will get is shown live for the year in which the chosen period ends.
 */
export function NewIssueForm({ defaults, takenByYear }: { defaults: { periodStart: string; periodEnd: string }; takenByYear: Record<number, number[]> }) {
  const t = useTranslations('issues');
  const router = useRouter();
  const [state, action, pending] = useActionState<IssueFormState, FormData>(createIssueAction, null);
  useEffect(() => {
    if (state?.ok) router.push(issueHref(state.issueId));
  }, [state, router]);
  const failed = state && !state.ok ? state : null;
  const values = failed?.values ?? {};
  const fields = failed?.fields ?? {};
  const [periodEnd, setPeriodEnd] = useState(values.periodEnd ?? defaults.periodEnd);
  const proposal = proposedIssueNumber(periodEnd, takenByYear);
  return (
    <form action={action} className={styles.form} noValidate>
      <div className={styles.row}>
        <div className={styles.field}>
          <label htmlFor="new-period-start">{t('create.periodStart')}</label>
          <input
            id="new-period-start"
            name="periodStart"
            type="date"
            required
            defaultValue={values.periodStart ?? defaults.periodStart}
            aria-invalid={!!fields.periodStart}
            aria-describedby={fields.periodStart ? 'new-period-start-error' : undefined}
          />
          <FieldError id="new-period-start-error" code={fields.periodStart} />
        </div>
        <div className={styles.field}>
          <label htmlFor="new-period-end">{t('create.periodEnd')}</label>
          <input
            id="new-period-end"
            name="periodEnd"
            type="date"
            required
            value={periodEnd}
            onChange={(e) => setPeriodEnd(e.target.value)}
            aria-invalid={!!fields.periodEnd}
            aria-describedby={fields.periodEnd ? 'new-period-end-error' : undefined}
          />
          <FieldError id="new-period-end-error" code={fields.periodEnd} />
        </div>
        <div className={styles.field}>
          <label htmlFor="new-number">{t('create.number')}</label>
          <input
            id="new-number"
            name="number"
            inputMode="numeric"
            size={6}
            placeholder={proposal ? String(proposal.number) : ''}
            defaultValue={values.number ?? ''}
            aria-invalid={!!fields.number}
            aria-describedby={`new-number-hint${fields.number ? ' new-number-error' : ''}`}
          />
          <FieldError id="new-number-error" code={fields.number} />
        </div>
      </div>
      <p id="new-number-hint" className={styles.hint} aria-live="polite">
        {proposal ? t('create.numberHint', { number: proposal.number, year: proposal.year }) : t('create.numberHintNoYear')}
      </p>
      {failed && failed.error !== 'invalid' ? (
        <p role="alert" className={styles.formError}>
          {t(`errors.${failed.error}`)}
        </p>
      ) : null}
      {failed?.error === 'invalid' ? (
        <p role="alert" className={styles.formError}>
          {t('errors.invalid')}
        </p>
      ) : null}
      <div className={styles.actions}>
        <button type="submit" className="button primary" disabled={pending}>
          {pending ? t('create.pending') : t('create.submit')}
        </button>
      </div>
    </form>
  );
}
