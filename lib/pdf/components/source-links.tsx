import { Link, View } from '@react-pdf/renderer';
import { displaySourceUrl } from '@/lib/domain/source-url';
import { styles } from '../styles';

/** Each source on its own line: readable text (мвд.рф), while the link target is the URL itself. */
export function SourceLinks({ sources }: { sources: string[] }) {
  if (sources.length === 0) return null;
  return (
    <View style={styles.sources}>
      {sources.map((url, i) => (
        <Link key={`${i}-${url}`} src={url} style={styles.source}>
          {displaySourceUrl(url)}
        </Link>
      ))}
    </View>
  );
}
