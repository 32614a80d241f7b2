import fs from 'node:fs/promises';
import { fileRangeStream } from './file-stream';
import { planStoredFile, type StoredFile } from './stored-file-plan';

export type { StoredFile } from './stored-file-plan';

/**
 * Answers GET or HEAD for a file written by the app as a web Response (see planStoredFile), the
 * body streamed from disk. Null when the file is not on disk.
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
    const plan = planStoredFile(
      {
        method: request.method,
        ifNoneMatch: request.headers.get('if-none-match'),
        ifRange: request.headers.get('if-range'),
        range: request.headers.get('range'),
      },
      file,
      size,
    );
    if (!plan.body) return new Response(null, { status: plan.status, headers: plan.headers });
    keepOpen = true;
    return new Response(fileRangeStream(handle, plan.body.start, plan.body.end), { status: plan.status, headers: plan.headers });
  } finally {
    if (!keepOpen) await handle.close();
  }
}
