'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { updateCountryAction } from '@/app/actions/admin';
import type { CountryNameField } from '@/lib/domain/country-name-origin';
import type { CountryEditor } from '@/lib/services/load-country-editor';
import { CountryNameOrigin } from './country-name-origin';
import { Field } from './field';
import { FormFooter } from './form-footer';
import styles from './admin.module.css';

const NAME_FIELDS: Array<{ field: CountryNameField; lang: 'en' | 'ru'; hint?: 'shortHint' | 'headingHint' }> = [
  { field: 'shortEn', lang: 'en', hint: 'shortHint' },
  { field: 'shortRu', lang: 'ru' },
  { field: 'headingEn', lang: 'en', hint: 'headingHint' },
  { field: 'headingRu', lang: 'ru' },
];

export function CountryForm({ country }: { country: CountryEditor }) {
  const t = useTranslations('admin.country');
  const [state, action, pending] = useActionState(updateCountryAction, null);
  const typed = state && !state.ok ? state.values : undefined;
  const errors = state && !state.ok ? (state.fields ?? {}) : {};
  const [member, setMember] = useState(typed && country.canEditMembership ? typed.isMember === 'on' : country.isMember);
  return (
    <form action={action} className={styles.form} noValidate>
      <input type="hidden" name="code" value={country.code} />
      <fieldset className={styles.panel}>
        <legend>{t('names')}</legend>
        <div className={styles.grid}>
          {NAME_FIELDS.map(({ field, lang, hint }) => (
            <Field
              key={field}
              id={field}
              name={field}
              lang={lang}
              label={t(field)}
              hint={hint ? t(hint) : undefined}
              defaultValue={typed?.[field] ?? country.names[field].value}
              error={errors[field]}
              required
              maxLength={120}
              extra={<CountryNameOrigin name={country.names[field]} />}
            />
          ))}
        </div>
      </fieldset>
      <fieldset className={styles.panel}>
        <legend>{t('membership')}</legend>
        {country.canEditMembership ? (
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
        ) : (
          <>
            {/* A chief editor changes names only: the membership goes back unchanged. */}
            {country.isMember && <input type="hidden" name="isMember" value="on" />}
            <input type="hidden" name="memberOrder" value={country.memberOrder == null ? '' : String(country.memberOrder)} />
            <p>{country.isMember ? t('memberAt', { order: country.memberOrder ?? '?' }) : t('notMember')}</p>
            <p className={styles.hint}>{t('membershipAdminOnly')}</p>
          </>
        )}
      </fieldset>
      <FormFooter state={state} pending={pending} labels={{ saved: t('saved'), pending: t('pending'), submit: t('submit') }} />
    </form>
  );
}
