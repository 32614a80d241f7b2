import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/helpers/next-headers-mock'));
vi.mock('next/cache', () => ({ refresh: vi.fn(), revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

import { requestContext } from '@/tests/helpers/next-headers-mock';
import { createTestUser, sessionTokenFor, useTemporaryAppData, type TestUser } from '@/tests/helpers/test-app';
import { getDb } from '@/lib/db/instance';
import { translationDismissals } from '@/lib/db/schema';
import { dismissTranslationFindingAction } from '@/app/actions/translation-checks';
import { userActor } from '@/lib/services/actor';
import { checkArticleTranslation } from '@/lib/services/check-article-translation';
import { createArticle } from '@/lib/services/create-article';
import { saveArticle } from '@/lib/services/save-article';

let editor: TestUser;
let chief: TestUser;
let articleId: number;

beforeAll(async () => {
  useTemporaryAppData();
  const db = getDb();
  [editor, chief] = [await createTestUser(db, 'editor'), await createTestUser(db, 'chief')];
  const actor = userActor(editor);
  const created = createArticle(db, actor, { countryCode: 'KZ', eventDate: '2024-01-15' });
  saveArticle(db, actor, {
    id: created.id,
    expectedVersion: created.version,
    countryCode: 'KZ',
    eventDate: '2024-01-15',
    outlet: '',
    titleEn: 'Police seized 15 kg of heroin',
    titleRu: 'Полиция изъяла 150 кг героина',
    bodyEn: 'Police  seized heroin.',
    bodyRu: 'Полиция изъяла героин.',
    digestEn: '',
    digestRu: '',
    sources: ['https://polisia.kz/news/1'],
  });
  articleId = created.id;
});
afterEach(() => requestContext.reset());

async function signInAs(user: TestUser | null) {
  requestContext.reset();
  if (user) requestContext.signIn(await sessionTokenFor(getDb(), user));
}

/** The finding of that kind, open or already dismissed (the tests run in any order). */
function finding(kind: string) {
  const check = checkArticleTranslation(getDb(), userActor(chief), { articleId });
  return [...check.findings, ...check.dismissed].find((f) => f.kind === kind)!;
}
const dismissals = () => getDb().select().from(translationDismissals).all();

describe('dismissTranslationFindingAction', () => {
  it('refuses a visitor, a bad input and an editor dismissing an error, storing nothing', async () => {
    const error = finding('units');
    const before = dismissals().length;
    await signInAs(null);
    expect(await dismissTranslationFindingAction({ articleId, fingerprint: error.fingerprint, reason: 'x' })).toMatchObject({ ok: false, error: 'unauthenticated' });
    await signInAs(editor);
    expect(await dismissTranslationFindingAction({ articleId, fingerprint: error.fingerprint, reason: '' })).toMatchObject({ ok: false, error: 'invalid' });
    expect(await dismissTranslationFindingAction({ articleId: 'abc', fingerprint: error.fingerprint, reason: 'x' })).toMatchObject({ ok: false, error: 'invalid' });
    expect(await dismissTranslationFindingAction('garbage')).toMatchObject({ ok: false, error: 'invalid' });
    expect(await dismissTranslationFindingAction({ articleId, fingerprint: error.fingerprint, reason: 'fine' })).toMatchObject({
      ok: false,
      error: 'forbidden',
      reason: 'errors_chief_only',
    });
    expect(await dismissTranslationFindingAction({ articleId, fingerprint: 'nothing:here', reason: 'fine' })).toMatchObject({ ok: false, error: 'not_found' });
    expect(dismissals()).toHaveLength(before);
  });

  it('lets the editor dismiss a warning and the chief editor an error', async () => {
    await signInAs(editor);
    expect(await dismissTranslationFindingAction({ articleId, fingerprint: finding('typography').fingerprint, reason: 'As in the source.' })).toEqual({ ok: true });
    await signInAs(chief);
    expect(await dismissTranslationFindingAction({ articleId, fingerprint: finding('units').fingerprint, reason: 'Two seizures.' })).toEqual({ ok: true });
    expect(dismissals().map((d) => [d.kind, d.severity, d.reason])).toEqual([
      ['typography', 'warning', 'As in the source.'],
      ['units', 'error', 'Two seizures.'],
    ]);
  });
});
