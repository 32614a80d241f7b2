import { Document } from '@react-pdf/renderer';
import type { EditionData, EditionLabels } from '@/lib/domain/edition';
import { formatCoverPeriod } from '@/lib/domain/period';
import { BackCoverPage } from './components/back-cover-page';
import { BodyPages } from './components/body-pages';
import { Contents, type ContentsNumbers } from './components/contents';
import { CountrySection } from './components/country-section';
import { CoverPage } from './components/cover-page';
import { Imprint } from './components/imprint';
import { Summary } from './components/summary';
import type { PageRecorder } from './page-recorder';

export const PDF_CREATOR = 'Release Desk';

export interface EditionDocumentProps {
  data: EditionData;
  labels: EditionLabels;
  /** What the contents prints (see ContentsNumbers); normally 'recorded'. */
  contentsNumbers: ContentsNumbers;
  recorder: PageRecorder;
}

/** The whole edition: cover, imprint + contents + summary + country sections in one flow, back cover. */
export function EditionDocument({ data, labels, contentsNumbers, recorder }: EditionDocumentProps) {
  const period = formatCoverPeriod(data.periodStart, data.periodEnd);
  return (
    <Document
      title={labels.documentTitle(data.number, period)}
      author={data.organisation.name}
      subject={labels.documentSubject}
      creator={PDF_CREATOR}
      producer={PDF_CREATOR}
      language={data.lang}
      pageMode="useOutlines"
    >
      <CoverPage data={data} labels={labels} />
      <BodyPages recorder={recorder}>
        <Imprint data={data} labels={labels} />
        <Contents title={labels.contents} sections={data.sections} numbers={contentsNumbers} recorder={recorder} />
        <Summary summary={data.summary} />
        {data.sections.map((section) => (
          <CountrySection key={section.countryCode} section={section} labels={labels} lang={data.lang} recorder={recorder} />
        ))}
      </BodyPages>
      <BackCoverPage data={data} labels={labels} />
    </Document>
  );
}
