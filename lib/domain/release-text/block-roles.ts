import type { Block } from './blocks';
import { endsSentence, isBareCapitalsLine, isCapitals, isOutletShaped } from './text-shape';

/** A Markdown heading, a bold line in capitals, or a bare line in capitals: where headings and titles stand. */
export function isHeadingLike(block: Block): boolean {
  return isTitleForm(block) || isBareCapitals(block);
}

/** The forms an article title takes in the text: `## …`, `### …`, `**…**`. */
export function isTitleForm(block: Block): boolean {
  return block.kind === 'heading' || (block.kind === 'bold' && isCapitals(block.text));
}

export function isBareCapitals(block: Block): boolean {
  return block.kind === 'text' && block.lines.length === 1 && isBareCapitalsLine(block.text);
}

/** `**KAKTUSMEDIA**`: a short bold label (its case is the outlet's own). */
export function isOutletLabel(block: Block): boolean {
  return block.kind === 'bold' && isOutletShaped(block.text);
}

/** Where a country heading may stand, in any case: a heading, a bold line, a single line that is no sentence. */
export function mayBeCountryHeading(block: Block): boolean {
  if (block.kind === 'heading' || block.kind === 'bold') return true;
  return block.kind === 'text' && block.lines.length === 1 && !endsSentence(block.text);
}
