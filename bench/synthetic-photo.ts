import sharp from 'sharp';

export const CAMERA_WIDTH = 4000;
export const CAMERA_HEIGHT = 3000;

/** A small deterministic PRNG (mulberry32) so every run generates the same photos. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A camera-size JPEG (quality 92, with EXIF and GPS) whose content compresses roughly like a
 * photograph: a smooth colour field (sky, walls), hard-edged blocks (buildings, people), a
 * mid-frequency texture (foliage, fabric) and sensor grain. Pure noise would compress far worse
 * than any real photo, flat gradients far better.
 */
export async function syntheticCameraPhoto(seed: number, width = CAMERA_WIDTH, height = CAMERA_HEIGHT): Promise<Buffer> {
  const rand = random(seed);
  const pixels = new Uint8ClampedArray(width * height * 3);
  paintColourField(pixels, width, height, rand);
  paintBlocks(pixels, width, height, rand);
  addTexture(pixels, width, height, rand);
  return sharp(Buffer.from(pixels.buffer), { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 92 })
    .withExif({
      IFD0: { Make: 'Bench', Model: 'Synthetic 12MP', Artist: 'Release Desk bench', Copyright: `photo ${seed}` },
      IFD2: { ExposureTime: '1/125', FNumber: '56/10', ISOSpeedRatings: '400' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '43/1 15/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '76/1 54/1 0/1' },
    })
    .toBuffer();
}

/** Bilinear interpolation of a coarse random colour grid. */
function paintColourField(pixels: Uint8ClampedArray, width: number, height: number, rand: () => number): void {
  const gw = 7;
  const gh = 6;
  const grid = Float64Array.from({ length: gw * gh * 3 }, () => 40 + rand() * 180);
  for (let y = 0; y < height; y++) {
    const gy = (y * (gh - 1)) / height;
    const y0 = Math.floor(gy);
    const fy = gy - y0;
    for (let x = 0; x < width; x++) {
      const gx = (x * (gw - 1)) / width;
      const x0 = Math.floor(gx);
      const fx = gx - x0;
      const a = (y0 * gw + x0) * 3;
      const b = a + gw * 3;
      const i = (y * width + x) * 3;
      for (let c = 0; c < 3; c++) {
        const top = grid[a + c]! * (1 - fx) + grid[a + 3 + c]! * fx;
        const bottom = grid[b + c]! * (1 - fx) + grid[b + 3 + c]! * fx;
        pixels[i + c] = top * (1 - fy) + bottom * fy;
      }
    }
  }
}

function paintBlocks(pixels: Uint8ClampedArray, width: number, height: number, rand: () => number): void {
  for (let n = 0; n < 14; n++) {
    const x0 = Math.floor(rand() * width);
    const y0 = Math.floor(rand() * height);
    const x1 = Math.min(width, x0 + Math.floor((0.05 + rand() * 0.3) * width));
    const y1 = Math.min(height, y0 + Math.floor((0.05 + rand() * 0.4) * height));
    const shift = [rand() * 120 - 60, rand() * 120 - 60, rand() * 120 - 60];
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const i = (y * width + x) * 3;
        pixels[i] = pixels[i]! + shift[0]!;
        pixels[i + 1] = pixels[i + 1]! + shift[1]!;
        pixels[i + 2] = pixels[i + 2]! + shift[2]!;
      }
    }
  }
}

/** Value noise with ~10 px cells (survives the downscale to 1600 px) plus per-pixel grain. */
function addTexture(pixels: Uint8ClampedArray, width: number, height: number, rand: () => number): void {
  const cell = 10;
  const gw = Math.ceil(width / cell) + 2;
  const gh = Math.ceil(height / cell) + 2;
  const grid = Float64Array.from({ length: gw * gh }, () => (rand() - 0.5) * 50);
  for (let y = 0; y < height; y++) {
    const gy = y / cell;
    const y0 = Math.floor(gy);
    const fy = gy - y0;
    for (let x = 0; x < width; x++) {
      const gx = x / cell;
      const x0 = Math.floor(gx);
      const fx = gx - x0;
      const a = y0 * gw + x0;
      const top = grid[a]! * (1 - fx) + grid[a + 1]! * fx;
      const bottom = grid[a + gw]! * (1 - fx) + grid[a + gw + 1]! * fx;
      const v = top * (1 - fy) + bottom * fy + (rand() - 0.5) * 16;
      const i = (y * width + x) * 3;
      pixels[i] = pixels[i]! + v;
      pixels[i + 1] = pixels[i + 1]! + v;
      pixels[i + 2] = pixels[i + 2]! + v;
    }
  }
}
