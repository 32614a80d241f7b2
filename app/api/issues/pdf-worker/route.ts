import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * The pdf.js worker of the installed pdfjs-dist, for the desk's PDF preview (react-pdf). Served from
 * node_modules so that it always matches the pdf.js version the viewer runs; the client asks for it
 * with ?v=<version>, so it may be cached for good.
 */
export const dynamic = 'force-static';

const WORKER = path.join(process.cwd(), 'node_modules', 'pdfjs-dist', 'build', 'pdf.worker.min.mjs');

export async function GET(): Promise<Response> {
  const code = await fs.readFile(WORKER);
  return new Response(new Uint8Array(code), {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
}
