import { z } from 'zod';
import type { DbOrTx } from '@/lib/db/client';
import { LANGS, type Lang } from '@/lib/domain/lang';
import type { Actor } from './actor';
import { checkIssue } from './check-issue';
import { ForbiddenError, ValidationError } from './errors';
import { assertCanAssemble, loadIssue } from './issue-access';
import { IssueNotReadyError } from './issue-errors';
import { loadEditionData } from './load-edition-data';
import { renderEditionCached } from './rendering/render-cached';
import type { EditionRenderer } from './rendering/rendered-pdf';

export interface PlannedEdition {
  lang: Lang;
  pageCount: number;
}

/** What "Publish" is about to make public, for the confirmation the chief editor sees first. */
export interface PublicationPlan {
  issueId: number;
  year: number;
  number: number;
  /** The revision the publication will be. */
  revision: number;
  editions: PlannedEdition[];
}

const schema = z.object({
  issueId: z.number().int().positive(),
  langs: z.array(z.enum(LANGS)).min(1).max(2).optional(),
});

/**
 * Renders the editions to be published (through the same render cache the publication uses, so that
 * publishing right after the confirmation renders nothing again) and names the issue, the revision,
 * the editions and their page counts. Writes nothing.
 */
export async function planPublication(
  db: DbOrTx,
  actor: Actor,
  input: { issueId: number; langs?: Lang[] },
  render?: EditionRenderer,
): Promise<PublicationPlan> {
  assertCanAssemble(actor);
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  const langs = LANGS.filter((l) => (parsed.data.langs ?? LANGS).includes(l));
  const issue = loadIssue(db, parsed.data.issueId);
  if (issue.status === 'published') throw new ForbiddenError('published');
  const check = checkIssue(db, actor, { issueId: issue.id, langs });
  if (!check.publishable) throw new IssueNotReadyError(check.problems);
  const rendered = await Promise.all(
    langs.map((lang) => renderEditionCached(loadEditionData(db, { year: issue.year, number: issue.number, lang }), render)),
  );
  return {
    issueId: issue.id,
    year: issue.year,
    number: issue.number,
    revision: issue.revision + 1,
    editions: langs.map((lang, i) => ({ lang, pageCount: rendered[i]!.pageCount })),
  };
}
