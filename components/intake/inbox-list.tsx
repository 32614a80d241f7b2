'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { createArticleFromItemAction, setItemStatusAction } from '@/app/actions/intake';
import type { IntakeStatus } from '@/lib/db/schema';
import type { RelevanceMatch } from '@/lib/domain/intake/relevance-types';
import { HighlightedText } from './highlighted-text';
import own from './intake.module.css';

/** An inbox item as the list shows it (names and dates already in the UI language). */
export interface InboxEntry {
  id: number;
  url: string;
  displayUrl: string;
  title: string;
  summary: string;
  published: string | null;
  language: string | null;
  languageName: string | null;
  countryName: string | null;
  score: number;
  matches: RelevanceMatch[];
  status: IntakeStatus;
  outletName: string | null;
  article: { id: number; title: string } | null;
}

type Option = { value: string; label: string };
type Notice = { itemId: number; kind: 'error' | 'exists'; text: string; articleId?: number };

/** Is the key meant for a field (typing), not for triage? */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The inbox list with keyboard triage: j / ↓ next, k / ↑ previous, s keep, d dismiss, u back to new,
 * c create article, Enter open (the article made from it, else the source page in a new tab).
 * A triaged item leaves the tab at once; the counts follow with the server's refresh.
 */
export function InboxList({ items, status, countries }: { items: InboxEntry[]; status: IntakeStatus; countries: Option[] }) {
  const t = useTranslations('intake.inbox');
  const tIntake = useTranslations('intake');
  const router = useRouter();
  const [gone, setGone] = useState<ReadonlySet<number>>(new Set());
  const visible = useMemo(() => items.filter((item) => !gone.has(item.id)), [items, gone]);
  const [selectedId, setSelectedId] = useState<number | null>(visible[0]?.id ?? null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [askCountry, setAskCountry] = useState<number | null>(null);
  const [busy, startTransition] = useTransition();
  const [announce, setAnnounce] = useState('');
  const listRef = useRef<HTMLOListElement>(null);

  const selectedIndex = Math.max(0, visible.findIndex((item) => item.id === selectedId));
  const selected = visible[selectedIndex] ?? null;

  // Keep a selection when the list changes under it (a triaged item left, the server refreshed).
  useEffect(() => {
    if (visible.length > 0 && !visible.some((item) => item.id === selectedId)) setSelectedId(visible[Math.min(selectedIndex, visible.length - 1)]!.id);
  }, [visible, selectedId, selectedIndex]);

  const select = useCallback(
    (index: number) => {
      const item = visible[Math.min(Math.max(index, 0), visible.length - 1)];
      if (!item) return;
      setSelectedId(item.id);
      listRef.current?.querySelector<HTMLElement>(`[data-item-id="${item.id}"]`)?.scrollIntoView({ block: 'nearest' });
    },
    [visible],
  );

  const triage = useCallback(
    (item: InboxEntry, next: 'new' | 'kept' | 'dismissed') => {
      if (item.status === next || item.status === 'used') return;
      const index = visible.indexOf(item);
      setGone((prev) => new Set(prev).add(item.id));
      const after = visible[index + 1] ?? visible[index - 1];
      if (after) setSelectedId(after.id);
      setAnnounce(t(`done.${next}`, { title: item.title }));
      startTransition(async () => {
        const result = await setItemStatusAction({ itemId: item.id, status: next });
        if (!result.ok) {
          setGone((prev) => {
            const copy = new Set(prev);
            copy.delete(item.id);
            return copy;
          });
          setNotice({ itemId: item.id, kind: 'error', text: tIntake(result.error) });
        }
      });
    },
    [visible, t, tIntake],
  );

  const create = useCallback(
    (item: InboxEntry, countryCode = '') => {
      setNotice(null);
      startTransition(async () => {
        const result = await createArticleFromItemAction({ itemId: item.id, countryCode });
        if (result.ok) {
          if (result.outcome === 'exists') setNotice({ itemId: item.id, kind: 'exists', text: t('exists', { id: result.articleId }), articleId: result.articleId });
          else router.push(`/desk/articles/${result.articleId}`);
          return;
        }
        if (result.fields?.countryCode) {
          setAskCountry(item.id);
          setNotice({ itemId: item.id, kind: 'error', text: t('needCountry') });
          return;
        }
        setNotice({ itemId: item.id, kind: 'error', text: tIntake(result.error) });
      });
    },
    [router, t, tIntake],
  );

  const open = useCallback(
    (item: InboxEntry) => {
      if (item.article) router.push(`/desk/articles/${item.article.id}`);
      else window.open(item.url, '_blank', 'noopener,noreferrer');
    },
    [router],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
      // Enter on a link or a button does what that control does.
      if (event.key === 'Enter' && event.target instanceof HTMLElement && event.target.closest('a, button')) return;
      const item = selected;
      switch (event.key) {
        case 'j':
        case 'ArrowDown':
          select(selectedIndex + 1);
          break;
        case 'k':
        case 'ArrowUp':
          select(selectedIndex - 1);
          break;
        case 's':
          if (item) triage(item, 'kept');
          break;
        case 'd':
          if (item) triage(item, 'dismissed');
          break;
        case 'u':
          if (item) triage(item, 'new');
          break;
        case 'c':
          if (item && !item.article) create(item);
          break;
        case 'Enter':
          if (item) open(item);
          break;
        default:
          return;
      }
      event.preventDefault();
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selected, selectedIndex, select, triage, create, open]);

  if (visible.length === 0) return <p className={own.empty}>{t(`empty.${status}`)}</p>;

  return (
    <>
      <p className={own.keysHelp} id="inbox-keys">
        {t.rich('keys', { kbd: (chunks) => <kbd>{chunks}</kbd> })}
      </p>
      <p className={own.visuallyHidden} role="status" aria-live="polite">
        {announce}
      </p>
      <ol className={own.items} ref={listRef} aria-label={t('listLabel')} aria-describedby="inbox-keys" aria-busy={busy}>
        {visible.map((item) => {
          const isSelected = item.id === selected?.id;
          const titleMatches = item.matches.filter((m) => m.field === 'title');
          const summaryMatches = item.matches.filter((m) => m.field === 'summary');
          return (
            <li
              key={item.id}
              data-item-id={item.id}
              data-selected={isSelected || undefined}
              aria-current={isSelected ? 'true' : undefined}
              className={own.item}
              onClick={(event) => {
                if (!(event.target instanceof HTMLElement && event.target.closest('a, button, select'))) setSelectedId(item.id);
              }}
            >
              {item.outletName && <span className={own.outletLabel}>{item.outletName}</span>}
              <h2 className={own.itemTitle} lang={item.language ?? undefined}>
                <a href={item.url} target="_blank" rel="noopener noreferrer nofollow" onFocus={() => setSelectedId(item.id)}>
                  <HighlightedText text={item.title || item.displayUrl} ranges={item.title ? titleMatches : []} />
                </a>
              </h2>
              {item.summary && (
                <p className={own.summary} lang={item.language ?? undefined}>
                  <HighlightedText text={item.summary} ranges={summaryMatches} />
                </p>
              )}
              <p className={own.meta}>
                {item.published && <span>{item.published}</span>}
                <span>{item.countryName ? t('countryGuess', { country: item.countryName }) : t('noCountry')}</span>
                {item.languageName && <span>{item.languageName}</span>}
                <span title={t('scoreHint')}>{t('score', { score: item.score })}</span>
                {item.matches.length > 0 && <span>{t('matched', { words: [...new Set(item.matches.map((m) => m.term))].join(', ') })}</span>}
                <span className={own.url}>{item.displayUrl}</span>
              </p>
              {item.article && (
                <p className={own.used}>
                  {t.rich('usedIn', { link: (chunks) => <Link href={`/desk/articles/${item.article!.id}`}>{chunks}</Link>, id: item.article.id, title: item.article.title || '—' })}
                </p>
              )}
              <div className={own.actions}>
                {!item.article && (
                  <button type="button" className="button primary" onClick={() => create(item)} disabled={busy}>
                    {t('create')}
                  </button>
                )}
                {item.status !== 'kept' && item.status !== 'used' && (
                  <button type="button" className="button" onClick={() => triage(item, 'kept')} disabled={busy}>
                    {t('keep')}
                  </button>
                )}
                {item.status !== 'dismissed' && item.status !== 'used' && (
                  <button type="button" className="button" onClick={() => triage(item, 'dismissed')} disabled={busy}>
                    {t('dismiss')}
                  </button>
                )}
                {(item.status === 'kept' || item.status === 'dismissed') && (
                  <button type="button" className="button" onClick={() => triage(item, 'new')} disabled={busy}>
                    {t('restore')}
                  </button>
                )}
              </div>
              {askCountry === item.id && <CountryPick countries={countries} onPick={(code) => create(item, code)} busy={busy} />}
              {notice?.itemId === item.id && (
                <p className={notice.kind === 'error' ? own.error : own.exists} role={notice.kind === 'error' ? 'alert' : 'status'}>
                  {notice.text}{' '}
                  {notice.articleId && <Link href={`/desk/articles/${notice.articleId}`}>{t('openArticle')}</Link>}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}

function CountryPick({ countries, onPick, busy }: { countries: Option[]; onPick: (code: string) => void; busy: boolean }) {
  const t = useTranslations('intake.inbox');
  const [code, setCode] = useState('');
  return (
    <div className={own.countryPick}>
      <label>
        {t('pickCountry')}{' '}
        <select value={code} onChange={(e) => setCode(e.target.value)} autoFocus>
          <option value="">—</option>
          {countries.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="button" className="button primary" disabled={!code || busy} onClick={() => onPick(code)}>
        {t('create')}
      </button>
    </div>
  );
}
