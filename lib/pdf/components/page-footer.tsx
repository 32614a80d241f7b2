import { Text } from '@react-pdf/renderer';
import type { PageRecorder } from '../page-recorder';
import { styles } from '../styles';

/** The page number at the bottom of every body page (the cover pages have none). */
export function PageFooter({ recorder }: { recorder: PageRecorder }) {
  return (
    <Text
      fixed
      style={styles.footer}
      render={({ pageNumber, totalPages }) => {
        recorder.pages({ totalPages });
        return String(pageNumber);
      }}
    />
  );
}
