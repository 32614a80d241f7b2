import { Text } from '@react-pdf/renderer';
import { styles } from '../styles';

/**
 * The page number at the bottom of every body page (the cover pages have none). Part of the body
 * page's layout template, which gets the page number directly: a `fixed` Text with a render
 * callback was re-measured on a page of its own for every page and round (~12% of a render).
 */
export function PageFooter({ pageNumber }: { pageNumber: number }) {
  return <Text style={styles.footer}>{String(pageNumber)}</Text>;
}
