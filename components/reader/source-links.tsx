import { displaySourceUrl } from '@/lib/domain/source-url';
import styles from './reader.module.css';

/** The article's sources as links, internationalised domains shown readable (мвд.рф). */
export function SourceLinks({ sources, label }: { sources: string[]; label: string }) {
  if (sources.length === 0) return null;
  return (
    <div className={styles.sources}>
      <span className={styles.sourcesLabel}>{label}:</span>
      <ul>
        {sources.map((url) => (
          <li key={url}>
            <a href={url} rel="noopener noreferrer nofollow external">
              {displaySourceUrl(url)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
