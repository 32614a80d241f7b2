import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { resolveDataPath } from './data-dir';

/** Width of the stored thumbnail in pixels: sharp at 3× the archive's 120 CSS px. */
export const COVER_WIDTH = 360;

/** Where the cover thumbnail of a stored PDF lives: releases/2024/1/r1-en.pdf → releases/2024/1/r1-en-cover.webp */
export function coverThumbnailPath(pdfPath: string): string {
  return pdfPath.replace(/\.pdf$/i, '') + '-cover.webp';
}

/**
 * Page 1 of a PDF as a WebP image `width` pixels wide, drawn by pdf.js on @napi-rs/canvas (the
 * canvas pdf.js itself loads in Node) with the fonts embedded in the PDF.
 */
export async function renderPdfCover(pdf: Uint8Array, width = COVER_WIDTH): Promise<Buffer> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of the buffer it is given, so it gets a copy.
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  try {
    const page = await doc.getPage(1);
    const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
    const factory = doc.canvasFactory as CanvasFactory;
    const { canvas, context } = factory.create(Math.round(viewport.width), Math.round(viewport.height));
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, viewport.width, viewport.height);
    await page.render({ canvas, canvasContext: context, viewport }).promise;
    return await sharp(canvas.toBuffer('image/png')).webp({ quality: 82 }).toBuffer();
  } finally {
    await doc.destroy();
  }
}

/** pdf.js's own canvas factory: in Node it makes @napi-rs/canvas canvases. */
interface CanvasFactory {
  create(width: number, height: number): {
    canvas: HTMLCanvasElement & { toBuffer(mime: 'image/png'): Buffer };
    context: CanvasRenderingContext2D;
  };
}

const pending = new Map<string, Promise<string>>();

/**
 * The absolute path of the cover thumbnail of a stored PDF (path relative to the data directory),
 * drawing and storing it first if it is not there yet. The publish service may call it right
 * after writing an edition; otherwise the first request for the cover does, once.
 */
export function ensureCoverThumbnail(pdfPath: string): Promise<string> {
  const target = resolveDataPath(coverThumbnailPath(pdfPath));
  if (fs.existsSync(target)) return Promise.resolve(target);
  let job = pending.get(target);
  if (!job) {
    job = writeCover(resolveDataPath(pdfPath), target).finally(() => pending.delete(target));
    pending.set(target, job);
  }
  return job;
}

async function writeCover(source: string, target: string): Promise<string> {
  const image = await renderPdfCover(await fs.promises.readFile(source));
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  await fs.promises.writeFile(temporary, image);
  await fs.promises.rename(temporary, target);
  return target;
}
