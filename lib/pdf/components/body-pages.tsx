import { Page } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { PageRecorder } from '../page-recorder';
import { styles } from '../styles';
import { PageFooter } from './page-footer';

/**
 * The flow of body pages (A4, the release's margins, the page number at the foot), as the edition and
 * the one-article proof print them. The new pagination engine keeps long issues linear in time;
 * `layout` frames each page it makes and tells the recorder how many there are.
 */
export function BodyPages({ recorder, children }: { recorder: PageRecorder; children: ReactNode }) {
  return (
    <Page
      size="A4"
      style={styles.page}
      experimentalPagination
      layout={({ children: pageContent, pageNumber, totalPages }) => {
        recorder.pages({ totalPages });
        return (
          <>
            {pageContent}
            <PageFooter pageNumber={pageNumber ?? 0} />
          </>
        );
      }}
    >
      {children}
    </Page>
  );
}
