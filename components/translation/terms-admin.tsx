'use client';

import { useState, useTransition, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { deleteTermAction, importTermsAction, saveTermAction, type TermActionResult } from '@/app/actions/terms';
import { TERM_CATEGORIES, type Term } from '@/lib/domain/termbase';
import styles from '@/components/admin/admin.module.css';

type StoredTerm = Term & { id: number };

const EMPTY = { id: '', en: '', ru: '', variantsEn: '', variantsRu: '', forbiddenEn: '', forbiddenRu: '', category: 'agency', note: '' };
type FormValues = typeof EMPTY;

function formOf(term: StoredTerm): FormValues {
  return {
    id: String(term.id),
    en: term.en,
    ru: term.ru,
    variantsEn: term.variantsEn.join(' | '),
    variantsRu: term.variantsRu.join(' | '),
    forbiddenEn: term.forbiddenEn.join(' | '),
    forbiddenRu: term.forbiddenRu.join(' | '),
    category: term.category,
    note: term.note,
  };
}

const MAX_FILE = 5_000_000;

/** Termbase management: CSV import (all or nothing) and export, one form to add or change a term, the list. */
export function TermsAdmin({ terms, header }: { terms: StoredTerm[]; header: string }) {
  const t = useTranslations('translation.terms_admin');
  const [pending, start] = useTransition();
  const [values, setValues] = useState<FormValues>(EMPTY);
  const [formResult, setFormResult] = useState<TermActionResult | null>(null);
  const [importResult, setImportResult] = useState<TermActionResult | null>(null);

  const onImport = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = (event.currentTarget.elements.namedItem('csv') as HTMLInputElement).files?.[0];
    if (!file || file.size > MAX_FILE) {
      setImportResult({ ok: false, error: 'invalid', fields: { L0: 'file' } });
      return;
    }
    start(async () => {
      const csv = await file.text();
      setImportResult(await importTermsAction({ csv, fileName: file.name }).catch(() => ({ ok: false, error: 'failed' }) as const));
    });
  };

  const onSave = (event: FormEvent) => {
    event.preventDefault();
    start(async () => {
      const { id, ...rest } = values;
      const result = await saveTermAction({ ...rest, ...(id ? { id: Number(id) } : {}) }).catch(() => ({ ok: false, error: 'failed' }) as const);
      setFormResult(result);
      if (result.ok) setValues(EMPTY);
    });
  };

  const onDelete = (term: StoredTerm) => start(async () => setFormResult(await deleteTermAction({ id: term.id }).catch(() => ({ ok: false, error: 'failed' }) as const)));

  const set = (key: keyof FormValues) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const fieldError = (key: string) => (formResult && !formResult.ok && formResult.fields?.[key] ? t(`reasons.${formResult.fields[key] === 'duplicate' ? 'duplicate' : formResult.fields[key] === 'too_big' || formResult.fields[key] === 'too_long' ? 'too_long' : 'required'}`, { column: key }) : null);

  return (
    <>
      <section aria-labelledby="terms-import">
        <h2 id="terms-import">{t('importTitle')}</h2>
        <p className={styles.hint}>{t('importHint')}</p>
        <pre>{header}</pre>
        <form onSubmit={onImport}>
          <label htmlFor="terms-csv">{t('file')}</label> <input id="terms-csv" name="csv" type="file" accept=".csv,text/csv" required />{' '}
          <button type="submit" className="button primary" disabled={pending}>
            {t('import')}
          </button>{' '}
          <a href="/api/terms/export" download="termbase.csv">
            {t('export')}
          </a>
        </form>
        <div role="status" aria-live="polite">
          {importResult?.ok && <p>{t('imported', { added: importResult.added ?? 0, updated: importResult.updated ?? 0 })}</p>}
          {importResult && !importResult.ok && (
            <div className={styles.error} data-testid="import-problems">
              {importResult.error === 'invalid' ? (
                <>
                  <p>{t('problems')}</p>
                  <ul>
                    {Object.entries(importResult.fields ?? {}).map(([line, reason]) => {
                      const [key, column] = reason.split(':');
                      return (
                        <li key={line}>
                          {line === 'L0' ? '' : `${t('line', { line: line.slice(1) })}: `}
                          {t(`reasons.${key}`, { column: column ?? '' })}
                        </li>
                      );
                    })}
                  </ul>
                </>
              ) : (
                <p>{t(`errors.${importResult.error === 'forbidden' ? 'forbidden' : 'failed'}`)}</p>
              )}
            </div>
          )}
        </div>
      </section>

      <section aria-labelledby="terms-form">
        <h2 id="terms-form">{values.id ? t('edit') : t('add')}</h2>
        <form onSubmit={onSave} className={styles.form}>
          {(['en', 'ru', 'variantsEn', 'variantsRu', 'forbiddenEn', 'forbiddenRu', 'note'] as const).map((key) => (
            <div key={key} className={styles.field}>
              <label htmlFor={`term-${key}`}>{t(key)}</label>
              <input id={`term-${key}`} value={values[key]} onChange={set(key)} maxLength={key === 'note' ? 1000 : 2000} required={key === 'en' || key === 'ru'} />
              {key.startsWith('variants') || key.startsWith('forbidden') ? <span className={styles.hint}>{t('listHint')}</span> : null}
              {fieldError(key) && <span className={styles.error}>{fieldError(key)}</span>}
            </div>
          ))}
          <div className={styles.field}>
            <label htmlFor="term-category">{t('category')}</label>
            <select id="term-category" value={values.category} onChange={set('category')}>
              {TERM_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`categories.${c}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button primary" disabled={pending}>
            {t('save')}
          </button>
          <p role="status" aria-live="polite">
            {formResult?.ok
              ? t('saved')
              : formResult && !formResult.ok
                ? t(`errors.${formResult.error === 'invalid' ? (formResult.fields?.en === 'duplicate' ? 'duplicate' : 'invalid') : formResult.error === 'forbidden' ? 'forbidden' : formResult.error === 'not_found' ? 'not_found' : 'failed'}`)
                : null}
          </p>
        </form>
      </section>

      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t('en')}</th>
            <th scope="col">{t('ru')}</th>
            <th scope="col">{t('category')}</th>
            <th scope="col">{t('note')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('edit')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {terms.map((term) => (
            <tr key={term.id}>
              <td>
                {term.en}
                {term.variantsEn.length > 0 && <small> ({term.variantsEn.join(', ')})</small>}
              </td>
              <td lang="ru">
                {term.ru}
                {term.variantsRu.length > 0 && <small> ({term.variantsRu.join(', ')})</small>}
                {term.forbiddenRu.length > 0 && <small> ≠ {term.forbiddenRu.join(', ')}</small>}
              </td>
              <td>{t(`categories.${term.category}`)}</td>
              <td>{term.note}</td>
              <td>
                <button type="button" className="button" onClick={() => setValues(formOf(term))}>
                  {t('edit')}
                </button>{' '}
                <button type="button" className="button" disabled={pending} onClick={() => onDelete(term)}>
                  {t('delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
