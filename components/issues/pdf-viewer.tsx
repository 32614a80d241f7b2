'use client';

import { useCallback, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Document, Page, pdfjs } from 'react-pdf';
import 'react-pdf/dist/Page/TextLayer.css';
import 'react-pdf/dist/Page/AnnotationLayer.css';
import styles from './preview.module.css';

// Must be set in the module that renders <Document> (see react-pdf's README). The worker file is
// served by app/api/issues/pdf-worker from the installed pdfjs-dist, so versions always match.
pdfjs.GlobalWorkerOptions.workerSrc = `/api/issues/pdf-worker?v=${pdfjs.version}`;

const THUMB_WIDTH = 110;

/** Pages of a PDF with thumbnails; loaded only in the browser (no server rendering). */
export default function PdfViewer({ file, onLoaded }: { file: { data: Uint8Array }; onLoaded: (pages: number) => void }) {
  const t = useTranslations('issues.preview');
  const [pages, setPages] = useState(0);
  const [current, setCurrent] = useState(1);
  const [width, setWidth] = useState(760);
  const observer = useRef<ResizeObserver | null>(null);
  // A callback ref: the page column exists only once the document has loaded, after the first effects ran.
  const mainRef = useCallback((el: HTMLDivElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!el) return;
    observer.current = new ResizeObserver(([entry]) => setWidth(Math.min(860, Math.max(280, Math.floor(entry!.contentRect.width) - 8))));
    observer.current.observe(el);
  }, []);
  const go = (page: number) => setCurrent(Math.min(Math.max(page, 1), pages || 1));

  return (
    <Document
      file={file}
      onLoadSuccess={(pdf) => {
        setPages(pdf.numPages);
        onLoaded(pdf.numPages);
      }}
      loading={<p role="status">{t('loading')}</p>}
      error={<p role="alert" className={styles.error}>{t('failed')}</p>}
      className={styles.viewer}
    >
      <nav aria-label={t('thumbnails')}>
        <ol className={styles.thumbs}>
          {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
            <li key={n}>
              <button type="button" className={styles.thumb} onClick={() => go(n)} aria-current={n === current ? 'page' : undefined} aria-label={t('thumbnail', { page: n })}>
                <Page pageNumber={n} width={THUMB_WIDTH} renderTextLayer={false} renderAnnotationLayer={false} loading="" />
                <span aria-hidden="true">{n}</span>
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <div className={styles.main} ref={mainRef}>
        <div className={styles.toolbar}>
          <button type="button" className="button" onClick={() => go(current - 1)} disabled={current <= 1}>
            ← {t('previous')}
          </button>
          <span aria-live="polite">{t('pageOf', { page: current, count: pages })}</span>
          <button type="button" className="button" onClick={() => go(current + 1)} disabled={current >= pages}>
            {t('next')} →
          </button>
        </div>
        {pages > 0 ? (
          <div className={styles.page}>
            <Page pageNumber={current} width={width} />
          </div>
        ) : null}
      </div>
    </Document>
  );
}
