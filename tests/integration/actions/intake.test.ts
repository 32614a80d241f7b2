import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/helpers/next-headers-mock'));
vi.mock('next/cache', () => ({ refresh: vi.fn(), revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

import { requestContext } from '@/tests/helpers/next-headers-mock';
import { createTestUser, sessionTokenFor, useTemporaryAppData, type TestUser } from '@/tests/helpers/test-app';
import { getDb } from '@/lib/db/instance';
import { findIntakeItem } from '@/lib/db/queries/intake-items';
import { findOutletByName } from '@/lib/db/queries/outlets';
import { addIntakeTermAction, createArticleFromItemAction, saveOutletAction, setItemStatusAction } from '@/app/actions/intake';
import { insertTestItem } from '@/tests/helpers/intake-items';

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

const outletForm = (overrides: Record<string, string> = {}) =>
  form({ id: '', name: 'KAKTUSMEDIA', countryCode: 'KG', language: 'ru', siteUrl: 'https://kaktus.media', feedUrl: 'https://kaktus.media/?rss', active: 'on', ...overrides });

describe('intake actions', () => {
  let chief: TestUser;
  let editor: TestUser;
  const as = async (user: TestUser | null) => {
    requestContext.reset();
    if (user) requestContext.signIn(await sessionTokenFor(getDb(), user));
  };

  beforeEach(async () => {
    useTemporaryAppData();
    chief = await createTestUser(getDb(), 'chief');
    editor = await createTestUser(getDb(), 'editor');
  });
  afterEach(() => requestContext.reset());

  it('lets only the chief editor and administrators save outlets and terms; anonymous visitors and editors change nothing', async () => {
    await as(null);
    expect(await saveOutletAction(null, outletForm())).toEqual({ ok: false, error: 'errors.unauthenticated' });
    await as(editor);
    expect(await saveOutletAction(null, outletForm())).toMatchObject({ ok: false, error: 'errors.forbidden' });
    expect(await addIntakeTermAction(null, form({ language: 'ru', term: 'героин', weight: '1' }))).toMatchObject({ ok: false, error: 'errors.forbidden' });
    expect(findOutletByName(getDb(), 'KAKTUSMEDIA')).toBeUndefined();
    await as(chief);
    expect(await saveOutletAction(null, outletForm())).toMatchObject({ ok: true, name: 'KAKTUSMEDIA', created: true });
    expect(await addIntakeTermAction(null, form({ language: 'ru', term: 'героин-тест', weight: '2' }))).toMatchObject({ ok: true });
  });

  it('answers a refused outlet with the fields to correct and everything that was typed', async () => {
    await as(chief);
    const typed = { name: 'МВД.РФ', feedUrl: 'ftp://мвд.рф/rss', siteUrl: 'мвд.рф' };
    expect(await saveOutletAction(null, outletForm(typed))).toEqual({
      ok: false,
      error: 'errors.invalid',
      fields: { feedUrl: 'url_scheme' },
      values: { id: '', name: 'МВД.РФ', countryCode: 'KG', language: 'ru', siteUrl: 'мвд.рф', feedUrl: 'ftp://мвд.рф/rss', active: 'on' },
    });
  });

  it('lets any editor triage and create an article; hostile input is a clear refusal, never a crash', async () => {
    const item = insertTestItem(getDb(), { url: 'https://kaktus.media/doc/9.html', title: 'Героин', countryCode: 'KG' });
    await as(editor);
    expect(await setItemStatusAction({ itemId: item, status: 'kept' })).toEqual({ ok: true, itemId: item, status: 'kept' });
    expect(await setItemStatusAction({ itemId: item, status: 'used' })).toMatchObject({ ok: false, error: 'errors.invalid' });
    expect(await setItemStatusAction('kept')).toMatchObject({ ok: false, error: 'errors.invalid' });
    expect(await setItemStatusAction({ itemId: '1e309', status: 'kept' })).toMatchObject({ ok: false, error: 'errors.invalid' });
    const created = await createArticleFromItemAction({ itemId: item });
    expect(created).toMatchObject({ ok: true, outcome: 'created' });
    expect(findIntakeItem(getDb(), item)).toMatchObject({ status: 'used' });
    expect(await setItemStatusAction({ itemId: item, status: 'dismissed' })).toMatchObject({ ok: false, error: 'errors.used' });
  });
});
