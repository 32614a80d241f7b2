'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { updateCountryAction } from '@/app/actions/admin';
import { Field } from './field';
import { FormFooter } from './form-footer';
import styles from './admin.module.css';

export interface CountryFormValues {
  code: string;
  shortEn: string;
  shortRu: string;
  headingEn: string;
  headingRu: string;
  isMember: boolean;
  memberOrder: number | null;
}

export function CountryForm({ country }: { country: CountryFormValues }) {
  const t = useTranslations('admin.country');
  const [state, action, pending] = useActionState(updateCountryAction, null);
  const typed = state && !state.ok ? state.values : undefined;
  const errors = state && !state.ok ? (state.fields ?? {}) : {};
  const [member, setMember] = useState(typed ? typed.isMember === 'on' : country.isMember);
  const value = (name: 'shortEn' | 'shortRu' | 'headingEn' | 'headingRu') => typed?.[name] ?? country[name];
  return (
    <form action={action} className={styles.form} noValidate>
      <input type="hidden" name="code" value={country.code} />
      <fieldset className={styles.panel}>
        <legend>{t('names')}</legend>
        <div className={styles.grid}>
          <Field id="shortEn" name="shortEn" lang="en" label={t('shortEn')} hint={t('shortHint')} defaultValue={value('shortEn')} error={errors.shortEn} required maxLength={120} />
          <Field id="shortRu" name="shortRu" lang="ru" label={t('shortRu')} defaultValue={value('shortRu')} error={errors.shortRu} required maxLength={120} />
          <Field id="headingEn" name="headingEn" lang="en" label={t('headingEn')} hint={t('headingHint')} defaultValue={value('headingEn')} error={errors.headingEn} required maxLength={120} />
          <Field id="headingRu" name="headingRu" lang="ru" label={t('headingRu')} defaultValue={value('headingRu')} error={errors.headingRu} required maxLength={120} />
        </div>
      </fieldset>
      <fieldset className={styles.panel}>
        <legend>{t('membership')}</legend>
        <div className={styles.form}>
          <label className={styles.check}>
            <input type="checkbox" name="isMember" checked={member} onChange={(e) => setMember(e.target.checked)} />
            {t('isMember')}
          </label>
          {member && (
            <Field
              id="memberOrder"
              name="memberOrder"
              type="number"
              short
              label={t('memberOrder')}
              hint={t('memberOrderHint')}
              defaultValue={typed?.memberOrder ?? (country.memberOrder == null ? '' : String(country.memberOrder))}
              error={errors.memberOrder}
              required
            />
          )}
        </div>
      </fieldset>
      <FormFooter state={state} pending={pending} labels={{ saved: t('saved'), pending: t('pending'), submit: t('submit') }} />
    </form>
  );
}
