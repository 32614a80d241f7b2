import { fileTypeFromBuffer } from 'file-type';
import sharp, { type Metadata } from 'sharp';

export const PHOTO_MAX_BYTES = 25 * 1024 * 1024;
export const PHOTO_MAX_PIXELS = 50_000_000;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

export type UploadProblem = 'empty' | 'too_large' | 'type' | 'too_many_pixels' | 'corrupt';

export type UploadInspection =
  | { ok: true; type: PhotoType; width: number; height: number }
  | { ok: false; problem: UploadProblem };

/**
 * Decides from the bytes alone (never the name or the browser's claim) whether an upload is a
 * JPEG, PNG or WebP photo of acceptable size. Reads headers only: a pixel bomb is refused before
 * anything is decoded.
 */
export async function inspectUpload(bytes: Uint8Array): Promise<UploadInspection> {
  if (bytes.byteLength === 0) return { ok: false, problem: 'empty' };
  if (bytes.byteLength > PHOTO_MAX_BYTES) return { ok: false, problem: 'too_large' };
  const detected = await fileTypeFromBuffer(bytes);
  const type = PHOTO_TYPES.find((t) => t === detected?.mime);
  if (!type) return { ok: false, problem: 'type' };
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
  if (!meta.width || !meta.height) return { ok: false, problem: 'corrupt' };
  if (meta.width * meta.height > PHOTO_MAX_PIXELS) return { ok: false, problem: 'too_many_pixels' };
  return { ok: true, type, width: meta.width, height: meta.height };
}
