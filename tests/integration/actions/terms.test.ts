import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/helpers/next-headers-mock'));
vi.mock('next/cache', () => ({ refresh: vi.fn(), revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

import { refresh } from 'next/cache';
import { deleteTermAction, importTermsAction, saveTermAction } from '@/app/actions/terms';
import { getDb } from '@/lib/db/instance';
import { terms } from '@/lib/db/schema';
import { requestContext } from '@/tests/helpers/next-headers-mock';
import { createTestUser, sessionTokenFor, useTemporaryAppData, type TestUser } from '@/tests/helpers/test-app';

const HEADER = 'en,ru,variants_en,variants_ru,forbidden_en,forbidden_ru,category,note';
const TERM = { en: 'Osh', ru: 'Ош', variantsEn: '', variantsRu: '', forbiddenEn: '', forbiddenRu: '', category: 'place', note: '' };

let editor: TestUser;
let chief: TestUser;
beforeAll(async () => {
  useTemporaryAppData();
  [editor, chief] = [await createTestUser(getDb(), 'editor'), await createTestUser(getDb(), 'chief')];
});
afterEach(() => {
  requestContext.reset();
  vi.mocked(refresh).mockClear();
});

async function signInAs(user: TestUser) {
  requestContext.signIn(await sessionTokenFor(getDb(), user));
}

describe('the termbase actions (on the shared formAction wrapper)', () => {
  it('answer unauthenticated without a session and forbidden to an editor, and refresh nothing', async () => {
    expect(await importTermsAction({ csv: `${HEADER}\nOsh,Ош,,,,,place,`, fileName: 't.csv' })).toEqual({ ok: false, error: 'unauthenticated' });
    expect(await saveTermAction(TERM)).toEqual({ ok: false, error: 'unauthenticated' });
    await signInAs(editor);
    expect(await importTermsAction({ csv: `${HEADER}\nOsh,Ош,,,,,place,`, fileName: 't.csv' })).toMatchObject({ ok: false, error: 'forbidden' });
    expect(await deleteTermAction({ id: 1 })).toMatchObject({ ok: false, error: 'forbidden' });
    expect(refresh).not.toHaveBeenCalled();
  });

  it('import a file, refusing a bad one by line and anything that is not a file as line 0', async () => {
    await signInAs(chief);
    expect(await importTermsAction({ csv: `${HEADER}\nheroin,героин,,,,,drug,\nBishkek,Бишкек,,,,,place,`, fileName: 't.csv' })).toEqual({ ok: true, added: 2, updated: 0 });
    expect(refresh).toHaveBeenCalledTimes(1);
    const bad = await importTermsAction({ csv: `${HEADER}\nOsh,,,,,,place,`, fileName: 't.csv' });
    expect(bad).toMatchObject({ ok: false, error: 'invalid' });
    expect(Object.keys((bad as { fields: object }).fields)).toEqual(['L2']);
    expect(await importTermsAction('not a file')).toEqual({ ok: false, error: 'invalid', fields: { L0: 'file' } });
    expect(await importTermsAction({ csv: 42, fileName: 't.csv' })).toEqual({ ok: false, error: 'invalid', fields: { L0: 'file' } });
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('save and delete a term; the service names the invalid fields', async () => {
    await signInAs(chief);
    expect(await saveTermAction(TERM)).toEqual({ ok: true });
    const row = getDb().select().from(terms).all().find((t) => t.en === 'Osh')!;
    expect(await saveTermAction({ ...TERM, ru: '' })).toMatchObject({ ok: false, error: 'invalid', fields: { ru: expect.any(String) } });
    expect(await saveTermAction(null)).toEqual({ ok: false, error: 'invalid', fields: { form: 'invalid' } });
    expect(await deleteTermAction({ id: row.id })).toEqual({ ok: true });
    expect(getDb().select().from(terms).all().some((t) => t.en === 'Osh')).toBe(false);
  });
});
