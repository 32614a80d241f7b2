import type { EditionImage } from '@/lib/domain/edition';

/** The renderer gets image bytes only (never a URL or a path); a view on the same memory, no copy. */
export function imageSource(image: EditionImage): { data: Buffer; format: 'jpg' | 'png' } {
  const bytes = image.data;
  const data = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { data, format: image.format };
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
