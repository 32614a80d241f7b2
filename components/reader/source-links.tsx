import { displaySourceUrl, webLinkTarget } from '@/lib/domain/source-url';
import styles from './reader.module.css';

/**
 * The article's sources as links, shown as a browser shows an address (мвд.рф readable, a
 * mixed-script domain in punycode, invisible characters escaped); only http and https are links.
 */
export function SourceLinks({ sources, label }: { sources: string[]; label: string }) {
  if (sources.length === 0) return null;
  return (
    <div className={styles.sources}>
      <span className={styles.sourcesLabel}>{label}:</span>
      <ul>
        {sources.map((url) => {
          const target = webLinkTarget(url);
          return (
            <li key={url}>
              {target ? (
                <a href={target} rel="noopener noreferrer nofollow external">
                  {displaySourceUrl(url)}
                </a>
              ) : (
                displaySourceUrl(url)
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
