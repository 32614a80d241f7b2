/**
 * The render worker: a child process that renders one edition and exits, so that a render never
 * holds up the web server's event loop. Protocol: stdin = v8-serialised EditionData, file
 * descriptor 3 = v8-serialised RenderedPdf (not stdout, where a library might print a warning);
 * on failure a message on stderr and exit code 1.
 * Run as: node --import tsx lib/services/rendering/render-worker.ts
 */
import fs from 'node:fs';
import v8 from 'node:v8';
import type { EditionData } from '@/lib/domain/edition';
import { renderInProcess } from './render-in-process';

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

try {
  const data = v8.deserialize(await readAll(process.stdin)) as EditionData;
  const rendered = await renderInProcess(data);
  const out = v8.serialize(rendered);
  const result = fs.createWriteStream('', { fd: 3 });
  await new Promise<void>((resolve, reject) => result.end(out, () => resolve()).on('error', reject));
  process.exit(0);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
}
