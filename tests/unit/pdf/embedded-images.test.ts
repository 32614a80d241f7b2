import { describe, expect, it } from 'vitest';
import { RELEASE_LABELS } from '@/lib/domain/release-labels';
import { renderEditionPdf } from '@/lib/pdf/render-edition-pdf';
import { readPdf } from '@/tests/helpers/read-pdf';
import { syntheticEdition, syntheticPhoto } from '@/tests/helpers/synthetic-edition';

/** Image objects in the file (pdfkit writes no object streams, so each one's dictionary is readable). */
const embeddedImages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Subtype \/Image/g)?.length ?? 0;

describe('photos in the edition PDF', () => {
  it('embeds each distinct photo once, however many articles show it and whatever buffer holds it', async () => {
    const shared = await syntheticPhoto(900, 600, 'Shared photo');
    const other = await syntheticPhoto(600, 900, 'Other photo');
    const data = syntheticEdition({ lang: 'en', articlesPerSection: 1, paragraphsPerArticle: 1 });
    const articles = data.sections.flatMap((s) => s.articles);
    articles[0]!.photos = [shared];
    articles[1]!.photos = [shared];
    // Equal bytes in another buffer (as two loads of the same stored file would give).
    articles[2]!.photos = [{ ...shared, data: Uint8Array.from(shared.data) }];
    articles[3]!.photos = [other];

    const rendered = await renderEditionPdf(data, RELEASE_LABELS.en);
    const pdf = await readPdf(rendered.pdf);

    expect(pdf.images.reduce((n, count) => n + count, 0)).toBe(4);
    expect(embeddedImages(rendered.pdf)).toBe(2);
  }, 120_000);
});
