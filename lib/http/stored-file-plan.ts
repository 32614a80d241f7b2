import { etagMatches, planRange } from './byte-range';

export interface StoredFile {
  absolutePath: string;
  /** Quoted strong ETag, e.g. "<sha256>". */
  etag: string;
  contentType: string;
  /** The Content-Disposition header, or null for none. */
  disposition: string | null;
  cacheControl: string;
}

/** The request headers that decide what to send. */
export interface StoredFileRequest {
  method: string;
  ifNoneMatch: string | null;
  ifRange: string | null;
  range: string | null;
}

export interface StoredFilePlan {
  status: 200 | 206 | 304 | 416;
  headers: Record<string, string>;
  /** The bytes to send (inclusive), or null for no body (304, 416, HEAD, an empty file). */
  body: { start: number; end: number } | null;
}

/**
 * What to answer for a file of `size` bytes written by the app: 304 for a matching If-None-Match,
 * 206 for a satisfiable single byte range (unless If-Range names another version), 416 for an
 * unsatisfiable one, else 200 with the whole file. Shared by the route handler and the front server.
 */
export function planStoredFile(request: StoredFileRequest, file: StoredFile, size: number): StoredFilePlan {
  const headers: Record<string, string> = {
    'Content-Type': file.contentType,
    'Cache-Control': file.cacheControl,
    ETag: file.etag,
    'Accept-Ranges': 'bytes',
    'X-Content-Type-Options': 'nosniff',
  };
  if (file.disposition) headers['Content-Disposition'] = file.disposition;

  if (etagMatches(request.ifNoneMatch, file.etag)) {
    delete headers['Content-Type'];
    return { status: 304, headers, body: null };
  }
  const plan = request.ifRange && request.ifRange.trim() !== file.etag ? { kind: 'full' as const } : planRange(request.range, size);
  if (plan.kind === 'unsatisfiable') {
    headers['Content-Range'] = `bytes */${size}`;
    headers['Content-Length'] = '0';
    return { status: 416, headers, body: null };
  }
  const [start, end, status] = plan.kind === 'partial' ? [plan.start, plan.end, 206 as const] : [0, size - 1, 200 as const];
  if (plan.kind === 'partial') headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
  headers['Content-Length'] = String(end - start + 1);
  const body = request.method === 'HEAD' || end < start ? null : { start, end };
  return { status, headers, body };
}
