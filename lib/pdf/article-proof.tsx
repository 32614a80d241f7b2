import { Document } from '@react-pdf/renderer';
import type { ArticleProofData } from '@/lib/domain/article-proof';
import type { EditionLabels } from '@/lib/domain/edition';
import { CountrySection } from './components/country-section';
import { BodyPages } from './components/body-pages';
import { PDF_CREATOR } from './edition-document';
import { registerEditionFonts } from './fonts';
import { PageRecorder } from './page-recorder';
import { renderToBuffer } from './render-to-buffer';

/**
 * One article as the release prints it: a body page of the edition (same page, margins and footer)
 * holding the article's country section with only this article in it. Nothing here is proof-only:
 * the heading, outlet, title, body, photos and sources are the edition's own components.
 */
export function ArticleProofDocument({ data, labels, recorder }: { data: ArticleProofData; labels: EditionLabels; recorder: PageRecorder }) {
  const article = data.section.articles[0];
  return (
    <Document
      title={[data.section.heading, article?.title.trim()].filter(Boolean).join(' — ')}
      subject={labels.documentSubject}
      creator={PDF_CREATOR}
      producer={PDF_CREATOR}
      language={data.lang}
      pageMode="useOutlines"
    >
      <BodyPages recorder={recorder}>
        <CountrySection section={data.section} labels={labels} lang={data.lang} recorder={recorder} />
      </BodyPages>
    </Document>
  );
}

export interface RenderedProof {
  pdf: Buffer;
  pageCount: number;
}

/** Renders the proof to PDF bytes (in the render worker; see lib/services/rendering). */
export async function renderArticleProofPdf(data: ArticleProofData, labels: EditionLabels): Promise<RenderedProof> {
  registerEditionFonts();
  const recorder = new PageRecorder();
  const pdf = await renderToBuffer(<ArticleProofDocument data={data} labels={labels} recorder={recorder} />);
  return { pdf, pageCount: recorder.totalPages };
}
