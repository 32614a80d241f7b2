import type { Block } from './blocks';
import { normaliseName } from './text-shape';

const CONTACT = /[\w.+-]+@[\w-]+\.[\w.]+|(?<!\p{L})(?:tel|fax|тел|факс)\.?:|www\.\S+/iu;

/**
 * The back cover repeats the organisation's name and address after the last source link. Returns the
 * index of its first block (blocks.length when there is none): the trailing run of blocks that repeat
 * a block of the front matter or carry contact details.
 */
export function findBackCoverStart(blocks: Block[], bodyStart: number): number {
  const front = new Set(blocks.slice(0, bodyStart).map((b) => normaliseName(b.text)));
  let lastSource = -1;
  blocks.forEach((b, i) => {
    if (b.kind === 'source') lastSource = i;
  });
  let start = blocks.length;
  for (let i = blocks.length - 1; i > Math.max(lastSource, bodyStart - 1); i--) {
    const block = blocks[i]!;
    if (front.has(normaliseName(block.text)) || CONTACT.test(block.text)) start = i;
    else break;
  }
  return start;
}
