'use client';

import { useTranslations } from 'next-intl';
import { countryLabel, resolveCountry, type CountryChoice } from '@/lib/domain/country-pick';
import styles from './editor.module.css';

interface Props {
  id: string;
  name?: string;
  choices: readonly CountryChoice[];
  lang: 'en' | 'ru';
  /** What is typed: a name in either language or a code. */
  value?: string;
  defaultValue?: string;
  onChange?: (text: string) => void;
  error?: string;
  required?: boolean;
}

/**
 * A searchable country field: the browser's own combobox over a datalist of names in the UI
 * language, CARICC members first. The server resolves the text the same way (resolveCountry).
 */
export function CountryField({ id, name, choices, lang, value, defaultValue, onChange, error, required }: Props) {
  const t = useTranslations('editor');
  const resolved = value != null ? resolveCountry(choices, value) : null;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{t('fields.country')}</label>
      <input
        id={id}
        name={name}
        list={`${id}-list`}
        value={value}
        defaultValue={defaultValue}
        onChange={onChange && ((e) => onChange(e.target.value))}
        autoComplete="off"
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : hintId}
      />
      <datalist id={`${id}-list`}>
        {choices.map((c) => (
          <option key={c.code} value={countryLabel(c, lang)} />
        ))}
      </datalist>
      {error ? (
        <span id={errorId} className={styles.error}>
          {t('fields.countryUnknown')}
        </span>
      ) : (
        <span id={hintId} className={value?.trim() && !resolved ? styles.warning : styles.hint}>
          {value?.trim() && !resolved ? t('fields.countryUnknown') : t('fields.countryHint')}
        </span>
      )}
    </div>
  );
}
