import { z } from 'zod';
import type { EditionData } from './edition';

/**
 * The text of one published edition as the web reader shows it, frozen at publication and stored
 * next to the PDF (releases/2024/1/r1-en.json): once an issue is reopened for a correction, the
 * articles in the database may change, the published revision must not.
 */
const snapshotSchema = z.object({
  version: z.literal(1),
  lang: z.enum(['en', 'ru']),
  sections: z.array(
    z.object({
      countryCode: z.string(),
      heading: z.string(),
      articles: z.array(
        z.object({
          id: z.number().int(),
          title: z.string(),
          outlet: z.string(),
          body: z.string(),
          sources: z.array(z.string()),
        }),
      ),
    }),
  ),
});

export type ReaderSnapshot = z.infer<typeof snapshotSchema>;

/** What the reader keeps of an edition: texts, headings and sources (photos stay in the PDF). */
export function readerSnapshotOf(data: EditionData): ReaderSnapshot {
  return {
    version: 1,
    lang: data.lang,
    sections: data.sections.map((section) => ({
      countryCode: section.countryCode,
      heading: section.heading,
      articles: section.articles.map((a) => ({ id: a.id, title: a.title, outlet: a.outlet, body: a.body, sources: a.sources })),
    })),
  };
}

/** A stored snapshot read back; null when it is not one (the reader then falls back to the database). */
export function parseReaderSnapshot(json: string): ReaderSnapshot | null {
  try {
    const parsed = snapshotSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
