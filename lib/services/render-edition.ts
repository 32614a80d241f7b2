import crypto from 'node:crypto';
import type { DbOrTx } from '@/lib/db/client';
import type { EditionData } from '@/lib/domain/edition';
import { RELEASE_LABELS } from '@/lib/domain/release-labels';
import { renderEditionPdf } from '@/lib/pdf/render-edition-pdf';
import { loadEditionData, type EditionRef } from './load-edition-data';

export interface RenderedEdition {
  pdf: Buffer;
  pageCount: number;
  sectionPages: Record<string, number>;
  contentHash: string;
  fileName: string;
}

const CACHE_LIMIT = 16;
const cache = new Map<string, Promise<RenderedEdition>>();

/** Renders an edition from the database; an unchanged edition is served from the render cache. */
export async function renderEdition(db: DbOrTx, ref: EditionRef): Promise<RenderedEdition> {
  const data = loadEditionData(db, ref);
  const contentHash = hashEdition(data);
  const cached = cache.get(contentHash);
  if (cached) return cached;
  const rendering = renderEditionPdf(data, RELEASE_LABELS[ref.lang]).then((r) => ({
    ...r,
    contentHash,
    fileName: editionFileName(ref),
  }));
  cache.set(contentHash, rendering);
  rendering.catch(() => cache.delete(contentHash));
  while (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  return rendering;
}

export function editionFileName({ year, number, lang }: EditionRef): string {
  return `caricc-information-release-${year}-${String(number).padStart(2, '0')}-${lang}.pdf`;
}

/** A hash of everything that shows in the PDF; photo bytes enter by their own hash. */
export function hashEdition(data: EditionData): string {
  const json = JSON.stringify(data, (_key, value: unknown) =>
    value instanceof Uint8Array ? crypto.createHash('sha256').update(value).digest('hex') : value,
  );
  return crypto.createHash('sha256').update(json).digest('hex');
}
