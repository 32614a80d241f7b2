import path from 'node:path';
import { Font } from '@react-pdf/renderer';
import { hyphenateWord } from './hyphenation';

export const SERIF = 'PT Serif';
export const SANS = 'PT Sans';

/** Full TTF files (Latin + Cyrillic incl. Kazakh/Uzbek letters); resolved from the project root. */
export function fontsDir(): string {
  return path.join(process.cwd(), 'lib', 'pdf', 'fonts');
}

/**
 * Registers the edition fonts and hyphenation afresh for each render. Reusing the loaded fonts
 * across documents in one process drops glyphs: a second document loses the letters the first one
 * used (an English edition rendered after the Russian one printed "ENTRAL ASIAN" for "CENTRAL
 * ASIAN"), so each document gets fontkit fonts of its own; loading the six TTF files is cheap
 * beside a render.
 */
export function registerEditionFonts(): void {
  // Font.clear() would also drop react-pdf's built-in families; only ours are replaced.
  const families = Font.getRegisteredFonts() as Record<string, unknown>;
  delete families[SERIF];
  delete families[SANS];
  const file = (name: string) => path.join(fontsDir(), name);
  Font.register({
    family: SERIF,
    fonts: [
      { src: file('PTSerif-Regular.ttf') },
      { src: file('PTSerif-Italic.ttf'), fontStyle: 'italic' },
      { src: file('PTSerif-Bold.ttf'), fontWeight: 'bold' },
      { src: file('PTSerif-BoldItalic.ttf'), fontWeight: 'bold', fontStyle: 'italic' },
    ],
  });
  Font.register({
    family: SANS,
    fonts: [
      { src: file('PTSans-Regular.ttf') },
      { src: file('PTSans-Bold.ttf'), fontWeight: 'bold' },
    ],
  });
  Font.registerHyphenationCallback(hyphenateWord);
}
