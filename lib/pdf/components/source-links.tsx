import { Link, Text, View } from '@react-pdf/renderer';
import { displaySourceUrl, webLinkTarget } from '@/lib/domain/source-url';
import { styles } from '../styles';

/**
 * Each source on its own line, shown as a browser shows an address (мвд.рф readable, a mixed-script
 * domain in punycode, invisible characters escaped); the link target is the URL itself, and only
 * an http or https URL becomes a link.
 */
export function SourceLinks({ sources }: { sources: string[] }) {
  if (sources.length === 0) return null;
  return (
    <View style={styles.sources}>
      {sources.map((url, i) => {
        const target = webLinkTarget(url);
        return target ? (
          <Link key={`${i}-${url}`} src={target} style={styles.source}>
            {displaySourceUrl(url)}
          </Link>
        ) : (
          <Text key={`${i}-${url}`} style={styles.source}>
            {displaySourceUrl(url)}
          </Text>
        );
      })}
    </View>
  );
}
