import fs from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { planStoredFile, type StoredFile } from './stored-file-plan';

const header = (request: IncomingMessage, name: string): string | null => {
  const value = request.headers[name];
  return typeof value === 'string' ? value : null;
};

/**
 * The front server's way of answering GET or HEAD for a file written by the app: the same answer as
 * storedFileResponse (see planStoredFile), written straight to the Node response and streamed from
 * disk with a known Content-Length. False, with nothing sent, when the file is not on disk.
 */
export async function sendStoredFile(request: IncomingMessage, response: ServerResponse, file: StoredFile): Promise<boolean> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file.absolutePath, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    const plan = planStoredFile(
      {
        method: request.method ?? 'GET',
        ifNoneMatch: header(request, 'if-none-match'),
        ifRange: header(request, 'if-range'),
        range: header(request, 'range'),
      },
      file,
      size,
    );
    response.writeHead(plan.status, plan.headers);
    if (!plan.body) {
      response.end();
      return true;
    }
    // A client that goes away mid-download ends the pipeline with an error: nothing to report.
    await pipeline(handle.createReadStream({ start: plan.body.start, end: plan.body.end, autoClose: false }), response).catch(() => {});
    return true;
  } finally {
    await handle.close();
  }
}
