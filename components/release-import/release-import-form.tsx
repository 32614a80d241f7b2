'use client';

import { startTransition, useActionState, useEffect, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { formatFileSize } from '@/lib/domain/file-size';
import { isLang } from '@/lib/domain/lang';
import {
  confirmReleaseImportAction,
  previewReleaseImportAction,
  type ReleaseImportConfirmState,
  type ReleaseImportPreviewState,
} from '@/app/actions/release-import';
import { ImportFailure } from './import-failure';
import { ReleaseImportPlanView } from './release-import-plan';
import styles from './release-import.module.css';

const ACCEPT = '.md,.markdown,.txt,.docx,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Two file inputs (English, Russian edition), "Preview" (the server plans the import and keeps the
 * files), then "Import" with the kept files' token. The inputs keep the chosen files: the preview is
 * sent without the form's reset, so a corrected file can be chosen in one slot and previewed again.
 */
export function ReleaseImportForm({ maxBytes }: { maxBytes: number }) {
  const locale = useLocale();
  const t = useTranslations('releaseImport');
  const router = useRouter();
  const [preview, previewAction, previewing] = useActionState<ReleaseImportPreviewState, FormData>(previewReleaseImportAction, null);
  const [done, confirmAction, importing] = useActionState<ReleaseImportConfirmState, FormData>(confirmReleaseImportAction, null);
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const [confirmedToken, setConfirmedToken] = useState<string | null>(null);
  const limit = formatFileSize(maxBytes, isLang(locale) ? locale : 'en');

  useEffect(() => {
    if (done?.ok) router.push(`/desk/issues/${done.issueId}`);
  }, [done, router]);

  const onChange = (event: FormEvent<HTMLFormElement>) => {
    const big = Array.from(event.currentTarget.querySelectorAll('input[type=file]'))
      .flatMap((input) => Array.from((input as HTMLInputElement).files ?? []))
      .find((file) => file.size > maxBytes);
    setTooLarge(big ? big.name : null);
  };
  const onPreview = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (tooLarge) return;
    const form = new FormData(event.currentTarget);
    setConfirmedToken(null);
    startTransition(() => previewAction(form));
  };

  const plan = preview?.ok ? preview : null;
  const failedPreview = preview && !preview.ok ? preview : null;
  const failedImport = done && !done.ok && confirmedToken === plan?.token ? done : null;
  const nothingToDo = plan?.plan.editions.every((e) => e.status === 'unchanged');

  return (
    <div className={styles.plan}>
      <form onSubmit={onPreview} onChange={onChange} noValidate aria-describedby="import-files-hint" className={styles.plan}>
        <fieldset className={styles.files}>
          <legend>{t('form.legend')}</legend>
          {(['en', 'ru'] as const).map((slot) => (
            <div className={styles.file} key={slot}>
              <label htmlFor={`import-${slot}`}>{t(`form.${slot}`)}</label>
              <input id={`import-${slot}`} name={slot} type="file" accept={ACCEPT} />
            </div>
          ))}
        </fieldset>
        <p id="import-files-hint" className={styles.hint}>
          {t('form.hint', { limit })}
        </p>
        <div className={styles.actions}>
          <button type="submit" className="button" disabled={previewing || importing}>
            {previewing ? t('form.previewing') : t('form.preview')}
          </button>
          {preview && preview.fileNames.length > 0 ? <p className={styles.chosen}>{t('form.chosen', { names: preview.fileNames.join(', ') })}</p> : null}
        </div>
        <div role="status" aria-live="polite">
          {tooLarge ? <p className={styles.error}>{t('form.tooLarge', { name: tooLarge, limit })}</p> : null}
          {!tooLarge && failedPreview ? <ImportFailure failure={failedPreview} /> : null}
        </div>
      </form>

      {plan ? (
        <section aria-labelledby="import-plan" className={styles.plan}>
          <h2 id="import-plan">{t('plan.title')}</h2>
          <ReleaseImportPlanView plan={plan.plan} />
          <form
            action={(form) => {
              setConfirmedToken(plan.token);
              confirmAction(form);
            }}
            className={`${styles.actions} ${styles.confirm}`}
          >
            <input type="hidden" name="token" value={plan.token} />
            {nothingToDo ? (
              <p className={styles.hint}>{t('plan.nothingToDo')}</p>
            ) : (
              <button type="submit" className="button primary" disabled={importing || previewing || !!done?.ok}>
                {importing ? t('plan.importing') : t('plan.confirm')}
              </button>
            )}
            <div role="status" aria-live="polite">
              {done?.ok ? <p className={styles.ok}>{t('plan.done', { number: done.number, year: done.year })}</p> : null}
              {failedImport ? <ImportFailure failure={failedImport} /> : null}
            </div>
          </form>
        </section>
      ) : null}
    </div>
  );
}
