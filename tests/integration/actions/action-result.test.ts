import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/helpers/next-headers-mock'));
vi.mock('next/cache', () => ({ refresh: vi.fn(), revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

import * as adminActions from '@/app/actions/admin';
import * as articleActions from '@/app/actions/articles';
import * as issueActions from '@/app/actions/issues';
import * as photoActions from '@/app/actions/photos';
import { formAction } from '@/app/actions/action-result';
import { z } from 'zod';
import { requestContext } from '@/tests/helpers/next-headers-mock';
import { setupDesk, type DeskSetup } from '@/tests/helpers/issue-desk';
import { sessionTokenFor } from '@/tests/helpers/test-app';

let desk: DeskSetup;
beforeEach(async () => {
  desk = await setupDesk();
  requestContext.signIn(await sessionTokenFor(desk.db, { id: desk.admin.id! }));
});
afterEach(() => requestContext.reset());

/** What a forger can send instead of a form: nothing, JSON values, a string, an array, a class instance. */
const HOSTILE_INPUTS: unknown[] = [undefined, null, '', 'issueId=1', 42, [], [1, 2], { issueId: { $gt: 0 } }, { issueId: '1'.repeat(400) }, new Date(), { __proto__: { issueId: 1 } }];

const actions = { ...issueActions, ...articleActions, ...photoActions, ...adminActions } as Record<string, unknown>;
const callable = Object.entries(actions).filter(([, value]) => typeof value === 'function') as Array<[string, (...args: unknown[]) => Promise<unknown>]>;

describe('server actions called with anything but their form', () => {
  it('finds the actions', () => {
    expect(callable.map(([name]) => name)).toEqual(expect.arrayContaining(['createIssueAction', 'publishIssueAction', 'transitionArticleAction', 'updatePhotoAction', 'createUserAction', 'updateCountryAction']));
  });

  it.each(callable)('%s answers a failure, never throws', async (_name, action) => {
    for (const input of HOSTILE_INPUTS) {
      for (const args of [[], [input], [null, input], [input, input]]) {
        const result = (await action(...args)) as { ok: boolean } | undefined;
        const plainObject = args.some((a) => a !== null && typeof a === 'object' && !Array.isArray(a) && !(a instanceof Date));
        // A plain object may be a valid call (new issue with the default period); anything else is refused.
        if (plainObject) expect(typeof result?.ok, JSON.stringify(args)).toBe('boolean');
        else expect(result, JSON.stringify(args)).toMatchObject({ ok: false });
      }
    }
  });
});

describe('formAction', () => {
  const echo = formAction(z.object({ n: z.coerce.number().int().max(10) }), (input) => ({ ok: true as const, n: input.n }));

  it('parses a FormData or a plain object with the schema', async () => {
    const form = new FormData();
    form.append('n', '7');
    expect(await echo(null, form)).toEqual({ ok: true, n: 7 });
    expect(await echo({ n: 3 })).toEqual({ ok: true, n: 3 });
  });

  it('answers invalid with field keys, and unauthenticated before looking at the input', async () => {
    expect(await echo({ n: 99 })).toMatchObject({ ok: false, error: 'invalid', fields: { n: 'too_big' } });
    expect(await echo('not an object')).toMatchObject({ ok: false, error: 'invalid' });
    requestContext.reset();
    expect(await echo({ n: 99 })).toEqual({ ok: false, error: 'unauthenticated' });
  });

  it('turns an unexpected error into failed without details', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = formAction(z.object({}), () => {
      throw new Error('SQLITE_BUSY: secret details');
    });
    expect(await broken({})).toEqual({ ok: false, error: 'failed' });
    spy.mockRestore();
  });
});
