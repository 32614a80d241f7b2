import type { Lang } from '@/lib/domain/lang';
import type { Block } from './blocks';

/** Cyrillic share of the letters outside links decides; the CONTENTS / СОДЕРЖАНИЕ marker breaks a tie. */
export function detectLanguage(blocks: Block[]): Lang {
  let cyrillic = 0;
  let latin = 0;
  for (const block of blocks) {
    if (block.kind === 'source') continue;
    const text = block.text.replace(/\S*(?:https?:\/\/|www\.|@)\S*/g, '');
    cyrillic += text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
    latin += text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  }
  if (cyrillic > latin) return 'ru';
  if (latin > cyrillic) return 'en';
  return blocks.some((b) => /^содержание$/i.test(b.text)) ? 'ru' : 'en';
}

export function isContentsMarker(block: Block): boolean {
  return (block.kind === 'heading' || block.kind === 'bold' || block.kind === 'text') && /^(contents|содержание)$/i.test(block.text.trim());
}
