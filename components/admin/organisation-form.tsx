'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { updateOrganisationAction } from '@/app/actions/admin';
import type { OrganisationInput } from '@/lib/services/update-organisation';
import { Field } from './field';
import { FormFooter } from './form-footer';
import styles from './admin.module.css';

type Values = Record<keyof OrganisationInput, string>;

const GROUPS: Array<{ legend: 'names' | 'address' | 'contacts'; fields: Array<{ name: keyof Values; multiline?: boolean; wide?: boolean; type?: 'email' | 'tel'; max: number; lang?: string }> }> = [
  {
    legend: 'names',
    fields: [
      { name: 'nameEn', multiline: true, wide: true, max: 400, lang: 'en' },
      { name: 'nameRu', multiline: true, wide: true, max: 400, lang: 'ru' },
      { name: 'shortNameEn', max: 40, lang: 'en' },
      { name: 'shortNameRu', max: 40, lang: 'ru' },
    ],
  },
  {
    legend: 'address',
    fields: [
      { name: 'addressEn', multiline: true, max: 400, lang: 'en' },
      { name: 'addressRu', multiline: true, max: 400, lang: 'ru' },
      { name: 'placeEn', max: 100, lang: 'en' },
      { name: 'placeRu', max: 100, lang: 'ru' },
    ],
  },
  {
    legend: 'contacts',
    fields: [
      { name: 'phone', type: 'tel', max: 60 },
      { name: 'fax', type: 'tel', max: 60 },
      { name: 'email', type: 'email', max: 320 },
      { name: 'website', max: 200 },
    ],
  },
];

export function OrganisationForm({ current }: { current: Values }) {
  const t = useTranslations('admin.organisation');
  const [state, action, pending] = useActionState(updateOrganisationAction, null);
  const values = state && !state.ok && state.values ? (state.values as Partial<Values>) : current;
  const errors = state && !state.ok ? (state.fields ?? {}) : {};
  return (
    <form action={action} className={styles.form} noValidate>
      {GROUPS.map((group) => (
        <fieldset key={group.legend} className={styles.panel}>
          <legend>{t(group.legend)}</legend>
          <div className={styles.grid}>
            {group.fields.map((f) => (
              <Field
                key={f.name}
                id={`org-${f.name}`}
                name={f.name}
                label={t(f.name)}
                defaultValue={values[f.name] ?? ''}
                error={errors[f.name]}
                multiline={f.multiline}
                wide={f.wide}
                rows={f.wide ? 3 : 2}
                type={f.type}
                maxLength={f.max}
                lang={f.lang}
                required={!['phone', 'fax', 'email', 'website'].includes(f.name)}
              />
            ))}
          </div>
        </fieldset>
      ))}
      <FormFooter state={state} pending={pending} labels={{ saved: t('saved'), pending: t('pending'), submit: t('submit') }} />
    </form>
  );
}
