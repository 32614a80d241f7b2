import path from 'node:path';
import { Font } from '@react-pdf/renderer';
import { hyphenateWord } from './hyphenation';

export const SERIF = 'PT Serif';
export const SANS = 'PT Sans';

/** Full TTF files (Latin + Cyrillic incl. Kazakh/Uzbek letters); resolved from the project root. */
export function fontsDir(): string {
  return path.join(process.cwd(), 'lib', 'pdf', 'fonts');
}

let registered = false;

/** Registers the edition fonts and hyphenation once per process. */
export function registerEditionFonts(): void {
  if (registered) return;
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
  registered = true;
}
