import fs from 'node:fs';
import path from 'node:path';
import type { EditionPhoto } from '@/lib/domain/edition';
import { processPhoto } from '@/lib/media/process-photo';
import { progress } from './stats';
import { syntheticCameraPhoto } from './synthetic-photo';

/** Generated camera originals are kept here between runs (bench-results/ is git-ignored). */
const CACHE_DIR = path.join(process.cwd(), 'bench-results', 'photo-cache');
const GENERATOR_VERSION = 1;
/** Two photos at a time: one per core. */
const PARALLEL = 2;

export interface PhotoStats {
  cameraBytes: number[];
  printBytes: number[];
  processMs: number[];
}

type Print = { data: Buffer; width: number; height: number };

/**
 * `distinct` camera-size originals (4000×3000, JPEG q92 with EXIF), each processed by processPhoto
 * on every run, exactly as an upload is. Past `distinct`, an article gets one of these prints with
 * a JPEG comment of its own: the same pixels and size, but other bytes, so that neither renderer
 * can share one embedded image between two articles (react-pdf caches images by their bytes,
 * Chromium by URL).
 */
export async function buildPhotoSet(count: number, distinct: number, stats: PhotoStats): Promise<EditionPhoto[]> {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const prints = await mapParallel(Math.min(count, distinct), async (i) => {
    const camera = await cameraOriginal(i + 1);
    const started = performance.now();
    const { print } = await processPhoto(camera);
    stats.processMs.push(performance.now() - started);
    stats.cameraBytes.push(camera.length);
    stats.printBytes.push(print.data.length);
    return print;
  });
  const photos = prints.map(toEditionPhoto);
  for (let i = prints.length; i < count; i++) {
    const print = prints[i % distinct]!;
    photos.push(toEditionPhoto({ ...print, data: withJpegComment(print.data, `bench article ${i + 1}`) }, i));
  }
  return photos;
}

/** The JPEG with a COM segment inserted after its APPn segments (JFIF/EXIF stay first). */
export function withJpegComment(jpeg: Buffer, comment: string): Buffer {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('Not a JPEG');
  let offset = 2;
  while (jpeg[offset] === 0xff && jpeg[offset + 1]! >= 0xe0 && jpeg[offset + 1]! <= 0xef) {
    offset += 2 + jpeg.readUInt16BE(offset + 2);
  }
  const text = Buffer.from(comment, 'latin1');
  const segment = Buffer.alloc(4 + text.length);
  segment.writeUInt16BE(0xfffe, 0);
  segment.writeUInt16BE(2 + text.length, 2);
  text.copy(segment, 4);
  return Buffer.concat([jpeg.subarray(0, offset), segment, jpeg.subarray(offset)]);
}

function toEditionPhoto(print: Print, index: number): EditionPhoto {
  return {
    data: print.data,
    format: 'jpg',
    width: print.width,
    height: print.height,
    caption: `Participants of the event, photo ${index + 1}`,
    credit: 'press service',
  };
}

async function cameraOriginal(seed: number): Promise<Buffer> {
  const file = path.join(CACHE_DIR, `camera-v${GENERATOR_VERSION}-${seed}.jpg`);
  if (fs.existsSync(file)) return fs.readFileSync(file);
  progress(`  generating camera photo ${seed} (4000×3000)`);
  const jpeg = await syntheticCameraPhoto(seed);
  fs.writeFileSync(file, jpeg);
  return jpeg;
}

async function mapParallel<T>(count: number, work: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(Math.max(0, count));
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      results[index] = await work(index);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return results;
}
