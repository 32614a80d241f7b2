'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { saveOutletAction, type IntakeResult } from '@/app/actions/intake';
import { Field } from '@/components/admin/field';
import styles from '@/components/admin/admin.module.css';
import { IntakeStatusLine } from './intake-status-line';

export interface OutletFormValues {
  id: number | null;
  name: string;
  countryCode: string;
  language: string;
  siteUrl: string;
  feedUrl: string;
  active: boolean;
}

export const EMPTY_OUTLET: OutletFormValues = { id: null, name: '', countryCode: '', language: 'ru', siteUrl: '', feedUrl: '', active: false };

type Option = { value: string; label: string };

/** Adds an outlet (id null) or changes one. A refused form keeps what was typed and marks the fields. */
export function OutletForm({ outlet, countries, languages }: { outlet: OutletFormValues; countries: Option[]; languages: Option[] }) {
  const t = useTranslations('intake');
  const [state, action, pending] = useActionState<IntakeResult<{ id: number; name: string; created: boolean }> | null, FormData>(saveOutletAction, null);
  const typed = state && !state.ok ? state.values : undefined;
  const errors = state && !state.ok ? (state.fields ?? {}) : {};
  const err = (name: string) => (errors[name] ? t(`fieldErrors.${errors[name]}`) : undefined);
  const value = (name: keyof OutletFormValues, fallback: string) => typed?.[name] ?? fallback;
  // A new outlet's form starts empty again after it was added.
  const formKey = state?.ok && state.created ? `added-${state.id}` : 'form';
  const prefix = outlet.id == null ? 'new-outlet' : `outlet-${outlet.id}`;
  return (
    <form action={action} className={styles.form} noValidate key={formKey}>
      {outlet.id != null && <input type="hidden" name="id" value={outlet.id} />}
      <div className={styles.grid}>
        <Field id={`${prefix}-name`} name="name" label={t('outlets.name')} hint={t('outlets.nameHint')} defaultValue={value('name', outlet.name)} errorText={err('name')} required maxLength={80} />
        <Field
          id={`${prefix}-country`}
          name="countryCode"
          label={t('outlets.country')}
          options={[{ value: '', label: t('outlets.noCountry') }, ...countries]}
          defaultValue={value('countryCode', outlet.countryCode)}
          errorText={err('countryCode')}
        />
        <Field id={`${prefix}-language`} name="language" label={t('outlets.language')} options={languages} defaultValue={value('language', outlet.language)} errorText={err('language')} required />
        <Field id={`${prefix}-site`} name="siteUrl" type="url" label={t('outlets.site')} hint={t('outlets.siteHint')} defaultValue={value('siteUrl', outlet.siteUrl)} errorText={err('siteUrl')} maxLength={2000} />
        <Field
          id={`${prefix}-feed`}
          name="feedUrl"
          type="url"
          wide
          label={t('outlets.feed')}
          hint={t('outlets.feedHint')}
          defaultValue={value('feedUrl', outlet.feedUrl)}
          errorText={err('feedUrl')}
          maxLength={2000}
        />
      </div>
      <label className={styles.check}>
        <input type="checkbox" name="active" defaultChecked={typed ? typed.active === 'on' : outlet.active} />
        {t('outlets.activeLabel')}
      </label>
      <IntakeStatusLine state={state} success={state?.ok ? t(state.created ? 'outlets.added' : 'outlets.saved', { name: state.name }) : null} />
      <div className={styles.buttons}>
        <button type="submit" className="button primary" disabled={pending} aria-busy={pending}>
          {pending ? t('saving') : outlet.id == null ? t('outlets.add') : t('outlets.save')}
        </button>
      </div>
    </form>
  );
}
