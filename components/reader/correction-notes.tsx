import { getTranslations } from 'next-intl/server';
import type { CorrectionNote } from '@/lib/services/correction-notes';
import styles from './reader.module.css';

/** What each correction changed and why, revision by revision (the earlier revisions stay listed with their files). */
export async function CorrectionNotes({ notes, headingLevel = 2 }: { notes: CorrectionNote[]; headingLevel?: 2 | 3 }) {
  const t = await getTranslations('reader.corrections');
  if (notes.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={styles.block} aria-labelledby="correction-notes-title" data-correction-notes>
      <Heading id="correction-notes-title">{t('title')}</Heading>
      <ul>
        {notes.map((n) => (
          <li key={n.revision}>{t('line', { revision: n.revision, note: n.note })}</li>
        ))}
      </ul>
    </section>
  );
}
