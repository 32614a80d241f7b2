'use client';

import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import styles from './admin.module.css';

interface FieldProps {
  id: string;
  name: string;
  label: string;
  hint?: string;
  /** A key under admin.fieldErrors. */
  error?: string;
  /** The error already in words (a screen with its own namespace); wins over `error`. */
  errorText?: string;
  defaultValue?: string;
  type?: 'text' | 'email' | 'password' | 'number' | 'url' | 'tel';
  required?: boolean;
  maxLength?: number;
  autoComplete?: string;
  multiline?: boolean;
  short?: boolean;
  /** Across the whole row of a grid. */
  wide?: boolean;
  rows?: number;
  lang?: string;
  /** Options of a select instead of an input. */
  options?: Array<{ value: string; label: string }>;
  extra?: ReactNode;
}

/**
 * A password refused as too short says what the hint says ("At least 12 characters."), not the
 * generic "Too short or empty.".
 */
export function passwordError(code: string | undefined): string | undefined {
  return code === 'tooShort' ? 'passwordTooShort' : code;
}

/** A labelled input with its hint and its error, both tied to it for screen readers. */
export function Field(props: FieldProps) {
  const t = useTranslations('admin');
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const errorText = props.errorText ?? (props.error ? t(`fieldErrors.${props.error}`) : undefined);
  const errorId = errorText ? `${props.id}-error` : undefined;
  const common = {
    id: props.id,
    name: props.name,
    defaultValue: props.defaultValue,
    required: props.required,
    lang: props.lang,
    'aria-invalid': errorText ? true : undefined,
    'aria-describedby': [errorId, hintId].filter(Boolean).join(' ') || undefined,
  };
  return (
    <div className={[styles.field, props.short && styles.short, props.wide && styles.wide].filter(Boolean).join(' ')}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.options ? (
        <select {...common}>
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : props.multiline ? (
        <textarea {...common} maxLength={props.maxLength} rows={props.rows ?? 2} />
      ) : (
        <input {...common} type={props.type ?? 'text'} maxLength={props.maxLength} autoComplete={props.autoComplete} />
      )}
      {errorText && (
        <span id={errorId} className={styles.fieldError}>
          {errorText}
        </span>
      )}
      {props.hint && (
        <span id={hintId} className={styles.hint}>
          {props.hint}
        </span>
      )}
      {props.extra}
    </div>
  );
}
