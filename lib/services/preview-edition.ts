import type { DbOrTx } from '@/lib/db/client';
import type { Lang } from '@/lib/domain/lang';
import type { Actor } from './actor';
import { assertDeskUser, loadIssue } from './issue-access';
import { loadEditionData } from './load-edition-data';
import { editionFileName } from './render-edition';
import { renderEditionCached, type CachedRender } from './rendering/render-cached';
import type { EditionRenderer } from './rendering/rendered-pdf';

export interface PreviewEditionInput {
  issueId: number;
  lang: Lang;
}

export interface EditionPreview extends CachedRender {
  fileName: string;
}

/**
 * Renders one edition of an issue as it stands now, for any desk user (read-only). Incomplete texts
 * refuse with EditionIncompleteError; an unchanged edition comes from the render cache.
 */
export async function previewEdition(
  db: DbOrTx,
  actor: Actor,
  input: PreviewEditionInput,
  render?: EditionRenderer,
): Promise<EditionPreview> {
  assertDeskUser(actor);
  const issue = loadIssue(db, input.issueId);
  const ref = { year: issue.year, number: issue.number, lang: input.lang };
  const data = loadEditionData(db, ref);
  const rendered = await renderEditionCached(data, render);
  return { ...rendered, fileName: editionFileName(ref).replace(/\.pdf$/, '-preview.pdf') };
}
