import fs from 'node:fs';
import path from 'node:path';
import { resolveDataPath } from '@/lib/media/data-dir';
import { writeFileAtomic } from './atomic-file';
import type { RenderedPdf } from './rendered-pdf';

/** Rendered editions by content hash, kept across restarts: DATA_DIR/cache/previews/<hash>.pdf (+ .json). */
export const PREVIEW_CACHE = path.join('cache', 'previews');
const KEEP = 40;

const HASH = /^[0-9a-f]{64}$/;

function files(hash: string) {
  if (!HASH.test(hash)) throw new Error(`Not a content hash: ${hash}`);
  const dir = resolveDataPath(PREVIEW_CACHE);
  return { dir, pdf: path.join(dir, `${hash}.pdf`), meta: path.join(dir, `${hash}.json`) };
}

export function readCachedRender(hash: string): RenderedPdf | null {
  const f = files(hash);
  try {
    const meta = JSON.parse(fs.readFileSync(f.meta, 'utf8')) as Omit<RenderedPdf, 'pdf'>;
    const pdf = fs.readFileSync(f.pdf);
    return { ...meta, pdf };
  } catch {
    return null;
  }
}

/** The metadata goes in first: a .pdf without its .json is never read. */
export function writeCachedRender(hash: string, rendered: RenderedPdf): void {
  const f = files(hash);
  fs.mkdirSync(f.dir, { recursive: true });
  const { pdf, ...meta } = rendered;
  writeFileAtomic(f.meta, Buffer.from(JSON.stringify(meta)));
  writeFileAtomic(f.pdf, pdf);
  pruneCache(f.dir);
}

/** Keeps the most recent renders only. */
function pruneCache(dir: string): void {
  const pdfs = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.pdf'))
    .map((name) => ({ name, at: fs.statSync(path.join(dir, name)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const old of pdfs.slice(KEEP)) {
    fs.rmSync(path.join(dir, old.name), { force: true });
    fs.rmSync(path.join(dir, old.name.replace(/\.pdf$/, '.json')), { force: true });
  }
}
