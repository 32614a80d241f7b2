'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { addIntakeTermAction, removeIntakeTermAction, type IntakeResult } from '@/app/actions/intake';
import { Field } from '@/components/admin/field';
import styles from '@/components/admin/admin.module.css';
import { IntakeStatusLine } from './intake-status-line';
import own from './intake.module.css';

export interface IntakeTermView {
  id: number;
  term: string;
  weight: number;
}

type Option = { value: string; label: string };

/** The relevance terms per language: add one (with its weight), remove one; the inbox is re-scored after each change. */
export function IntakeTermsAdmin({ groups, languages }: { groups: Array<{ language: string; label: string; terms: IntakeTermView[] }>; languages: Option[] }) {
  const t = useTranslations('intake.terms');
  return (
    <>
      <section className={styles.panel} aria-labelledby="add-term">
        <h2 id="add-term">{t('addTitle')}</h2>
        <AddTermForm languages={languages} />
      </section>
      {groups.map((group) => (
        <section key={group.language} className={own.termGroup} aria-labelledby={`terms-${group.language}`}>
          <h2 id={`terms-${group.language}`}>
            {group.label} <span className={styles.muted}>({group.terms.length})</span>
          </h2>
          {group.terms.length === 0 ? (
            <p className={styles.muted}>{t('none')}</p>
          ) : (
            <ul className={own.termList} lang={group.language}>
              {group.terms.map((term) => (
                <li key={term.id}>
                  <RemoveTermButton term={term} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}

function AddTermForm({ languages }: { languages: Option[] }) {
  const t = useTranslations('intake');
  const [state, action, pending] = useActionState<IntakeResult<{ id: number; rescored: number | null }> | null, FormData>(addIntakeTermAction, null);
  const typed = state && !state.ok ? state.values : undefined;
  const errors = state && !state.ok ? (state.fields ?? {}) : {};
  const err = (name: string) => (errors[name] ? t(`fieldErrors.${name === 'weight' ? 'weight' : errors[name]}`) : undefined);
  return (
    <form action={action} className={styles.form} noValidate key={state?.ok ? `added-${state.id}` : 'form'}>
      <div className={own.termForm}>
        <Field id="term-language" name="language" label={t('terms.language')} options={languages} defaultValue={typed?.language ?? 'ru'} errorText={err('language')} required />
        <Field id="term-text" name="term" label={t('terms.term')} hint={t('terms.termHint')} defaultValue={typed?.term ?? ''} errorText={err('term')} required maxLength={60} />
        <Field id="term-weight" name="weight" type="number" short label={t('terms.weight')} hint={t('terms.weightHint')} defaultValue={typed?.weight ?? '1'} errorText={err('weight')} />
      </div>
      <IntakeStatusLine state={state} success={state?.ok ? t('terms.added') : null} />
      <div className={styles.buttons}>
        <button type="submit" className="button primary" disabled={pending} aria-busy={pending}>
          {pending ? t('saving') : t('terms.add')}
        </button>
      </div>
    </form>
  );
}

function RemoveTermButton({ term }: { term: IntakeTermView }) {
  const t = useTranslations('intake');
  const [state, action, pending] = useActionState<IntakeResult<{ rescored: number | null }> | null, FormData>(removeIntakeTermAction, null);
  return (
    <form action={action} className={own.termChip}>
      <input type="hidden" name="id" value={term.id} />
      <span>{term.term}</span>
      {term.weight !== 1 && <span className={own.weight} title={t('terms.weight')}>×{term.weight}</span>}
      <button type="submit" disabled={pending} aria-label={t('terms.remove', { term: term.term })} title={t('terms.remove', { term: term.term })}>
        ×
      </button>
      {state && !state.ok && (
        <span role="alert" className={styles.fieldError}>
          {t(state.error)}
        </span>
      )}
    </form>
  );
}
