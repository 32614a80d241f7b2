'use client';

import { useCallback, useEffect, useMemo, useState } from 'react';
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import styles from './preview.module.css';

// pdf.js needs the browser: the viewer is never rendered on the server.
const PdfViewer = dynamic(() => import('./pdf-viewer'), { ssr: false });

type State =
  | { kind: 'rendering' }
  | { kind: 'ready'; data: Uint8Array; url: string }
  | { kind: 'error'; message: 'failed' | 'incomplete' | 'forbidden'; missing?: Array<{ id: number; title: string; field: string }> };

/** Asks the server to render the edition (a visible, timed progress state meanwhile), then shows it. */
export function EditionPreview({ issueId, lang, fileName }: { issueId: number; lang: string; fileName: string }) {
  const t = useTranslations('issues');
  const [state, setState] = useState<State>({ kind: 'rendering' });
  const [seconds, setSeconds] = useState(0);
  const [pageCount, setPageCount] = useState<number | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    const started = Date.now();
    setState({ kind: 'rendering' });
    setSeconds(0);
    const timer = setInterval(() => setSeconds(Math.round((Date.now() - started) / 1000)), 1000);
    let url: string | null = null;
    (async () => {
      try {
        const response = await fetch(`/api/issues/${issueId}/preview/${lang}`, { signal: controller.signal, cache: 'no-store' });
        if (!response.ok) {
          const body = (await response.json().catch(() => ({}))) as { error?: string; missing?: Array<{ id: number; title: string; field: string }> };
          const message = body.error === 'incomplete' ? 'incomplete' : response.status === 403 || response.status === 401 ? 'forbidden' : 'failed';
          setState({ kind: 'error', message, missing: body.missing });
          return;
        }
        const bytes = new Uint8Array(await response.arrayBuffer());
        url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
        setState({ kind: 'ready', data: bytes, url });
      } catch (error) {
        if (!controller.signal.aborted) setState({ kind: 'error', message: 'failed' });
        void error;
      } finally {
        clearInterval(timer);
      }
    })();
    return () => {
      controller.abort();
      clearInterval(timer);
      if (url) URL.revokeObjectURL(url);
    };
  }, [issueId, lang, attempt]);

  // pdf.js takes over the buffer it is given: it gets its own copy, made once per file.
  const file = useMemo(() => (state.kind === 'ready' ? { data: state.data.slice() } : null), [state]);
  const onLoaded = useCallback((pages: number) => setPageCount(pages), []);

  if (state.kind === 'rendering') {
    return (
      <div className={styles.status} role="status" aria-live="polite">
        <span className={styles.spinner} aria-hidden="true" />
        <span>{t('preview.rendering', { seconds })}</span>
      </div>
    );
  }
  if (state.kind === 'error') {
    return (
      <div role="alert" className={styles.status} style={{ display: 'block' }}>
        <p className={styles.error}>{t(`preview.${state.message}`)}</p>
        {state.missing?.length ? (
          <ul>
            {state.missing.map((m, i) => (
              <li key={i}>
                <a href={`/desk/articles/${m.id}`}>
                  {t('preview.incompleteItem', { id: m.id, title: m.title || '—', field: t.has(`checks.fields.${m.field}`) ? t(`checks.fields.${m.field}`) : m.field })}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
        {state.message === 'failed' ? (
          <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
            {t('preview.retry')}
          </button>
        ) : null}
      </div>
    );
  }
  return (
    <div style={{ display: 'grid', gap: '.75rem' }}>
      <p role="status">
        {pageCount !== null ? <strong>{t('preview.pageCount', { count: pageCount })}</strong> : t('preview.loading')}{' '}
        · <a href={state.url} download={fileName}>{t('preview.download')}</a>
      </p>
      {file ? <PdfViewer file={file} onLoaded={onLoaded} /> : null}
    </div>
  );
}
