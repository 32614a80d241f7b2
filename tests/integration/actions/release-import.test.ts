import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/helpers/next-headers-mock'));
vi.mock('next/cache', () => ({ refresh: vi.fn(), revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

import { confirmReleaseImportAction, previewReleaseImportAction } from '@/app/actions/release-import';
import { getDb } from '@/lib/db/instance';
import { issues } from '@/lib/db/schema';
import { dataDir } from '@/lib/media/data-dir';
import { requestContext } from '@/tests/helpers/next-headers-mock';
import { createTestUser, sessionTokenFor, useTemporaryAppData, type TestUser } from '@/tests/helpers/test-app';

const EN = fs.readFileSync(path.join(process.cwd(), 'tests', 'fixtures', 'release-2024-01-en.md'), 'utf8');

let editor: TestUser;
let chief: TestUser;
let otherChief: TestUser;
beforeAll(async () => {
  useTemporaryAppData();
  [editor, chief, otherChief] = [await createTestUser(getDb(), 'editor'), await createTestUser(getDb(), 'chief'), await createTestUser(getDb(), 'chief')];
});
afterEach(() => requestContext.reset());

async function signInAs(user: TestUser) {
  requestContext.signIn(await sessionTokenFor(getDb(), user));
}

function form(files: Record<string, { name: string; text: string }>, extra: Record<string, string> = {}): FormData {
  const data = new FormData();
  for (const [slot, file] of Object.entries(files)) data.set(slot, new File([file.text], file.name, { type: 'text/markdown' }));
  for (const [key, value] of Object.entries(extra)) data.set(key, value);
  return data;
}

const pending = () => {
  const dir = path.join(dataDir(), 'imports', 'pending');
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
};
const issueCount = () => getDb().select().from(issues).all().length;

describe('the desk import actions', () => {
  it('refuse an anonymous visitor and an editor, keeping no file', async () => {
    const files = form({ en: { name: 'en.md', text: EN } });
    expect(await previewReleaseImportAction(null, files)).toMatchObject({ ok: false, error: 'unauthenticated' });
    await signInAs(editor);
    expect(await previewReleaseImportAction(null, files)).toMatchObject({ ok: false, error: 'forbidden', fileNames: ['en.md'] });
    expect(pending()).toEqual([]);
  });

  it('say which line of a bad file is wrong and why, and ask for a file when none is chosen', async () => {
    await signInAs(chief);
    const bad = EN.replace('\nBELARUS\n', '\nREPUBLIC OF ATLANTIS\n');
    const answer = await previewReleaseImportAction(null, form({ ru: { name: 'bad.md', text: bad } }));
    expect(answer).toMatchObject({ ok: false, error: 'import', fileNames: ['bad.md'], importError: { code: 'parse', params: { fileName: 'bad.md' } } });
    expect(!answer.ok && answer.importError!.issues[0]).toMatchObject({ line: 529, message: expect.stringMatching(/^unknown country heading «REPUBLIC OF ATLANTIS»/) });
    expect(await previewReleaseImportAction(null, new FormData())).toMatchObject({ ok: false, error: 'noFile' });
    expect(pending()).toEqual([]);
  });

  it('preview writes nothing in the database and keeps the file for its user only; the confirmation imports it once', async () => {
    await signInAs(chief);
    const preview = await previewReleaseImportAction(null, form({ en: { name: 'en.md', text: EN } }));
    if (!preview.ok) throw new Error(JSON.stringify(preview));
    expect(preview.plan.editions).toMatchObject([{ lang: 'en', status: 'created', articleCount: 26 }]);
    expect(issueCount()).toBe(0);
    expect(pending()).toEqual([preview.token]);
    // The stored files have fixed names: the user's file name never becomes a path.
    expect(fs.readdirSync(path.join(dataDir(), 'imports', 'pending', preview.token)).sort()).toEqual(['0.bin', 'meta.json']);

    requestContext.reset();
    await signInAs(otherChief);
    expect(await confirmReleaseImportAction(null, form({}, { token: preview.token }))).toMatchObject({ ok: false, error: 'expired' });
    expect(await confirmReleaseImportAction(null, form({}, { token: '../../etc/passwd' }))).toMatchObject({ ok: false, error: 'invalid' });
    expect(issueCount()).toBe(0);

    requestContext.reset();
    await signInAs(chief);
    const done = await confirmReleaseImportAction(null, form({}, { token: preview.token }));
    expect(done).toMatchObject({ ok: true, year: 2024, number: 1 });
    expect(issueCount()).toBe(1);
    expect(pending()).toEqual([]);
    expect(await confirmReleaseImportAction(null, form({}, { token: preview.token }))).toMatchObject({ ok: false, error: 'expired' });
  });
});
