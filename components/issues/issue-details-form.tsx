'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { updateIssueDetailsAction, type IssueFormState } from '@/app/actions/issues';
import { FieldError } from './field-error';
import styles from './issues.module.css';

interface Details {
  id: number;
  year: number;
  periodStart: string;
  periodEnd: string;
  placeEn: string;
  placeRu: string;
}

export function IssueDetailsForm({ issue }: { issue: Details }) {
  const t = useTranslations('issues');
  const [state, action, pending] = useActionState<IssueFormState, FormData>(updateIssueDetailsAction, null);
  const failed = state && !state.ok ? state : null;
  const values = failed?.values ?? {};
  const fields = failed?.fields ?? {};
  const input = (name: keyof Details & string, type: string, label: string) => {
    const id = `issue-${name}`;
    return (
      <div className={styles.field}>
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          name={name}
          type={type}
          required
          defaultValue={values[name] ?? String(issue[name])}
          aria-invalid={!!fields[name]}
          aria-describedby={fields[name] ? `${id}-error` : undefined}
        />
        <FieldError id={`${id}-error`} code={fields[name]} values={{ year: issue.year }} />
      </div>
    );
  };
  return (
    <form action={action} className={styles.form} noValidate>
      <input type="hidden" name="issueId" value={issue.id} />
      <div className={styles.row}>
        {input('periodStart', 'date', t('details.periodStart'))}
        {input('periodEnd', 'date', t('details.periodEnd'))}
      </div>
      <div className={styles.row}>
        {input('placeEn', 'text', t('details.placeEn'))}
        {input('placeRu', 'text', t('details.placeRu'))}
      </div>
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('details.pending') : t('details.submit')}
        </button>
        <p role="status" className={failed ? styles.formError : styles.ok}>
          {failed ? t(`errors.${failed.error}`) : state?.ok ? t('details.saved') : ''}
        </p>
      </div>
    </form>
  );
}
