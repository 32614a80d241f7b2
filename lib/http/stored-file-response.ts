import fs from 'node:fs/promises';
import { etagMatches, planRange } from './byte-range';
import { fileRangeStream } from './file-stream';

export interface StoredFile {
  absolutePath: string;
  /** Quoted strong ETag, e.g. "<sha256>". */
  etag: string;
  contentType: string;
  /** The Content-Disposition header, or null for none. */
  disposition: string | null;
  cacheControl: string;
}

/**
 * Answers GET or HEAD for a file written by the app: 304 for a matching If-None-Match, 206 for a
 * satisfiable single byte range (unless If-Range names another version), 416 for an unsatisfiable
 * one, else 200 with the whole file, streamed from disk. Null when the file is not on disk.
 */
export async function storedFileResponse(request: Request, file: StoredFile): Promise<Response | null> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file.absolutePath, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let keepOpen = false;
  try {
    const { size } = await handle.stat();
    const headers = new Headers({
      'Content-Type': file.contentType,
      'Cache-Control': file.cacheControl,
      ETag: file.etag,
      'Accept-Ranges': 'bytes',
      'X-Content-Type-Options': 'nosniff',
    });
    if (file.disposition) headers.set('Content-Disposition', file.disposition);

    if (etagMatches(request.headers.get('if-none-match'), file.etag)) {
      headers.delete('Content-Type');
      return new Response(null, { status: 304, headers });
    }
    const ifRange = request.headers.get('if-range');
    const plan = ifRange && ifRange.trim() !== file.etag ? { kind: 'full' as const } : planRange(request.headers.get('range'), size);
    if (plan.kind === 'unsatisfiable') {
      headers.set('Content-Range', `bytes */${size}`);
      headers.set('Content-Length', '0');
      return new Response(null, { status: 416, headers });
    }
    const [start, end, status] = plan.kind === 'partial' ? [plan.start, plan.end, 206] : [0, size - 1, 200];
    if (plan.kind === 'partial') headers.set('Content-Range', `bytes ${start}-${end}/${size}`);
    headers.set('Content-Length', String(end - start + 1));
    if (request.method === 'HEAD' || end < start) return new Response(null, { status, headers });
    keepOpen = true;
    return new Response(fileRangeStream(handle, start, end), { status, headers });
  } finally {
    if (!keepOpen) await handle.close();
  }
}
