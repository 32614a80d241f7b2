import crypto from 'node:crypto';
import type { EditionImage } from '@/lib/domain/edition';

/** One keyed view per stored image, for the life of the bytes: the key is hashed once per process. */
const keyedViews = new WeakMap<Uint8Array, Buffer>();

/**
 * The renderer gets image bytes only (never a URL or a path): a view on the same memory, no copy.
 *
 * react-pdf 4.9 keys an image by its bytes turned into a string, twice per image and layout pass
 * (`data.toString('base64')` for its image cache, `data.toString()` for the per-document embed
 * cache): for a 100 KB photo that is 0.5 MB of strings, a seventh of the render's CPU time and
 * most of its garbage. The view answers those two calls with a short content key instead
 * ("image:<sha1>:<bytes>"), so identical bytes still share one embedded image and one parse;
 * any other encoding is the real conversion.
 */
export function imageSource(image: EditionImage): { data: Buffer; format: 'jpg' | 'png' } {
  return { data: keyedView(image.data), format: image.format };
}

function keyedView(bytes: Uint8Array): Buffer {
  const known = keyedViews.get(bytes);
  if (known) return known;
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const key = `image:${crypto.createHash('sha1').update(view).digest('hex')}:${view.byteLength}`;
  const realToString = Buffer.prototype.toString;
  Object.defineProperty(view, 'toString', {
    value(this: Buffer, encoding?: BufferEncoding, start?: number, end?: number): string {
      if ((encoding === undefined || encoding === 'base64') && start === undefined && end === undefined) return key;
      return realToString.call(this, encoding, start, end);
    },
  });
  keyedViews.set(bytes, view);
  return view;
}

/** Width and height that fit the box while keeping the image's proportions. */
export function fitImage(image: { width: number; height: number }, maxWidth: number, maxHeight: number) {
  const ratio = image.width > 0 && image.height > 0 ? image.height / image.width : 0.66;
  let width = maxWidth;
  let height = width * ratio;
  if (height > maxHeight) {
    height = maxHeight;
    width = height / ratio;
  }
  return { width, height };
}
