import { actionResult, findActions, pagePath, post, type Outcome } from './http-client';
import { texts } from './prepare';

/** Saves, photo uploads and publications over HTTP, as signed-in users, through the app's own actions and routes. */
export class SoakDriver {
  private readonly actions;
  constructor(
    private readonly base: string,
    distDir: string,
    private readonly cookies: { chief: string; editor: string },
  ) {
    this.actions = findActions(distDir, ['saveArticleAction', 'publishIssueAction']);
  }

  private headers(who: 'chief' | 'editor', actionId?: string): Record<string, string> {
    return {
      Cookie: `next-auth.session-token=${this.cookies[who]}; NEXT_LOCALE=en`,
      Origin: this.base,
      ...(actionId ? { 'Next-Action': actionId, Accept: 'text/x-component' } : {}),
    };
  }

  /** The editor's autosave: answers the new version, or the current one on a conflict. */
  async save(articleId: number, expectedVersion: number, title: string): Promise<Outcome<{ version: number }>> {
    const action = this.actions.saveArticleAction!;
    const { countryCode, ...rest } = texts(title, 'KZ', '2025-01-15');
    const body = JSON.stringify([{ id: articleId, expectedVersion, country: countryCode, ...rest }]);
    const answer = await post(this.base + pagePath(action.page, articleId), {
      headers: { ...this.headers('editor', action.id), 'Content-Type': 'text/plain;charset=UTF-8' },
      body,
      timeoutMs: 30_000,
    });
    if ('lost' in answer) return { kind: 'lost', reason: answer.lost };
    const result = actionResult(answer.text);
    if (answer.status === 200 && result?.ok === true) return { kind: 'ok', value: { version: Number(result.version) } };
    return { kind: 'refused', body: result ?? `${answer.status} ${answer.text.slice(0, 200)}` };
  }

  /** A photo upload through the upload route (multipart, as the editor's form sends it). */
  async upload(articleId: number, jpeg: Buffer): Promise<Outcome<{ photoId: number }>> {
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'soak.jpg');
    form.set('captionEn', 'Soak photo');
    form.set('creditEn', 'Soak');
    const answer = await post(`${this.base}/api/articles/${articleId}/photos`, { headers: this.headers('editor'), body: form, timeoutMs: 60_000 });
    if ('lost' in answer) return { kind: 'lost', reason: answer.lost };
    let body: { ok?: boolean; photoId?: number } | string;
    try {
      body = JSON.parse(answer.text) as { ok?: boolean; photoId?: number };
    } catch {
      body = `${answer.status} ${answer.text.slice(0, 200)}`;
    }
    if (answer.status === 201 && typeof body === 'object' && body.ok && body.photoId) return { kind: 'ok', value: { photoId: body.photoId } };
    return { kind: 'refused', body };
  }

  /** Opens the issue's page as the chief editor does before publishing (the app then starts a render worker). */
  async openIssue(issueId: number): Promise<void> {
    try {
      const response = await fetch(`${this.base}/desk/issues/${issueId}`, { headers: this.headers('chief'), redirect: 'manual', signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
    } catch {
      // the server died meanwhile: the publication that follows finds out
    }
  }

  /** The chief editor's "publish" form: both editions. */
  async publish(issueId: number): Promise<Outcome<{ revision: number }>> {
    const action = this.actions.publishIssueAction!;
    // React's encoding of (previousState, formData): the form's fields under the prefix "_1_", the arguments in "0".
    const form = new FormData();
    form.set('_1_issueId', String(issueId));
    form.append('_1_langs', 'en');
    form.append('_1_langs', 'ru');
    form.set('0', JSON.stringify([null, '$K1']));
    const answer = await post(this.base + pagePath(action.page, issueId), { headers: this.headers('chief', action.id), body: form, timeoutMs: 120_000 });
    if ('lost' in answer) return { kind: 'lost', reason: answer.lost };
    const result = actionResult(answer.text);
    if (answer.status === 200 && result?.ok === true) return { kind: 'ok', value: { revision: Number(result.revision) } };
    return { kind: 'refused', body: result ?? `${answer.status} ${answer.text.slice(0, 200)}` };
  }
}
