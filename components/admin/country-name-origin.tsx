'use client';

import { useTranslations } from 'next-intl';
import type { CountryNameView } from '@/lib/services/load-country-editor';
import styles from './admin.module.css';

/** Under a name field: where the name came from, and the shipped name when a person's differs from it. */
export function CountryNameOrigin({ name }: { name: CountryNameView }) {
  const t = useTranslations('admin.country');
  return (
    <span className={styles.hint}>
      {t('originLabel', { origin: t(`origin.${name.origin ?? 'unknown'}`) })}
      {name.reference !== null && (
        <>
          {' '}
          {t('reference', { value: name.reference })}
        </>
      )}
    </span>
  );
}
