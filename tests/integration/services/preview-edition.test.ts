import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/helpers/next-headers-mock'));

import { GET } from '@/app/api/issues/[id]/preview/[lang]/route';
import { ForbiddenError } from '@/lib/services/errors';
import { previewEdition } from '@/lib/services/preview-edition';
import { hashEdition } from '@/lib/services/render-edition';
import { clearRenderMemory } from '@/lib/services/rendering/render-cached';
import { loadEditionData } from '@/lib/services/load-edition-data';
import { SYSTEM_ACTOR } from '@/lib/services/actor';
import { updateIssue } from '@/lib/services/update-issue';
import { requestContext } from '@/tests/helpers/next-headers-mock';
import { createApprovedArticle } from '@/tests/helpers/approved-articles';
import { assembledIssue, fakeRenderer, setupDesk, type DeskSetup } from '@/tests/helpers/issue-desk';
import { sessionTokenFor } from '@/tests/helpers/test-app';
import { createIssue } from '@/lib/services/create-issue';
import { setIssueArticles } from '@/lib/services/set-issue-articles';

let desk: DeskSetup;
let issue: ReturnType<typeof assembledIssue>;
beforeAll(async () => {
  desk = await setupDesk();
  issue = assembledIssue(desk.db, desk.chief, [
    { countryCode: 'KZ', titleEn: 'Customs officers found cocaine in bananas', titleRu: 'Таможенники нашли кокаин в бананах' },
    { countryCode: 'CN', titleEn: 'China joins the regional operation', titleRu: 'Китай присоединился к региональной операции' },
  ]);
});
afterEach(() => requestContext.reset());

const call = (issueId: number | string, lang: string, headers: Record<string, string> = {}) =>
  GET(new Request(`http://localhost/api/issues/${issueId}/preview/${lang}`, { headers }), {
    params: Promise.resolve({ id: String(issueId), lang }),
  });

describe('previewing an edition', () => {
  it('renders in the render worker, with the pages of sections and articles, and keeps the file on disk', async () => {
    const preview = await previewEdition(desk.db, desk.editor, { issueId: issue.issueId, lang: 'ru' });
    expect(preview.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(preview.pageCount).toBeGreaterThanOrEqual(3); // cover, body, back cover
    expect(Object.keys(preview.sectionPages).sort()).toEqual(['CN', 'KZ']);
    expect(Object.keys(preview.articlePages).sort()).toEqual(issue.articleIds.map(String).sort());
    for (const page of [...Object.values(preview.articlePages), ...Object.values(preview.sectionPages)]) {
      expect(page).toBeGreaterThanOrEqual(2);
      expect(page).toBeLessThan(preview.pageCount);
    }
    const cached = path.join(desk.dir, 'cache', 'previews', `${preview.contentHash}.pdf`);
    expect(fs.readFileSync(cached).equals(preview.pdf)).toBe(true);
    const data = loadEditionData(desk.db, { year: issue.year, number: issue.number, lang: 'ru' });
    expect(preview.contentHash).toBe(hashEdition(data));
  }, 180_000);

  it('does not render an unchanged edition twice, also after a restart (disk cache), but does after a change', async () => {
    // Its own issue: this test changes it, the file's issue is only read.
    const own = assembledIssue(desk.db, desk.chief, [{ countryCode: 'KZ' }]);
    const first = await previewEdition(desk.db, desk.chief, { issueId: own.issueId, lang: 'ru' });
    const render = fakeRenderer();
    expect((await previewEdition(desk.db, desk.chief, { issueId: own.issueId, lang: 'ru' }, render)).contentHash).toBe(first.contentHash);
    clearRenderMemory(); // as after a restart
    const again = await previewEdition(desk.db, desk.chief, { issueId: own.issueId, lang: 'ru' }, render);
    expect(again.pdf.equals(first.pdf)).toBe(true);
    expect(render.calls).toHaveLength(0);

    updateIssue(desk.db, desk.chief, { issueId: own.issueId, placeRu: 'Астана' });
    const changed = await previewEdition(desk.db, desk.chief, { issueId: own.issueId, lang: 'ru' }, render);
    expect(render.calls).toHaveLength(1);
    expect(changed.contentHash).not.toBe(first.contentHash);
  }, 180_000);

  it('is for desk users only', async () => {
    await expect(previewEdition(desk.db, { id: null, label: 'anonymous', role: 'editor' }, { issueId: issue.issueId, lang: 'en' }, fakeRenderer())).rejects.toThrow(
      ForbiddenError,
    );
    await expect(previewEdition(desk.db, SYSTEM_ACTOR, { issueId: issue.issueId, lang: 'en' }, fakeRenderer())).resolves.toBeTruthy();
  });
});

describe('the preview route', () => {
  it('answers 401 to anonymous visitors and serves the PDF to an editor, with its content hash as ETag', async () => {
    const anonymous = await call(issue.issueId, 'ru');
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: 'unauthenticated' });

    requestContext.signIn(await sessionTokenFor(desk.db, { id: desk.editor.id! }));
    const response = await call(issue.issueId, 'ru');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const etag = response.headers.get('etag')!;
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Number(response.headers.get("x-page-count"))).toBeGreaterThanOrEqual(3);

    const unchanged = await call(issue.issueId, 'ru', { 'If-None-Match': etag });
    expect(unchanged.status).toBe(304);
  }, 180_000);

  it('lists the missing texts of an edition that cannot be rendered, and 404s what does not exist', async () => {
    requestContext.signIn(await sessionTokenFor(desk.db, { id: desk.chief.id! }));
    const noRussian = createApprovedArticle(desk.db, desk.chief, { countryCode: 'KG', eventDate: '2024-12-03', titleRu: '', bodyRu: '' });
    const draft = createIssue(desk.db, desk.chief, { periodStart: '2024-12-01', periodEnd: '2024-12-31' });
    setIssueArticles(desk.db, desk.chief, { issueId: draft.id, add: [noRussian] });
    const response = await call(draft.id, 'ru');
    expect(response.status).toBe(409);
    const body = (await response.json()) as { error: string; missing: Array<{ id: number; field: string }> };
    expect(body.error).toBe('incomplete');
    expect(body.missing).toEqual([expect.objectContaining({ id: noRussian, field: 'title' }), expect.objectContaining({ id: noRussian, field: 'body' })]);
    expect((await call(999_999, 'en')).status).toBe(404);
    expect((await call(draft.id, 'de')).status).toBe(404);
  });
});
