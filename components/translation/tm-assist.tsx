'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { lookupTranslationMemoryAction, machineTranslateAction } from '@/app/actions/translation-memory';
import { formatDate } from '@/lib/domain/date-format';
import { otherLang, type Lang } from '@/lib/domain/lang';
import { compileTermbase } from '@/lib/domain/termbase-match';
import type { Term } from '@/lib/domain/termbase';
import { splitParagraphs } from '@/lib/domain/tm-segments';
import type { TmSuggestion } from '@/lib/services/lookup-translation-memory';
import { fieldId, insertIntoField, lastFieldOf } from './field-insert';
import { useStillOnPage } from '@/components/editor/use-still-on-page';
import { useLiveTexts, type LiveTexts } from './live-texts';
import { TermText } from './term-text';
import styles from './tm-assist.module.css';

interface Props {
  articleId: number;
  termbase: Term[];
  /** A machine translation provider is configured (otherwise no MT button). */
  mtEnabled: boolean;
}

interface Segment {
  id: string;
  field: 'title' | 'digest' | 'body';
  paragraph: number;
  text: string;
}

const LOOKUP_DELAY_MS = 700;

function segmentsOf(texts: LiveTexts, from: Lang): Segment[] {
  const suffix = from === 'en' ? 'En' : 'Ru';
  const out: Segment[] = [];
  const title = texts[`title${suffix}`].trim();
  if (title) out.push({ id: 'title', field: 'title', paragraph: 0, text: title });
  const digest = texts[`digest${suffix}`].trim();
  if (digest) out.push({ id: 'digest', field: 'digest', paragraph: 0, text: digest });
  splitParagraphs(texts[`body${suffix}`]).forEach((text, i) => out.push({ id: `p${i}`, field: 'body', paragraph: i, text }));
  return out.slice(0, 200);
}

/** The side with text and the other without starts as the source; English otherwise. */
function defaultFrom(texts: LiveTexts | null): Lang {
  if (!texts) return 'en';
  return texts.bodyRu.trim() && !texts.bodyEn.trim() ? 'ru' : 'en';
}

/**
 * Translation help beside the editor: for the title, the digest and each paragraph of the side
 * written from, the termbase terms underlined (hover: approved translation and note; click: insert
 * at the cursor of the other side) and the translation memory's best matches, each inserted by one
 * click, never on its own. With a provider configured, a machine translation draft too.
 */
export function TmAssist({ articleId, termbase, mtEnabled }: Props) {
  const t = useTranslations('translation');
  const locale = useLocale();
  const texts = useLiveTexts();
  const [from, setFrom] = useState<Lang>(() => defaultFrom(texts));
  const to = otherLang(from);
  const compiled = useMemo(() => compileTermbase(termbase, from), [termbase, from]);
  const segments = useMemo(() => (texts ? segmentsOf(texts, from) : []), [texts, from]);

  const [found, setFound] = useState<Record<string, TmSuggestion[]>>({});
  const [lookupError, setLookupError] = useState<string | null>(null);
  const cache = useRef(new Map<string, TmSuggestion[]>());
  // A server action posts to the address shown: no lookup once a link has taken the browser elsewhere.
  const stillOnPage = useStillOnPage();

  useEffect(() => {
    const key = (s: Segment) => `${from}\u0000${s.text}`;
    const missing = segments.filter((s) => !cache.current.has(key(s)));
    const show = () => setFound(Object.fromEntries(segments.map((s) => [s.id, cache.current.get(key(s)) ?? []])));
    if (missing.length === 0) {
      show();
      return;
    }
    const timer = setTimeout(async () => {
      if (!stillOnPage()) return;
      const result = await lookupTranslationMemoryAction({ articleId, from, segments: missing.map((s) => ({ id: s.id, text: s.text })) }).catch(() => null);
      if (!result || !result.ok) {
        setLookupError(result ? result.error : 'failed');
        return;
      }
      setLookupError(null);
      for (const r of result.results) {
        const segment = missing.find((s) => s.id === r.id);
        if (segment) cache.current.set(key(segment), r.suggestions);
      }
      show();
    }, LOOKUP_DELAY_MS);
    return () => clearTimeout(timer);
  }, [segments, from, articleId, stillOnPage]);

  // Machine translation drafts per segment, and what was inserted from them (labelled until edited).
  const [mt, setMt] = useState<Record<string, { text?: string; error?: string; lost?: number; busy?: boolean }>>({});
  const [mtInserted, setMtInserted] = useState<{ field: string; text: string }[]>([]);
  const translate = async (segment: Segment) => {
    setMt((m) => ({ ...m, [segment.id]: { busy: true } }));
    const result = await machineTranslateAction({ from, texts: [segment.text] }).catch(() => null);
    setMt((m) => ({
      ...m,
      [segment.id]: result?.ok ? { text: result.texts[0] ?? '', lost: result.lost } : { error: result ? result.error : 'mt_unavailable' },
    }));
  };

  const insert = (segment: Segment, text: string, fromMt = false) => {
    const target = fieldId(segment.field, to);
    const el = typeof document !== 'undefined' ? (document.getElementById(target) as HTMLTextAreaElement | null) : null;
    const targetParagraphs = el ? splitParagraphs(el.value).length : 0;
    const mode = segment.field === 'body' ? (targetParagraphs === segment.paragraph ? 'paragraph' : 'cursor') : 'fill';
    insertIntoField(target, text, mode);
    if (fromMt) setMtInserted((list) => [...list, { field: target, text }]);
  };
  // A term goes where the cursor was last in the other language (the same field by default).
  const insertTerm = (segment: Segment, phrase: string) => insertIntoField(lastFieldOf(to) ?? fieldId(segment.field, to), phrase, 'cursor');

  // An MT draft stays labelled while the inserted text stands unchanged in its field.
  const targetValues = texts ? (Object.values(texts) as string[]) : [];
  const unchangedMt = mtInserted.filter((m) => targetValues.some((v) => v.includes(m.text)));

  const termLabel = (term: Term, forbidden: boolean) =>
    [forbidden ? t('terms.forbidden') : null, t('terms.approved', { phrase: to === 'en' ? term.en : term.ru }), term.note ? t('terms.note', { note: term.note }) : null, t('terms.click')]
      .filter(Boolean)
      .join(' · ');

  if (!texts) return null;
  return (
    <section className={styles.assist} aria-labelledby="tm-assist-title" data-testid="tm-assist">
      <h2 id="tm-assist-title">{t('title')}</h2>
      <fieldset className={styles.direction}>
        <legend className="visually-hidden">{t('direction')}</legend>
        {(['en', 'ru'] as const).map((l) => (
          <label key={l}>
            <input type="radio" name="tm-direction" value={l} checked={from === l} onChange={() => setFrom(l)} /> {t(`from.${l}`)}
          </label>
        ))}
      </fieldset>
      {unchangedMt.length > 0 && (
        <p className={styles.note} role="status">
          {t('mt.draftNote')}
        </p>
      )}
      {lookupError && (
        <p className={styles.error} role="alert">
          {t(`errors.${lookupError === 'unauthenticated' ? 'unauthenticated' : 'lookup'}`)}
        </p>
      )}
      {segments.length === 0 && <p className={styles.meta}>{t('empty', { lang: t(`lang.${from}`) })}</p>}
      {segments.map((segment) => (
        <article key={segment.id} className={styles.segment} data-testid="tm-segment" aria-label={segmentName(t, segment)}>
          <p className={styles.segmentLabel}>{segmentName(t, segment)}</p>
          <TermText text={segment.text} lang={from} termbase={compiled} to={to} onInsert={(phrase) => insertTerm(segment, phrase)} label={termLabel} />
          <ul className={styles.suggestions} aria-label={t('suggestions')}>
            {(found[segment.id] ?? []).map((s) => (
              <li key={s.unitId} className={styles.suggestion} data-testid="tm-suggestion">
                <span className={s.low ? `${styles.badge} ${styles.low}` : styles.badge}>{s.percent}%</span>
                {s.low && <span className={styles.meta}>{t('low')} · </span>}
                <span className={styles.meta}>
                  {s.approved ? t('approved') : t('notApproved')} · {provenance(t, s, locale)}
                </span>
                <p className={styles.text} lang={to}>
                  {s.text}
                </p>
                <p className={styles.diff} aria-label={t('diff')}>
                  {s.diff.map((d, i) => (d.added ? <ins key={i}>{d.text}</ins> : d.removed ? <del key={i}>{d.text}</del> : <span key={i}>{d.text}</span>))}
                </p>
                <button type="button" className="button" onClick={() => insert(segment, s.text)}>
                  {t('insert')}
                </button>
              </li>
            ))}
            {mtEnabled && mt[segment.id]?.text !== undefined && (
              <li className={styles.suggestion} data-testid="mt-suggestion">
                <span className={`${styles.badge} ${styles.mt}`}>{t('mt.badge')}</span>
                <span className={styles.meta}>{t('mt.label')}</span>
                {(mt[segment.id]?.lost ?? 0) > 0 && <span className={styles.error}> · {t('mt.lost')}</span>}
                <p className={styles.text} lang={to}>
                  {mt[segment.id]!.text}
                </p>
                <button type="button" className="button" onClick={() => insert(segment, mt[segment.id]!.text!, true)}>
                  {t('insert')}
                </button>
              </li>
            )}
          </ul>
          {mtEnabled && (
            <p>
              <button type="button" className="button" disabled={mt[segment.id]?.busy} onClick={() => void translate(segment)}>
                {mt[segment.id]?.busy ? t('mt.busy') : t('mt.button')}
              </button>
              {mt[segment.id]?.error && (
                <span className={styles.error} role="alert">
                  {' '}
                  {t(`mt.errors.${mt[segment.id]!.error!.startsWith('mt_') ? mt[segment.id]!.error! : 'mt_unavailable'}`)}
                </span>
              )}
            </p>
          )}
        </article>
      ))}
    </section>
  );
}

type T = ReturnType<typeof useTranslations<'translation'>>;

function segmentName(t: T, segment: Segment): string {
  return segment.field === 'body' ? t('segment.paragraph', { n: segment.paragraph + 1 }) : t(`segment.${segment.field}`);
}

function provenance(t: T, s: TmSuggestion, locale: string): string {
  const p = s.provenance;
  const issue = p.issueNumber != null && p.issueYear != null ? t('issue', { number: p.issueNumber, year: p.issueYear }) : t('noIssue');
  return [issue, p.articleTitle, p.date ? formatDate(p.date, locale) : ''].filter(Boolean).join(' · ');
}
