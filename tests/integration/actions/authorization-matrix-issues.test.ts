import sharp from 'sharp';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';

vi.mock('next/headers', () => import('@/tests/helpers/next-headers-mock'));
vi.mock('next/cache', () => ({ refresh: vi.fn(), revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));
// Publishing and previewing render with the default renderer: a fake one keeps the matrix fast.
vi.mock('@/lib/services/rendering/render-off-thread', async () => ({
  renderOffThread: (await import('@/tests/helpers/issue-desk')).fakeRenderer(),
  warmRenderWorker: () => {},
}));

import {
  createIssueAction,
  deleteIssueAction,
  publishIssueAction,
  reorderIssueArticlesAction,
  setIssueArticlesAction,
  startCorrectionAction,
  updateIssueDetailsAction,
  updateIssueSummaryAction,
} from '@/app/actions/issues';
import { deletePhotoAction, reorderPhotosAction, updatePhotoAction } from '@/app/actions/photos';
import { addCommentAction } from '@/app/actions/articles';
import { GET as previewRoute } from '@/app/api/issues/[id]/preview/[lang]/route';
import { articleComments, issueArticles, issues, photos, releaseFiles } from '@/lib/db/schema';
import type { ArticleState, Role } from '@/lib/domain/workflow';
import { createArticle } from '@/lib/services/create-article';
import { publishIssue } from '@/lib/services/publish-issue';
import { saveArticle } from '@/lib/services/save-article';
import { transitionArticle } from '@/lib/services/transition-article';
import { uploadPhoto } from '@/lib/services/upload-photo';
import { createApprovedArticle } from '@/tests/helpers/approved-articles';
import { assembledIssue, fakeRenderer, MARCH_2024, setupDesk, type DeskSetup } from '@/tests/helpers/issue-desk';
import { requestContext } from '@/tests/helpers/next-headers-mock';
import { sessionTokenFor } from '@/tests/helpers/test-app';
import { snapshotWorld } from '@/tests/helpers/world-snapshot';
import { READY } from '@/tests/integration/services/articles/setup';

/**
 * Who may do what with issues, photos and comments, asserted on the server: every cell builds its
 * own desk (fresh database and data folder), calls the real server action or route handler, and
 * checks the effect when allowed, or the refusal and that no row and no file changed.
 */
type Who = 'anonymous' | Role;
const WHO: readonly Who[] = ['anonymous', 'editor', 'chief', 'admin'];

const Y = true;
const N = false;
//                                                    anonymous editor chief admin
const MATRIX = {
  'create an issue':                                     [N, N, Y, Y],
  'change the period and place':                         [N, N, Y, Y],
  'change the summary':                                  [N, N, Y, Y],
  'reset the summary to the generated text':             [N, N, Y, Y],
  'add articles to the issue':                           [N, N, Y, Y],
  'reorder the articles':                                [N, N, Y, Y],
  'preview an edition':                                  [N, Y, Y, Y],
  publish:                                               [N, N, Y, Y],
  'open a correction':                                   [N, N, Y, Y],
  'delete a draft issue':                                [N, N, Y, Y],
  'edit a photo caption (draft)':                        [N, Y, Y, Y],
  'reorder photos (draft)':                              [N, Y, Y, Y],
  'delete a photo (draft)':                              [N, Y, Y, Y],
  'edit a photo caption (in review)':                    [N, N, Y, Y],
  'delete a photo (in review)':                          [N, N, Y, Y],
  'delete a photo (approved)':                           [N, N, N, N],
  'comment on an article':                               [N, Y, Y, Y],
} as const satisfies Record<string, readonly [boolean, boolean, boolean, boolean]>;
type Capability = keyof typeof MATRIX;

let jpeg: Buffer;
let desk: DeskSetup;
beforeAll(async () => {
  jpeg = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#336699' } }).jpeg().toBuffer();
});
beforeEach(async () => {
  desk = await setupDesk();
});
afterEach(() => requestContext.reset());

async function signInAs(who: Who): Promise<void> {
  requestContext.reset();
  if (who !== 'anonymous') requestContext.signIn(await sessionTokenFor(desk.db, { id: desk[who].id! }));
}

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
};
/** Cells hand ids around in a plain record: a missing one is a bug in the cell, caught by the lookup. */
const issueRow = (id: number | undefined) => desk.db.select().from(issues).where(eq(issues.id, id!)).get();
const photoRows = (articleId: number) => desk.db.select().from(photos).where(eq(photos.articleId, articleId)).orderBy(photos.position).all();

/** Runs something that may end in redirect(); returns the redirect target or the value. */
async function settle<T>(run: Promise<T>): Promise<{ redirect: string } | { value: T }> {
  try {
    return { value: await run };
  } catch (error) {
    const digest = (error as { digest?: string } | null)?.digest ?? '';
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    return { redirect: digest.split(';')[2]! };
  }
}

/** An article of the editor in `state`, with two photos. */
async function articleWithPhotos(state: Extract<ArticleState, 'draft' | 'in_review' | 'approved'>) {
  const { db, editor, chief } = desk;
  const created = createArticle(db, editor, { countryCode: 'KZ', eventDate: READY.eventDate });
  saveArticle(db, editor, { ...READY, id: created.id, expectedVersion: created.version });
  const photoIds: number[] = [];
  for (const caption of ['First', 'Second']) {
    photoIds.push((await uploadPhoto(db, editor, { articleId: created.id, bytes: jpeg, captionEn: caption })).id);
  }
  if (state !== 'draft') transitionArticle(db, editor, { id: created.id, transition: 'submit' });
  if (state === 'approved') transitionArticle(db, chief, { id: created.id, transition: 'approve' });
  return { articleId: created.id, photoIds };
}

type Outcome = { redirect: string } | { value: unknown };
interface Cell {
  /** Builds the state the request needs; returns what act and check need. */
  arrange: () => Promise<Record<string, number>> | Record<string, number>;
  act: (ctx: Record<string, number>) => Promise<Outcome>;
  /** The effect of an allowed request. */
  allowed: (ctx: Record<string, number>, out: Outcome, who: Role) => void;
  /** How this entry point says no (that nothing changed is checked for every refused cell). */
  refused: (out: Outcome, who: Who) => void;
}

const actionRefusal = (out: Outcome, who: Who) =>
  expect(out).toMatchObject({ value: { ok: false, error: who === 'anonymous' ? 'unauthenticated' : 'forbidden' } });

const draftIssue = () => ({ issueId: assembledIssue(desk.db, desk.chief).issueId });
const publishedIssue = async () => {
  const { issueId } = assembledIssue(desk.db, desk.chief);
  await publishIssue(desk.db, desk.chief, { issueId }, { render: fakeRenderer() });
  return { issueId };
};
const SUMMARY = 'Our own paragraph: 3 events in counternarcotics were covered.';

const CELLS: Record<Capability, Cell> = {
  'create an issue': {
    arrange: () => ({}),
    act: () => settle(createIssueAction(null, form({ periodStart: '2027-01-01', periodEnd: '2027-01-31', number: '' }))),
    allowed: (_ctx, out) => {
      expect(out).toMatchObject({ value: { ok: true, issueId: expect.any(Number) } });
      const issueId = (out as { value: { issueId: number } }).value.issueId;
      expect(issueRow(issueId)).toMatchObject({ year: 2027, number: 1, status: 'draft', periodStart: '2027-01-01' });
    },
    refused: actionRefusal,
  },
  'change the period and place': {
    arrange: draftIssue,
    act: ({ issueId }) => settle(updateIssueDetailsAction(null, form({ issueId: String(issueId), ...MARCH_2024, placeEn: 'Astana', placeRu: 'Астана' }))),
    allowed: ({ issueId }, out) => {
      expect(out).toEqual({ value: { ok: true, issueId } });
      expect(issueRow(issueId)).toMatchObject({ placeEn: 'Astana', placeRu: 'Астана' });
    },
    refused: actionRefusal,
  },
  'change the summary': {
    arrange: draftIssue,
    act: ({ issueId }) =>
      settle(updateIssueSummaryAction(null, form({ issueId: String(issueId), summaryCountsEn: SUMMARY, summaryCountsRu: '', summaryDigestEn: '', summaryDigestRu: '' }))),
    allowed: ({ issueId }, out) => {
      expect(out).toEqual({ value: { ok: true, issueId } });
      expect(issueRow(issueId)!.summaryCountsEn).toBe(SUMMARY);
    },
    refused: actionRefusal,
  },
  'reset the summary to the generated text': {
    arrange: () => {
      const { issueId } = draftIssue();
      desk.db.update(issues).set({ summaryDigestRu: 'Своё резюме' }).where(eq(issues.id, issueId)).run();
      return { issueId };
    },
    act: ({ issueId }) => settle(updateIssueSummaryAction(null, form({ issueId: String(issueId), reset: 'summaryDigestRu' }))),
    allowed: ({ issueId }, out) => {
      expect(out).toEqual({ value: { ok: true, issueId } });
      expect(issueRow(issueId)!.summaryDigestRu).toBeNull();
    },
    refused: actionRefusal,
  },
  'add articles to the issue': {
    arrange: () => ({ ...draftIssue(), extra: createApprovedArticle(desk.db, desk.chief, { countryCode: 'UZ', eventDate: '2024-03-20' }) }),
    act: ({ issueId, extra }) => settle(setIssueArticlesAction({ issueId: issueId!, add: [extra!] })),
    allowed: ({ issueId, extra }, out) => {
      expect(out).toEqual({ value: { ok: true, issueId } });
      expect(desk.db.select().from(issueArticles).where(eq(issueArticles.articleId, extra!)).get()).toMatchObject({ issueId });
    },
    refused: actionRefusal,
  },
  'reorder the articles': {
    arrange: () => {
      const { issueId, articleIds } = assembledIssue(desk.db, desk.chief);
      return { issueId, first: articleIds[0]!, third: articleIds[2]! };
    },
    act: ({ issueId, first, third }) => settle(reorderIssueArticlesAction({ issueId: issueId!, countryCode: 'KZ', articleIds: [third!, first!] })),
    allowed: ({ issueId, first, third }, out) => {
      expect(out).toEqual({ value: { ok: true, issueId } });
      const position = (articleId: number) => desk.db.select().from(issueArticles).where(eq(issueArticles.articleId, articleId)).get()!.position;
      expect(position(third!)).toBeLessThan(position(first!));
    },
    refused: actionRefusal,
  },
  'preview an edition': {
    arrange: draftIssue,
    act: async ({ issueId }) => {
      const response = await previewRoute(new Request(`http://localhost/api/issues/${issueId}/preview/en`), {
        params: Promise.resolve({ id: String(issueId), lang: 'en' }),
      });
      const body = Buffer.from(await response.arrayBuffer());
      return { value: { status: response.status, type: response.headers.get('content-type'), body } };
    },
    allowed: (_ctx, out) => {
      expect(out).toMatchObject({ value: { status: 200, type: 'application/pdf' } });
      expect((out as { value: { body: Buffer } }).value.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    },
    refused: (out, who) => expect(out).toMatchObject({ value: { status: who === 'anonymous' ? 401 : 403 } }),
  },
  publish: {
    arrange: draftIssue,
    act: ({ issueId }) => settle(publishIssueAction(null, form({ issueId: String(issueId), langs: ['en', 'ru'] }))),
    allowed: ({ issueId }, out) => {
      expect(out).toEqual({ value: { ok: true, issueId, revision: 1 } });
      expect(issueRow(issueId)).toMatchObject({ status: 'published', revision: 1 });
      expect(desk.db.select().from(releaseFiles).where(eq(releaseFiles.issueId, issueId!)).all()).toHaveLength(2);
    },
    refused: actionRefusal,
  },
  'open a correction': {
    arrange: publishedIssue,
    act: ({ issueId }) => settle(startCorrectionAction(null, form({ issueId: String(issueId) }))),
    allowed: ({ issueId }, out) => {
      expect(out).toEqual({ value: { ok: true, issueId } });
      expect(issueRow(issueId)).toMatchObject({ status: 'correction', revision: 1 });
    },
    refused: actionRefusal,
  },
  'delete a draft issue': {
    arrange: draftIssue,
    act: ({ issueId }) => settle(deleteIssueAction(null, form({ issueId: String(issueId), confirm: 'yes' }))),
    allowed: ({ issueId }, out) => {
      expect(out).toEqual({ redirect: '/desk/issues' });
      expect(issueRow(issueId)).toBeUndefined();
    },
    refused: actionRefusal,
  },
  'edit a photo caption (draft)': captionCell('draft'),
  'reorder photos (draft)': {
    arrange: async () => {
      const { articleId, photoIds } = await articleWithPhotos('draft');
      return { articleId, first: photoIds[0]!, second: photoIds[1]! };
    },
    act: ({ articleId, first, second }) => settle(reorderPhotosAction({ articleId, photoIds: [second, first] })),
    allowed: ({ articleId, first, second }, out) => {
      expect(out).toEqual({ value: { ok: true } });
      expect(photoRows(articleId!).map((p) => p.id)).toEqual([second, first]);
    },
    refused: actionRefusal,
  },
  'delete a photo (draft)': deletePhotoCell('draft'),
  'edit a photo caption (in review)': captionCell('in_review'),
  'delete a photo (in review)': deletePhotoCell('in_review'),
  'delete a photo (approved)': deletePhotoCell('approved'),
  'comment on an article': {
    arrange: async () => ({ articleId: (await articleWithPhotos('draft')).articleId }),
    act: ({ articleId }) => settle(addCommentAction(null, form({ articleId: String(articleId), body: 'Please check the amount.' }))),
    allowed: ({ articleId }, out, who) => {
      expect(out).toEqual({ value: { ok: true } });
      const comments = desk.db.select().from(articleComments).where(eq(articleComments.articleId, articleId!)).all();
      expect(comments).toEqual([expect.objectContaining({ kind: 'comment', body: 'Please check the amount.', authorId: desk[who].id })]);
    },
    refused: actionRefusal,
  },
};

function captionCell(state: 'draft' | 'in_review'): Cell {
  return {
    arrange: async () => {
      const { articleId, photoIds } = await articleWithPhotos(state);
      return { articleId, photoId: photoIds[0]! };
    },
    act: ({ photoId }) => settle(updatePhotoAction({ photoId, captionEn: 'Seized hashish', captionRu: 'Изъятый гашиш', creditEn: 'Police', creditRu: 'Полиция' })),
    allowed: ({ articleId, photoId }, out) => {
      expect(out).toEqual({ value: { ok: true } });
      expect(photoRows(articleId!).find((p) => p.id === photoId)).toMatchObject({ captionEn: 'Seized hashish', creditRu: 'Полиция' });
    },
    refused: actionRefusal,
  };
}

function deletePhotoCell(state: 'draft' | 'in_review' | 'approved'): Cell {
  return {
    arrange: async () => {
      const { articleId, photoIds } = await articleWithPhotos(state);
      return { articleId, photoId: photoIds[0]! };
    },
    act: ({ photoId }) => settle(deletePhotoAction({ photoId })),
    allowed: ({ articleId, photoId }, out) => {
      expect(out).toEqual({ value: { ok: true } });
      const [kept] = photoRows(articleId!);
      expect(photoRows(articleId!).map((p) => p.id)).toEqual([kept!.id]);
      expect(kept!.id).not.toBe(photoId);
      // Its files go too; the other photo's stay.
      expect(Object.keys(snapshotWorld(desk.db, desk.dir).files).sort()).toEqual([kept!.printFile, kept!.thumbFile].sort());
    },
    refused: (out, who) =>
      who === 'anonymous' ? actionRefusal(out, who) : expect(out).toMatchObject({ value: { ok: false, error: 'forbidden' } }),
  };
}

describe('authorization matrix of the issue, photo and comment actions (server side)', () => {
  for (const capability of Object.keys(MATRIX) as Capability[]) {
    describe(capability, () => {
      WHO.forEach((who, column) => {
        const allowed = MATRIX[capability][column]!;
        it(`${who}: ${allowed ? 'allowed' : 'refused'}`, async () => {
          const cell = CELLS[capability];
          const ctx = await cell.arrange();
          await signInAs(who);
          const before = snapshotWorld(desk.db, desk.dir);
          const out = await cell.act(ctx);
          if (allowed) {
            expect(who).not.toBe('anonymous');
            cell.allowed(ctx, out, who as Role);
          } else {
            cell.refused(out, who);
            expect(snapshotWorld(desk.db, desk.dir)).toEqual(before);
          }
        });
      });
    });
  }
});
