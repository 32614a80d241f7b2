import sharp from 'sharp';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';

vi.mock('next/headers', () => import('@/tests/helpers/next-headers-mock'));
vi.mock('next/cache', () => ({ refresh: vi.fn(), revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

import { requestContext } from '@/tests/helpers/next-headers-mock';
import { createTestUser, sessionTokenFor, useTemporaryAppData, type TestUser } from '@/tests/helpers/test-app';
import { getDb } from '@/lib/db/instance';
import { articles, auditLog, photos, users } from '@/lib/db/schema';
import { getOrganisation } from '@/lib/db/queries/organisation';
import { findUserByEmail } from '@/lib/db/queries/users';
import { listAuditEntries } from '@/lib/db/queries/audit';
import { requirePageUser } from '@/lib/auth/require-page-user';
import { CAN_READ_AUDIT, type ArticleState, type Role } from '@/lib/domain/workflow';
import { userActor, type Actor } from '@/lib/services/actor';
import { transitionArticle } from '@/lib/services/transition-article';
import { createArticleAction, deleteArticleAction, saveArticleAction, transitionArticleAction, type EditorValues } from '@/app/actions/articles';
import { createUserAction, updateOrganisationAction } from '@/app/actions/admin';
import { POST as uploadRoute } from '@/app/api/articles/[id]/photos/route';
import { READY, readyArticle } from '@/tests/integration/services/articles/setup';

/**
 * Who may do what, asserted on the server: every cell calls the real server action, route handler
 * or page guard, and checks both the answer and the database (the effect when allowed, nothing
 * changed when refused).
 */
type Who = 'anonymous' | Role;
const WHO: readonly Who[] = ['anonymous', 'editor', 'chief', 'admin'];

const CAPABILITIES = [
  'see the desk',
  'create',
  'edit',
  'submit',
  'approve',
  'send back',
  'reopen',
  'delete',
  'upload',
  'manage users',
  'settings',
  'read the audit log',
  // Edges of the same rules, where the editor's rights stop.
  'edit in review',
  'delete another editor’s draft',
  'delete an article in review',
  'delete an approved article',
] as const;
type Capability = (typeof CAPABILITIES)[number];

const Y = true;
const N = false;
//                                              anonymous editor chief admin
const MATRIX: Record<Capability, readonly [boolean, boolean, boolean, boolean]> = {
  'see the desk':                                  [N, Y, Y, Y],
  create:                                          [N, Y, Y, Y],
  edit:                                            [N, Y, Y, Y],
  submit:                                          [N, Y, Y, Y],
  approve:                                         [N, N, Y, Y],
  'send back':                                     [N, N, Y, Y],
  reopen:                                          [N, N, Y, Y],
  delete:                                          [N, Y, Y, Y],
  upload:                                          [N, Y, Y, Y],
  'manage users':                                  [N, N, N, Y],
  settings:                                        [N, N, N, Y],
  'read the audit log':                            [N, N, N, Y],
  'edit in review':                                [N, N, Y, Y],
  'delete another editor’s draft':                 [N, N, Y, Y],
  'delete an article in review':                   [N, N, Y, Y],
  'delete an approved article':                    [N, N, N, N],
};

let people: Record<Role, TestUser>;
let editor2: TestUser;
let jpeg: Buffer;
let counter = 0;

beforeAll(async () => {
  useTemporaryAppData();
  const db = getDb();
  people = {
    editor: await createTestUser(db, 'editor'),
    chief: await createTestUser(db, 'chief'),
    admin: await createTestUser(db, 'admin'),
  };
  editor2 = await createTestUser(db, 'editor');
  jpeg = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#336699' } }).jpeg().toBuffer();
});
afterEach(() => requestContext.reset());

async function signInAs(who: Who) {
  requestContext.reset();
  if (who !== 'anonymous') requestContext.signIn(await sessionTokenFor(getDb(), people[who]));
}

const actorOf = (user: TestUser): Actor => userActor(user);

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

/** An article written by `author` (the editor unless told), moved to `state` by the chief editor. */
function articleIn(state: ArticleState, author: TestUser = people.editor): { id: number; version: number } {
  const db = getDb();
  const chief = actorOf(people.chief);
  let article = readyArticle(db, actorOf(author));
  const step = (transition: 'submit' | 'approve' | 'request_changes', comment = '') => {
    article = transitionArticle(db, transition === 'submit' ? actorOf(author) : chief, { id: article.id, transition, comment }).article;
  };
  if (state === 'in_review' || state === 'approved' || state === 'changes_requested') step('submit');
  if (state === 'approved') step('approve');
  if (state === 'changes_requested') step('request_changes', 'Add the second source');
  if (state === 'published') throw new Error('not needed here');
  expect(article.status).toBe(state);
  return { id: article.id, version: article.version };
}

const articleRow = (id: number) => getDb().select().from(articles).where(eq(articles.id, id)).get();

/** Everything a refused request could have touched. */
function snapshot() {
  const db = getDb();
  return {
    articles: db.select().from(articles).all(),
    photos: db.select().from(photos).all(),
    users: db.select({ id: users.id, email: users.email, role: users.role, active: users.active, sv: users.sessionVersion }).from(users).all(),
    organisation: getOrganisation(db),
    audit: db.select({ id: auditLog.id }).from(auditLog).all().length,
  };
}

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

const VALUES: Omit<EditorValues, 'titleEn'> = {
  country: 'KZ',
  eventDate: READY.eventDate,
  outlet: '',
  titleRu: READY.titleRu,
  bodyEn: READY.bodyEn,
  bodyRu: READY.bodyRu,
  digestEn: READY.digestEn,
  digestRu: READY.digestRu,
  sources: READY.sources,
};

function upload(articleId: number, extraHeaders: Record<string, string> = {}) {
  const body = new FormData();
  body.set('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'photo.jpg');
  body.set('captionEn', 'Seized hashish');
  const request = new Request(`http://localhost/api/articles/${articleId}/photos`, {
    method: 'POST',
    body,
    headers: { origin: 'http://localhost', host: 'localhost', ...extraHeaders },
  });
  return uploadRoute(request, { params: Promise.resolve({ id: String(articleId) }) });
}

/** How an answer of each kind of entry point says "no": by the session (anonymous) or by the role. */
type Outcome = { redirect: string } | { value: unknown };
const transition = (id: number, name: string, comment = '') =>
  transitionArticleAction(null, form({ id: String(id), transition: name, comment, expectedVersion: '' }));

interface Cell {
  /** Puts the world in the right state; returns what act and check need. */
  arrange: () => { id: number; version: number; tag: string };
  act: (ctx: { id: number; version: number; tag: string }) => Promise<Outcome>;
  /** The effect of an allowed request. */
  allowed: (ctx: { id: number; version: number; tag: string }, out: Outcome, who: Role) => void | Promise<void>;
  /** The refusal as the entry point answers it (nothing-changed is checked for every refused cell). */
  refused: (out: Outcome, who: Who) => void | Promise<void>;
}

const none = () => ({ id: 0, version: 0, tag: `t${++counter}` });

const actionRefusal = (key: 'unauthenticated' | 'forbidden') => (out: Outcome, who: Who) =>
  expect(out).toMatchObject({ value: { ok: false, error: who === 'anonymous' ? 'unauthenticated' : key } });

const adminRefusal = (out: Outcome, who: Who) =>
  expect(out).toEqual({ value: { ok: false, error: who === 'anonymous' ? 'errors.unauthenticated' : 'errors.forbidden' } });

const pageRefusal = (path: string) => (out: Outcome, who: Who) => {
  if (who === 'anonymous') expect(out).toEqual({ redirect: `/login?next=${encodeURIComponent(path)}` });
  else expect(out).toMatchObject({ value: { allowed: false, user: { role: who } } });
};

const inState = (state: ArticleState, author?: TestUser) => () => ({ ...articleIn(state, author), tag: `t${++counter}` });

const transitionCell = (from: ArticleState, name: string, to: ArticleState, comment = ''): Cell => ({
  arrange: inState(from),
  act: ({ id }) => settle(transition(id, name, comment)),
  allowed: ({ id }, out) => {
    expect(out).toEqual({ value: { ok: true } });
    expect(articleRow(id)!.status).toBe(to);
  },
  refused: actionRefusal('forbidden'),
});

const deleteCell = (from: ArticleState, author?: () => TestUser): Cell => ({
  arrange: () => ({ ...articleIn(from, author?.()), tag: '' }),
  act: ({ id }) => settle(deleteArticleAction(null, form({ id: String(id) }))),
  allowed: ({ id }, out) => {
    expect(out).toEqual({ redirect: '/desk' });
    expect(articleRow(id)).toBeUndefined();
  },
  refused: actionRefusal('forbidden'),
});

const editCell = (from: ArticleState): Cell => ({
  arrange: inState(from),
  act: ({ id, version, tag }) => settle(saveArticleAction({ ...VALUES, titleEn: `Edited ${tag}`, id, expectedVersion: version })),
  allowed: ({ id, version, tag }, out, who) => {
    expect(out).toMatchObject({ value: { ok: true, changed: true, version: version + 1 } });
    expect(articleRow(id)).toMatchObject({ titleEn: `Edited ${tag}`, version: version + 1, status: from, updatedBy: people[who].id });
  },
  refused: actionRefusal('forbidden'),
});

const CELLS: Record<Capability, Cell> = {
  'see the desk': {
    arrange: none,
    act: () => settle(requirePageUser('/desk')),
    allowed: (_ctx, out, who) => expect(out).toEqual({ value: { allowed: true, user: expect.objectContaining({ id: people[who].id, role: who }) } }),
    refused: pageRefusal('/desk'),
  },
  create: {
    arrange: none,
    act: ({ tag }) => settle(createArticleAction(null, form({ country: 'kz', eventDate: '2024-01-20', titleEn: `Created ${tag}` }))),
    allowed: ({ tag }, out, who) => {
      const row = getDb().select().from(articles).where(eq(articles.titleEn, `Created ${tag}`)).get();
      expect(row).toMatchObject({ status: 'draft', authorId: people[who].id, countryCode: 'KZ', version: 1 });
      expect(out).toEqual({ redirect: `/desk/articles/${row!.id}` });
    },
    refused: actionRefusal('forbidden'),
  },
  edit: editCell('draft'),
  submit: transitionCell('draft', 'submit', 'in_review'),
  approve: transitionCell('in_review', 'approve', 'approved'),
  'send back': transitionCell('in_review', 'request_changes', 'changes_requested', 'Please add the source'),
  reopen: transitionCell('approved', 'reopen', 'changes_requested', 'A correction came in'),
  delete: deleteCell('draft'),
  upload: {
    arrange: inState('draft'),
    act: async ({ id }) => {
      const response = await upload(id);
      return { value: { status: response.status, body: await response.json() } };
    },
    allowed: ({ id }, out) => {
      expect(out).toMatchObject({ value: { status: 201, body: { ok: true, photoId: expect.any(Number) } } });
      const rows = getDb().select().from(photos).where(eq(photos.articleId, id)).all();
      expect(rows).toHaveLength(1);
      expect(rows[0]!.captionEn).toBe('Seized hashish');
    },
    refused: (out, who) =>
      expect(out).toMatchObject(
        who === 'anonymous' ? { value: { status: 401, body: { ok: false, error: 'unauthenticated' } } } : { value: { status: 403, body: { ok: false, error: 'forbidden' } } },
      ),
  },
  'manage users': {
    arrange: none,
    act: ({ tag }) => settle(createUserAction(null, form({ email: `new-${tag}@example.org`, name: `New ${tag}`, role: 'admin', password: '' }))),
    allowed: ({ tag }, out) => {
      expect(out).toMatchObject({ value: { ok: true, email: `new-${tag}@example.org`, generatedPassword: expect.any(String) } });
      expect(findUserByEmail(getDb(), `new-${tag}@example.org`)).toMatchObject({ role: 'admin', active: true });
    },
    refused: adminRefusal,
  },
  settings: {
    arrange: none,
    act: ({ tag }) => {
      const { id: _id, updatedAt: _updatedAt, ...org } = getOrganisation(getDb());
      return settle(updateOrganisationAction(null, form({ ...org, placeEn: `Almaty ${tag}` })));
    },
    allowed: ({ tag }, out) => {
      expect(out).toEqual({ value: { ok: true } });
      expect(getOrganisation(getDb()).placeEn).toBe(`Almaty ${tag}`);
    },
    refused: adminRefusal,
  },
  'read the audit log': {
    arrange: none,
    act: async () => {
      const out = await settle(requirePageUser('/admin/audit', CAN_READ_AUDIT));
      // What the page shows once allowed: the audit query.
      if ('value' in out && out.value.allowed) return { value: { ...out.value, entries: listAuditEntries(getDb()).rows.length } };
      return out;
    },
    allowed: (_ctx, out, who) => {
      expect(out).toEqual({ value: { allowed: true, user: expect.objectContaining({ id: people[who].id }), entries: expect.any(Number) } });
      expect((out as { value: { entries: number } }).value.entries).toBeGreaterThan(0);
    },
    refused: pageRefusal('/admin/audit'),
  },
  'edit in review': editCell('in_review'),
  'delete another editor’s draft': deleteCell('draft', () => editor2),
  'delete an article in review': deleteCell('in_review'),
  'delete an approved article': deleteCell('approved'),
};

describe('authorization matrix (server side)', () => {
  for (const capability of CAPABILITIES) {
    describe(capability, () => {
      WHO.forEach((who, column) => {
        const allowed = MATRIX[capability][column]!;
        it(`${who}: ${allowed ? 'allowed' : 'refused'}`, async () => {
          const cell = CELLS[capability];
          const ctx = cell.arrange();
          await signInAs(who);
          const before = snapshot();
          const out = await cell.act(ctx);
          if (allowed) {
            expect(who).not.toBe('anonymous');
            await cell.allowed(ctx, out, who as Role);
          } else {
            await cell.refused(out, who);
            expect(snapshot()).toEqual(before);
          }
        });
      });
    });
  }
});

describe('a forged middleware sub-request header does not let an anonymous request through', () => {
  const HEADERS = [
    'middleware:middleware:middleware:middleware:middleware',
    'proxy:proxy:proxy:proxy:proxy',
    'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware',
  ];

  it.each(HEADERS)('x-middleware-subrequest: %s', async (value) => {
    const draft = articleIn('draft');
    const review = articleIn('in_review');
    const approved = articleIn('approved');
    requestContext.reset();
    requestContext.setHeader('x-middleware-subrequest', value);
    const before = snapshot();

    expect(await settle(requirePageUser('/desk'))).toEqual({ redirect: `/login?next=${encodeURIComponent('/desk')}` });
    expect(await settle(requirePageUser('/admin/audit', CAN_READ_AUDIT))).toEqual({ redirect: `/login?next=${encodeURIComponent('/admin/audit')}` });
    expect(await createArticleAction(null, form({ country: 'kz', eventDate: '2024-01-20', titleEn: 'Smuggled' }))).toMatchObject({ ok: false, error: 'unauthenticated' });
    expect(await saveArticleAction({ ...VALUES, titleEn: 'Smuggled', id: draft.id, expectedVersion: draft.version })).toMatchObject({ ok: false, error: 'unauthenticated' });
    expect(await transition(draft.id, 'submit')).toMatchObject({ ok: false, error: 'unauthenticated' });
    expect(await transition(review.id, 'approve')).toMatchObject({ ok: false, error: 'unauthenticated' });
    expect(await transition(review.id, 'request_changes', 'x')).toMatchObject({ ok: false, error: 'unauthenticated' });
    expect(await transition(approved.id, 'reopen', 'x')).toMatchObject({ ok: false, error: 'unauthenticated' });
    expect(await deleteArticleAction(null, form({ id: String(draft.id) }))).toMatchObject({ ok: false, error: 'unauthenticated' });
    const uploaded = await upload(draft.id, { 'x-middleware-subrequest': value });
    expect(uploaded.status).toBe(401);
    expect(await createUserAction(null, form({ email: 'smuggled@example.org', name: 'S', role: 'admin', password: '' }))).toEqual({
      ok: false,
      error: 'errors.unauthenticated',
    });
    const { id: _id, updatedAt: _updatedAt, ...org } = getOrganisation(getDb());
    expect(await updateOrganisationAction(null, form({ ...org, placeEn: 'Smuggled' }))).toEqual({ ok: false, error: 'errors.unauthenticated' });

    expect(snapshot()).toEqual(before);
  });
});

describe('forged form fields are ignored by the actions', () => {
  const FORGED = { status: 'approved', role: 'admin', authorId: '', version: '999', updatedBy: '', sessionVersion: '99' };
  const forged = () => ({ ...FORGED, authorId: String(editor2.id), updatedBy: String(people.admin.id) });

  it('create: the new article is a version-1 draft of the signed-in editor', async () => {
    await signInAs('editor');
    const out = await settle(createArticleAction(null, form({ country: 'kz', eventDate: '2024-01-20', titleEn: 'Forged create', ...forged() })));
    const row = getDb().select().from(articles).where(eq(articles.titleEn, 'Forged create')).get();
    expect(out).toEqual({ redirect: `/desk/articles/${row!.id}` });
    expect(row).toMatchObject({ status: 'draft', version: 1, authorId: people.editor.id });
    expect(findUserByEmail(getDb(), people.editor.email)).toMatchObject({ role: 'editor', sessionVersion: 1 });
  });

  it('save: status, author and version counters stay the server’s', async () => {
    const { id, version } = articleIn('draft');
    await signInAs('editor');
    const out = await saveArticleAction({ ...VALUES, ...forged(), titleEn: 'Forged save', id, expectedVersion: version, version: 999, authorId: editor2.id });
    expect(out).toMatchObject({ ok: true, version: version + 1 });
    expect(articleRow(id)).toMatchObject({ titleEn: 'Forged save', status: 'draft', version: version + 1, authorId: people.editor.id, updatedBy: people.editor.id });
  });

  it('transition: a submit carrying status=approved only submits; an editor cannot approve with role=admin', async () => {
    const { id } = articleIn('draft');
    await signInAs('editor');
    expect(await transitionArticleAction(null, form({ id: String(id), transition: 'submit', comment: '', expectedVersion: '', ...forged() }))).toEqual({ ok: true });
    const submitted = articleRow(id)!;
    expect(submitted).toMatchObject({ status: 'in_review', authorId: people.editor.id });
    expect(submitted.version).not.toBe(999);
    expect(await transitionArticleAction(null, form({ id: String(id), transition: 'approve', comment: '', expectedVersion: '', ...forged() }))).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    expect(articleRow(id)).toEqual(submitted);
  });

  it('upload: forged article and author fields in the multipart body do not move the photo', async () => {
    const mine = articleIn('draft');
    const other = articleIn('draft', editor2);
    await signInAs('editor');
    const body = new FormData();
    body.set('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'photo.jpg');
    for (const [k, v] of Object.entries({ ...forged(), articleId: String(other.id) })) body.set(k, v);
    const response = await uploadRoute(
      new Request(`http://localhost/api/articles/${mine.id}/photos`, { method: 'POST', body, headers: { origin: 'http://localhost', host: 'localhost' } }),
      { params: Promise.resolve({ id: String(mine.id) }) },
    );
    expect(response.status).toBe(201);
    expect(getDb().select().from(photos).where(eq(photos.articleId, mine.id)).all()).toHaveLength(1);
    expect(getDb().select().from(photos).where(eq(photos.articleId, other.id)).all()).toHaveLength(0);
    expect(articleRow(mine.id)).toMatchObject({ status: 'draft', authorId: people.editor.id });
  });

  it('settings: a forged role or session version on the organisation form changes no account', async () => {
    await signInAs('admin');
    const { id: _id, updatedAt: _updatedAt, ...org } = getOrganisation(getDb());
    const usersBefore = snapshot().users;
    expect(await updateOrganisationAction(null, form({ ...org, placeEn: 'Almaty forged', ...forged() }))).toEqual({ ok: true });
    expect(getOrganisation(getDb()).placeEn).toBe('Almaty forged');
    expect(snapshot().users).toEqual(usersBefore);
  });
});
