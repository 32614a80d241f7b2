import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { resolveDataPath } from '@/lib/media/data-dir';

/** How long a previewed upload waits for its confirmation. */
export const PENDING_UPLOAD_TTL_MS = 60 * 60 * 1000;

const ROOT = 'imports/pending';
const TOKEN = /^[0-9a-f]{32}$/;

export interface PendingUpload {
  userId: number;
  createdAt: number;
  /** The basis of the plan shown in the preview (ReleaseImportPlan.basis). */
  basis: string;
  files: { fileName: string; bytes: Uint8Array }[];
}

interface Meta {
  userId: number;
  createdAt: number;
  basis: string;
  files: string[];
}

/**
 * Keeps the previewed files until the confirmation, outside the database: DATA_DIR/imports/pending/
 * <random token>/ holds the bytes under fixed names (0.bin, 1.bin) and meta.json with the original
 * names; the user's file names never become paths. Expired uploads are swept on each save.
 */
export function savePendingUpload(upload: Omit<PendingUpload, 'createdAt'>, now = Date.now()): string {
  sweepPendingUploads(now);
  const token = randomBytes(16).toString('hex');
  const dir = resolveDataPath(path.join(ROOT, token));
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  upload.files.forEach((file, i) => fs.writeFileSync(path.join(dir, `${i}.bin`), file.bytes, { mode: 0o600 }));
  const meta: Meta = { userId: upload.userId, createdAt: now, basis: upload.basis, files: upload.files.map((f) => f.fileName) };
  fs.writeFileSync(path.join(dir, 'meta.json'), JSON.stringify(meta), { mode: 0o600 });
  return token;
}

/** The upload of this token, if it is the user's and not expired; undefined otherwise. */
export function loadPendingUpload(token: string, userId: number, now = Date.now()): PendingUpload | undefined {
  if (!TOKEN.test(token)) return undefined;
  const dir = resolveDataPath(path.join(ROOT, token));
  let meta: Meta;
  try {
    meta = JSON.parse(fs.readFileSync(path.join(dir, 'meta.json'), 'utf8')) as Meta;
  } catch {
    return undefined;
  }
  if (meta.userId !== userId || now - meta.createdAt > PENDING_UPLOAD_TTL_MS) return undefined;
  const files = meta.files.map((fileName, i) => ({ fileName, bytes: new Uint8Array(fs.readFileSync(path.join(dir, `${i}.bin`))) }));
  return { userId: meta.userId, createdAt: meta.createdAt, basis: meta.basis, files };
}

export function deletePendingUpload(token: string): void {
  if (TOKEN.test(token)) fs.rmSync(resolveDataPath(path.join(ROOT, token)), { recursive: true, force: true });
}

export function sweepPendingUploads(now = Date.now()): void {
  const root = resolveDataPath(ROOT);
  let tokens: string[];
  try {
    tokens = fs.readdirSync(root);
  } catch {
    return;
  }
  for (const token of tokens) {
    if (!TOKEN.test(token)) continue;
    const meta = path.join(root, token, 'meta.json');
    let createdAt = 0;
    try {
      createdAt = (JSON.parse(fs.readFileSync(meta, 'utf8')) as Meta).createdAt;
    } catch {
      createdAt = fs.statSync(path.join(root, token)).mtimeMs; // a half-written upload: by its age
    }
    if (now - createdAt > PENDING_UPLOAD_TTL_MS) fs.rmSync(path.join(root, token), { recursive: true, force: true });
  }
}
