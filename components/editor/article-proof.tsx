'use client';

import { useCallback, useEffect, useMemo, useState } from 'react';
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import type { Lang } from '@/lib/domain/lang';
import { useDraftHandle } from './draft-context';
import previewStyles from '@/components/issues/preview.module.css';
import styles from './editor.module.css';

// The issue preview's viewer (pdf.js needs the browser: never rendered on the server).
const PdfViewer = dynamic(() => import('@/components/issues/pdf-viewer'), { ssr: false });

type Proof =
  | { kind: 'rendering' }
  | { kind: 'ready'; data: Uint8Array; version: string }
  | { kind: 'error'; message: 'failed' | 'forbidden' | 'notFound' };

/**
 * "Print preview": the article exactly as the release prints it (the edition's own PDF components,
 * rendered on the server), in English or Russian, without assembling an issue. It shows the saved
 * version: in the editor, pending changes are saved first (through the draft handle), and the panel
 * names the version it shows.
 */
export function ArticleProof({ articleId, savesFirst }: { articleId: number; /** The editor is on the page: pending text is saved first. */ savesFirst: boolean }) {
  const t = useTranslations('editor.proof');
  const tEditor = useTranslations('editor');
  const draft = useDraftHandle();
  const [lang, setLang] = useState<Lang | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [unsaved, setUnsaved] = useState(false);

  /** Saves what the editor holds (if it is there), then (re)renders the proof in `next`. */
  const show = useCallback(
    async (next: Lang) => {
      const saved = draft?.current ? await draft.current.flush() : true;
      setUnsaved(!saved);
      setLang(next);
      setAttempt((n) => n + 1);
    },
    [draft],
  );

  return (
    <section className={styles.proof} aria-labelledby="article-proof-title">
      <h2 id="article-proof-title" className={styles.proofTitle}>
        {t('title')}
      </h2>
      <p className={styles.hint}>{savesFirst ? t('hintSavesFirst') : t('hint')}</p>
      <div className={styles.proofButtons} role="group" aria-label={t('title')}>
        {(['en', 'ru'] as const).map((l) => (
          <button key={l} type="button" className={lang === l ? 'button primary' : 'button'} aria-pressed={lang === l} onClick={() => void show(l)}>
            {t('open', { lang: tEditor(`lang.${l}`) })}
          </button>
        ))}
        {lang ? (
          <button type="button" className="button" onClick={() => setLang(null)}>
            {t('close')}
          </button>
        ) : null}
      </div>
      {lang ? <ProofPanel key={`${lang}-${attempt}`} articleId={articleId} lang={lang} unsaved={unsaved} onRetry={() => void show(lang)} /> : null}
    </section>
  );
}

function ProofPanel({ articleId, lang, unsaved, onRetry }: { articleId: number; lang: Lang; unsaved: boolean; onRetry: () => void }) {
  const t = useTranslations('editor.proof');
  const [proof, setProof] = useState<Proof>({ kind: 'rendering' });
  const [seconds, setSeconds] = useState(0);
  const url = `/api/articles/${articleId}/preview/${lang}`;

  useEffect(() => {
    const controller = new AbortController();
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.round((Date.now() - started) / 1000)), 1000);
    (async () => {
      try {
        const response = await fetch(url, { signal: controller.signal, cache: 'no-store' });
        if (!response.ok) {
          setProof({ kind: 'error', message: response.status === 404 ? 'notFound' : response.status === 401 || response.status === 403 ? 'forbidden' : 'failed' });
          return;
        }
        const data = new Uint8Array(await response.arrayBuffer());
        setProof({ kind: 'ready', data, version: response.headers.get('x-article-version') ?? '' });
      } catch {
        if (!controller.signal.aborted) setProof({ kind: 'error', message: 'failed' });
      } finally {
        clearInterval(timer);
      }
    })();
    return () => {
      controller.abort();
      clearInterval(timer);
    };
  }, [url]);

  // pdf.js takes over the buffer it is given: it gets its own copy, made once per file.
  const file = useMemo(() => (proof.kind === 'ready' ? { data: proof.data.slice() } : null), [proof]);
  const onLoaded = useCallback(() => {}, []);

  if (proof.kind === 'rendering') {
    return (
      <div className={previewStyles.status} role="status" aria-live="polite">
        <span className={previewStyles.spinner} aria-hidden="true" />
        <span>{t('rendering', { seconds })}</span>
      </div>
    );
  }
  if (proof.kind === 'error') {
    return (
      <div role="alert" className={previewStyles.status}>
        <span className={previewStyles.error}>{t(`errors.${proof.message}`)}</span>
        {proof.message === 'failed' ? (
          <button type="button" className="button" onClick={onRetry}>
            {t('retry')}
          </button>
        ) : null}
      </div>
    );
  }
  return (
    <div className={styles.proofPanel} lang={lang}>
      <p role="status" className={unsaved ? styles.error : styles.muted}>
        {unsaved ? t('unsaved', { version: proof.version }) : t('savedVersion', { version: proof.version })}{' '}
        ·{' '}
        <a href={url} target="_blank" rel="noopener">
          {t('openPdf')}
        </a>
      </p>
      {file ? <PdfViewer file={file} onLoaded={onLoaded} /> : null}
    </div>
  );
}
