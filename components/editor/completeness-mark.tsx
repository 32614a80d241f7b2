import { useTranslations } from 'next-intl';
import type { LanguageCompleteness } from '@/lib/domain/article-completeness';
import styles from './editor.module.css';

const PARTS = ['title', 'body', 'digest', 'captions'] as const;

/** "English: complete" or "Russian: incomplete — missing title, photo captions". */
export function CompletenessMark({ lang, state }: { lang: 'en' | 'ru'; state: LanguageCompleteness }) {
  const t = useTranslations('editor');
  const missing = PARTS.filter((p) => !state[p]).map((p) => t(`completeness.${p}`));
  return (
    <p className={state.complete ? styles.complete : styles.incomplete}>
      <span aria-hidden="true">{state.complete ? '✓ ' : '○ '}</span>
      {t('completeness.label', { lang: t(`lang.${lang}`) })}{' '}
      <strong>{state.complete ? t('completeness.complete') : t('completeness.incomplete')}</strong>
      {missing.length > 0 && <span> — {t('completeness.missing', { list: missing.join(', ') })}</span>}
    </p>
  );
}
