'use client';

import { useCallback, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { saveArticleAction, type EditorValues, type SaveArticleResult, type SourceUseView } from '@/app/actions/articles';
import { languageCompleteness, type PhotoCaptions } from '@/lib/domain/article-completeness';
import { countryLabel, resolveCountry, type CountryChoice } from '@/lib/domain/country-pick';
import { formatDateTime } from '@/lib/domain/date-format';
import { BodyPreview } from './body-preview';
import { CompletenessMark } from './completeness-mark';
import { ConflictNotice, type Conflict } from './conflict-notice';
import { CountryField } from './country-field';
import { useDraftHandle } from './draft-context';
import { SourcesField } from './sources-field';
import { TitleField } from './title-field';
import { useLeaveGuard } from './use-leave-guard';
import { useStillOnPage } from './use-still-on-page';
import { usePublishLiveTexts } from '@/components/translation/live-texts';
import styles from './editor.module.css';

const AUTOSAVE_DELAY_MS = 3000;

export interface EditorArticle {
  id: number;
  version: number;
  updatedAt: string;
  updatedByName: string | null;
}

interface Props {
  article: EditorArticle;
  /** The stored values; `country` is the country code. */
  initial: EditorValues;
  choices: CountryChoice[];
  photoCaptions: PhotoCaptions[];
  initialUsage: SourceUseView[];
  lang: 'en' | 'ru';
}

type SaveState = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; key: string };

/** What the server would store: blank source rows do not count as a change. */
function comparable(values: EditorValues, choices: readonly CountryChoice[]): string {
  return JSON.stringify({
    ...values,
    country: resolveCountry(choices, values.country)?.code ?? values.country.trim(),
    sources: values.sources.map((s) => s.trim()).filter(Boolean),
  });
}

function withCountryLabel(values: EditorValues, choices: readonly CountryChoice[], lang: 'en' | 'ru'): EditorValues {
  const choice = choices.find((c) => c.code === values.country);
  return { ...values, country: choice ? countryLabel(choice, lang) : values.country };
}

/**
 * The article form: English and Russian side by side, live preview of the body, sources, and a
 * completeness mark per language. Saves on demand and 3 s after typing stops, always against the
 * version the text was loaded from; a conflict keeps the user's text and says who saved first.
 */
export function ArticleEditor({ article, initial, choices, photoCaptions, initialUsage, lang }: Props) {
  const t = useTranslations('editor');
  const locale = useLocale();
  const router = useRouter();
  const [values, setValues] = useState<EditorValues>(() => withCountryLabel(initial, choices, lang));
  // The translation checks beside the editor follow the text as it is typed.
  usePublishLiveTexts(values);
  const [version, setVersion] = useState(article.version);
  const [saved, setSaved] = useState({ at: article.updatedAt, by: article.updatedByName });
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [usage, setUsage] = useState(initialUsage);

  const baseline = useRef(comparable(initial, choices));
  const latest = useRef({ values, version, conflict });
  latest.current = { values, version, conflict };
  const inFlight = useRef<Promise<boolean> | null>(null);

  // The baseline is a ref: recomputed on every render, after a save too.
  const dirty = comparable(values, choices) !== baseline.current;

  const save = useCallback(async (): Promise<boolean> => {
    while (inFlight.current) await inFlight.current;
    const { values: current, version: base, conflict: open } = latest.current;
    const key = comparable(current, choices);
    if (key === baseline.current) return true;
    if (open) return false;
    const run = (async () => {
      setState({ kind: 'saving' });
      let result: SaveArticleResult;
      try {
        const country = resolveCountry(choices, current.country)?.code ?? current.country;
        result = await saveArticleAction({ ...current, country, id: article.id, expectedVersion: base });
      } catch {
        setState({ kind: 'error', key: 'network' });
        return false;
      }
      if (result.ok) {
        baseline.current = key;
        latest.current.version = result.version;
        setVersion(result.version);
        if (result.changed) setSaved({ at: result.updatedAt, by: null });
        setErrors({});
        setUsage(result.sourceUsage);
        setState({ kind: 'saved' });
        // The review panel, the header and the diff are rendered on the server from the stored text.
        if (result.changed) router.refresh();
        return true;
      }
      if (result.error === 'conflict' && result.conflict) {
        setConflict({ ...result.conflict, current: result.current ?? null, mine: current });
        setState({ kind: 'idle' });
        return false;
      }
      setErrors(result.fields ?? {});
      setState({ kind: 'error', key: result.error });
      return false;
    })();
    inFlight.current = run;
    try {
      return await run;
    } finally {
      inFlight.current = null;
    }
  }, [article.id, choices, router]);

  // Autosave: 3 s after the last change, unless a conflict waits for the user's decision, and only
  // while this page is shown (after a link the leave guard has saved; see useStillOnPage).
  const stillOnPage = useStillOnPage();
  useEffect(() => {
    if (!dirty || conflict) return;
    const timer = setTimeout(() => {
      if (stillOnPage()) void save();
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [values, dirty, conflict, save, stillOnPage]);

  const formRef = useRef<HTMLFormElement>(null);
  useLeaveGuard(dirty, save, formRef);

  const draft = useDraftHandle();
  useEffect(() => {
    if (!draft) return;
    draft.current = { flush: save, version: () => latest.current.version };
    return () => {
      draft.current = null;
    };
  }, [draft, save]);

  const set = <K extends keyof EditorValues>(key: K, value: EditorValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void save();
    }
  };

  const reloadTheirs = () => {
    if (!conflict?.current) return;
    const { version: theirs, status: _status, ...rest } = conflict.current;
    baseline.current = comparable(rest, choices);
    latest.current.version = theirs;
    setValues(withCountryLabel(rest, choices, lang));
    setVersion(theirs);
    setSaved({ at: conflict.changedAt, by: conflict.changedBy });
    setConflict(null);
    setErrors({});
    setState({ kind: 'idle' });
  };

  const sourceErrors: Record<number, string> = {};
  for (const [field, key] of Object.entries(errors)) {
    const m = /^sources\.(\d+)$/.exec(field);
    if (m) sourceErrors[Number(m[1])] = key;
  }
  const fieldError = (field: string) => (errors[field] ? t(`errors.${errors[field]}`) : undefined);
  const when = (iso: string) => formatDateTime(iso, locale);

  return (
    <form ref={formRef} className={styles.editor} onSubmit={onSubmit} onKeyDown={onKeyDown} aria-describedby="editor-status" noValidate>
      {conflict && <ConflictNotice conflict={conflict} onReload={reloadTheirs} when={when} />}

      <div className={styles.metaRow}>
        <CountryField
          id="article-country"
          choices={choices}
          lang={lang}
          value={values.country}
          onChange={(text) => set('country', text)}
          error={errors.countryCode}
          required
        />
        <TextField id="article-date" label={t('fields.eventDate')} type="date" value={values.eventDate} onChange={(v) => set('eventDate', v)} error={fieldError('eventDate')} />
        <TextField
          id="article-outlet"
          label={t('fields.outlet')}
          hint={t('fields.outletHint')}
          value={values.outlet}
          onChange={(v) => set('outlet', v)}
          error={fieldError('outlet')}
        />
      </div>

      <div className={styles.languages}>
        {(['en', 'ru'] as const).map((l) => {
          const suffix = l === 'en' ? 'En' : 'Ru';
          const title = `title${suffix}` as const;
          const body = `body${suffix}` as const;
          const digest = `digest${suffix}` as const;
          return (
            <section key={l} className={styles.language} aria-labelledby={`lang-${l}`}>
              <h2 id={`lang-${l}`}>{t(`lang.${l}`)}</h2>
              <CompletenessMark lang={l} state={languageCompleteness(values, photoCaptions, l)} />
              <TitleField id={`article-${title}`} label={t('fields.title')} value={values[title]} onChange={(v) => set(title, v)} error={fieldError(title)} lang={l} />
              <div className={styles.field}>
                <label htmlFor={`article-${body}`}>{t('fields.body')}</label>
                <textarea
                  id={`article-${body}`}
                  lang={l}
                  rows={14}
                  value={values[body]}
                  onChange={(e) => set(body, e.target.value)}
                  aria-describedby="body-hint"
                  aria-invalid={errors[body] ? true : undefined}
                />
                {fieldError(body) && <span className={styles.error}>{fieldError(body)}</span>}
              </div>
              <TextField
                id={`article-${digest}`}
                label={t('fields.digest')}
                hint={t('fields.digestHint')}
                value={values[digest]}
                onChange={(v) => set(digest, v)}
                error={fieldError(digest)}
                lang={l}
              />
              <div className={styles.preview} aria-label={t('fields.previewOf', { lang: t(`lang.${l}`) })} role="region">
                <p className={styles.previewLabel}>{t('fields.preview')}</p>
                {values.outlet && <p className={styles.previewOutlet}>{values.outlet}</p>}
                <p className={styles.previewTitle} lang={l}>
                  {values[title] || t('untitled')}
                </p>
                <BodyPreview markdown={values[body]} lang={l} empty={t('fields.previewEmpty')} />
              </div>
            </section>
          );
        })}
      </div>
      <p id="body-hint" className={styles.hint}>
        {t('fields.bodyHint')}
      </p>

      <SourcesField sources={values.sources} onChange={(s) => set('sources', s)} errors={sourceErrors} usage={usage} />

      <div className={styles.saveBar}>
        <p id="editor-status" role="status" aria-live="polite" className={state.kind === 'error' ? styles.error : styles.muted}>
          {state.kind === 'saving'
            ? t('save.saving')
            : state.kind === 'error'
              ? t(`save.error.${state.key}`)
              : conflict
                ? t('save.conflict')
                : dirty
                  ? t('save.unsaved')
                  : saved.by
                    ? t('save.savedBy', { time: when(saved.at), version, name: saved.by })
                    : t('save.saved', { time: when(saved.at), version })}
        </p>
        <button type="submit" className="button primary" disabled={state.kind === 'saving' || !!conflict}>
          {t('save.button')}
        </button>
      </div>
      <p className={styles.hint}>{t('save.autosaveNote')}</p>
    </form>
  );
}

function TextField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: string;
  hint?: string;
  error?: string;
  lang?: string;
}) {
  const { id, label, value, onChange, type = 'text', hint, error, lang } = props;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} lang={lang} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy} aria-invalid={error ? true : undefined} />
      {hint && (
        <span id={`${id}-hint`} className={styles.hint}>
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className={styles.error}>
          {error}
        </span>
      )}
    </div>
  );
}
