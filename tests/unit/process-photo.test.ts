import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { requiredPhotoWidthPx } from '@/lib/domain/issue-checks';
import { COLUMN_WIDTH, MAX_PHOTO_HEIGHT } from '@/lib/pdf/styles';
import {
  MAX_INPUT_PIXELS,
  PhotoDecodeError,
  PhotoTooLargeError,
  PRINT_MAX_SIDE,
  processPhoto,
  THUMB_MAX_SIDE,
} from '@/lib/media/process-photo';

/** Left half red, right half blue: which side ends up on top tells how the photo was turned. */
function halves(width: number, height: number): Buffer {
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = (y * width + x) * 3;
      const red = x < width / 2;
      pixels[i] = red ? 230 : 20;
      pixels[i + 1] = 20;
      pixels[i + 2] = red ? 20 : 230;
    }
  }
  return pixels;
}

/** A camera-like JPEG: EXIF with a GPS position, an orientation tag, a comment. */
async function cameraJpeg(width: number, height: number, orientation = 1): Promise<Buffer> {
  return sharp(halves(width, height), { raw: { width, height, channels: 3 } })
    .withExif({
      IFD0: { Make: 'TestCam', Model: 'Secret Model 9000', Copyright: 'Somebody' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '43/1 15/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '76/1 57/1 0/1' },
    })
    .withMetadata({ orientation })
    .jpeg({ quality: 90 })
    .toBuffer();
}

async function pixelAt(jpeg: Buffer, x: number, y: number): Promise<[number, number, number]> {
  const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [data[i]!, data[i + 1]!, data[i + 2]!];
}

describe('processPhoto', () => {
  it('the input really carries EXIF, GPS and an orientation (so the next tests can fail)', async () => {
    const meta = await sharp(await cameraJpeg(300, 200, 6)).metadata();
    expect(meta.exif).toBeDefined();
    expect(meta.orientation).toBe(6);
    expect(meta.exif!.includes(Buffer.from('Secret Model 9000'))).toBe(true);
  });

  it('drops EXIF and GPS from both outputs', async () => {
    const { print, thumb } = await processPhoto(await cameraJpeg(300, 200));
    for (const image of [print, thumb]) {
      const meta = await sharp(image.data).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      expect(image.data.includes(Buffer.from('Secret Model 9000'))).toBe(false);
      expect(image.data.includes(Buffer.from('Exif\0'))).toBe(false);
      expect(meta.format).toBe('jpeg');
      expect(meta.space).toBe('srgb');
      expect(image.format).toBe('jpg');
    }
  });

  it('applies the EXIF orientation to the pixels', async () => {
    // Orientation 6: the camera was turned; shown upright, the image is rotated 90° clockwise,
    // so the stored left half (red) ends up on top.
    const { print } = await processPhoto(await cameraJpeg(300, 200, 6));
    expect([print.width, print.height]).toEqual([200, 300]);
    const top = await pixelAt(print.data, 100, 30);
    const bottom = await pixelAt(print.data, 100, 270);
    expect(top[0]).toBeGreaterThan(150);
    expect(top[2]).toBeLessThan(100);
    expect(bottom[2]).toBeGreaterThan(150);
    expect(bottom[0]).toBeLessThan(100);
  });

  it('brings the long side down to 1120 px for print and 400 px for the thumbnail, keeping proportions', async () => {
    const input = await sharp({ create: { width: 4000, height: 2500, channels: 3, background: '#808080' } })
      .jpeg()
      .toBuffer();
    const { print, thumb } = await processPhoto(input);
    expect(PRINT_MAX_SIDE).toBe(1120);
    expect([print.width, print.height]).toEqual([1120, 700]);
    expect([thumb.width, thumb.height]).toEqual([THUMB_MAX_SIDE, 250]);
    const meta = await sharp(print.data).metadata();
    expect([meta.width, meta.height]).toEqual([print.width, print.height]);
  });

  it('keeps a camera photo wide enough for the issue checks: the column at 150 dpi, landscape or portrait', async () => {
    const column = { widthPt: COLUMN_WIDTH, maxHeightPt: MAX_PHOTO_HEIGHT, dpi: 150 };
    for (const [width, height] of [
      [4000, 3000],
      [3000, 4000],
      [4000, 2000],
    ] as const) {
      const input = await sharp({ create: { width, height, channels: 3, background: '#808080' } }).jpeg().toBuffer();
      const { print } = await processPhoto(input);
      expect(print.width).toBeGreaterThanOrEqual(requiredPhotoWidthPx(print, column));
    }
  });

  it('never enlarges a small photo', async () => {
    const { print, thumb } = await processPhoto(await cameraJpeg(300, 200));
    expect([print.width, print.height]).toEqual([300, 200]);
    expect(Math.max(thumb.width, thumb.height)).toBeLessThanOrEqual(THUMB_MAX_SIDE);
  });

  it('accepts a PNG with transparency and returns a JPEG on white', async () => {
    const png = await sharp({ create: { width: 50, height: 40, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toBuffer();
    const { print } = await processPhoto(png);
    expect((await sharp(print.data).metadata()).format).toBe('jpeg');
    const [r, g, b] = await pixelAt(print.data, 10, 10);
    expect(Math.min(r, g, b)).toBeGreaterThan(240);
  });

  it('refuses a decompression bomb before decoding it', async () => {
    // A real small JPEG whose header claims 10000 × 10000 pixels.
    const jpeg = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#000' } })
      .jpeg({ mozjpeg: false, progressive: false })
      .toBuffer();
    const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
    expect(sof).toBeGreaterThan(0);
    jpeg.writeUInt16BE(10_000, sof + 5);
    jpeg.writeUInt16BE(10_000, sof + 7);
    expect(10_000 * 10_000).toBeGreaterThan(MAX_INPUT_PIXELS);
    const error = await processPhoto(jpeg).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PhotoTooLargeError);
    expect((error as PhotoTooLargeError).width).toBe(10_000);
  });

  it('reports bytes that are not an image as a decode error', async () => {
    await expect(processPhoto(new TextEncoder().encode('definitely not a photo'))).rejects.toBeInstanceOf(PhotoDecodeError);
  });
});
