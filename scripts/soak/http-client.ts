import fs from 'node:fs';
import path from 'node:path';

/** The outcome of one request: answered (ok or refused, with the body) or lost (the server died or timed out). */
export type Outcome<T> = { kind: 'ok'; value: T } | { kind: 'refused'; body: unknown } | { kind: 'lost'; reason: string };

interface ManifestEntry {
  workers: Record<string, unknown>;
  filename?: string;
  exportedName?: string;
}

/**
 * Server action ids of the production build, by exported name, with a page that can run each (from
 * DIST/server/server-reference-manifest.json): the soak calls actions over HTTP as the browser does.
 */
export function findActions(distDir: string, names: string[]): Record<string, { id: string; page: string }> {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as { node: Record<string, ManifestEntry> };
  const found: Record<string, { id: string; page: string }> = {};
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (!entry.exportedName || !names.includes(entry.exportedName)) continue;
    // Prefer the page the browser posts from (a desk page with the id), not a catch-all that also bundles it.
    const pages = Object.keys(entry.workers).filter((w) => w.endsWith('/page') && !w.includes('[...'));
    const page = pages.find((w) => w.includes('/desk/') && w.includes('[id]')) ?? pages[0];
    if (page) found[entry.exportedName] = { id, page };
  }
  const missing = names.filter((n) => !found[n]);
  if (missing.length > 0) throw new Error(`Server actions not found in ${distDir}: ${missing.join(', ')}`);
  return found;
}

/** A page route of the manifest ('app/[locale]/desk/articles/[id]/page') as the browser's URL path for the given id (the locale comes from the cookie). */
export function pagePath(page: string, id: number): string {
  return page
    .replace(/^app/, '')
    .replace(/\/page$/, '')
    .replace('/[locale]', '')
    .replace(/\[[^\]]+\]/g, String(id));
}

/** The value a server action returned, read from its RSC answer (the row holding an object with `ok`). */
export function actionResult(body: string): { ok: boolean; [key: string]: unknown } | undefined {
  for (const line of body.split('\n')) {
    const match = /^[0-9a-f]+:(\{.*\})$/.exec(line);
    if (!match) continue;
    try {
      const value = JSON.parse(match[1]!) as Record<string, unknown>;
      if (typeof value.ok === 'boolean') return value as { ok: boolean };
    } catch {
      // not JSON: another kind of row
    }
  }
  return undefined;
}

export async function post(url: string, init: { headers: Record<string, string>; body: BodyInit; timeoutMs: number }): Promise<{ status: number; text: string } | { lost: string }> {
  try {
    const response = await fetch(url, { method: 'POST', headers: init.headers, body: init.body, redirect: 'manual', signal: AbortSignal.timeout(init.timeoutMs) });
    return { status: response.status, text: await response.text() };
  } catch (error) {
    return { lost: (error as Error).cause ? String((error as Error & { cause: unknown }).cause) : (error as Error).message };
  }
}
