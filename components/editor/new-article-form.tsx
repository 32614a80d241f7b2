'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { createArticleAction, type CreateArticleState } from '@/app/actions/articles';
import type { CountryChoice } from '@/lib/domain/country-pick';
import { CountryField } from './country-field';
import styles from './editor.module.css';

/** Country and date first (a draft needs them); the texts are written in the editor that opens next. */
export function NewArticleForm({ choices, lang, today }: { choices: CountryChoice[]; lang: 'en' | 'ru'; today: string }) {
  const t = useTranslations('editor');
  const [state, formAction, pending] = useActionState<CreateArticleState, FormData>(createArticleAction, null);
  const values = state?.values ?? {};
  const fields = state?.fields ?? {};
  const error = (field: string) => (fields[field] ? t(`errors.${fields[field] === 'required' && field === 'countryCode' ? 'unknown' : fields[field]}`) : undefined);
  return (
    <form action={formAction} className={styles.newForm} noValidate>
      {state && !state.ok && (
        <p role="alert" className={styles.error}>
          {state.error === 'invalid' ? t('new.fixFields') : t(`errors.${state.error}`)}
        </p>
      )}
      <CountryField id="new-country" name="country" choices={choices} lang={lang} defaultValue={values.country} error={fields.countryCode} required />
      <div className={styles.field}>
        <label htmlFor="new-date">{t('fields.eventDate')}</label>
        <input
          id="new-date"
          name="eventDate"
          type="date"
          max={today}
          defaultValue={values.eventDate ?? ''}
          required
          aria-invalid={fields.eventDate ? true : undefined}
          aria-describedby={fields.eventDate ? 'new-date-error' : undefined}
        />
        {error('eventDate') && (
          <span id="new-date-error" className={styles.error}>
            {error('eventDate')}
          </span>
        )}
      </div>
      <div className={styles.field}>
        <label htmlFor="new-title-en">{t('new.titleEn')}</label>
        <input id="new-title-en" name="titleEn" lang="en" defaultValue={values.titleEn ?? ''} />
      </div>
      <div className={styles.field}>
        <label htmlFor="new-title-ru">{t('new.titleRu')}</label>
        <input id="new-title-ru" name="titleRu" lang="ru" defaultValue={values.titleRu ?? ''} />
      </div>
      <div className={styles.field}>
        <label htmlFor="new-outlet">{t('fields.outlet')}</label>
        <input id="new-outlet" name="outlet" defaultValue={values.outlet ?? ''} aria-describedby="new-outlet-hint" />
        <span id="new-outlet-hint" className={styles.hint}>
          {t('fields.outletHint')}
        </span>
      </div>
      <button type="submit" className="button primary" disabled={pending}>
        {pending ? t('new.creating') : t('new.create')}
      </button>
    </form>
  );
}
