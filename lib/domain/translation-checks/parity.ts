import { excerpt, paragraphSpans, type Span } from './text-scan';
import { SEVERITY_OF, type CheckedPhoto, type FieldPair, type TranslationFinding } from './types';

/** The Russian text runs about this much longer than the English (letters per paragraph). */
const RU_LENGTH_RATIO = 1.15;

/** A body whose two sides have a different number of paragraphs: a paragraph lost, added or split. */
export function checkParagraphParity(pair: FieldPair): TranslationFinding[] {
  if (!pair.en.trim() || !pair.ru.trim()) return [];
  const en = paragraphSpans(pair.en);
  const ru = paragraphSpans(pair.ru);
  if (en.length === ru.length) return [];
  const at = firstDifference(pair, en, ru);
  return [
    {
      kind: 'parity',
      severity: SEVERITY_OF.parity,
      field: pair.field,
      en: excerpt(pair.en, en[Math.min(at, en.length - 1)]!.start, undefined, 60),
      ru: excerpt(pair.ru, ru[Math.min(at, ru.length - 1)]!.start, undefined, 60),
      message: 'paragraphCount',
      values: { en: en.length, ru: ru.length },
      subject: `paragraphs:${en.length}/${ru.length}`,
    },
  ];
}

/** The first paragraph whose lengths no longer correspond: where one side split, lost or added one. */
function firstDifference(pair: FieldPair, en: Span[], ru: Span[]): number {
  const n = Math.min(en.length, ru.length);
  for (let i = 0; i < n; i++) {
    const a = (en[i]!.end - en[i]!.start) * RU_LENGTH_RATIO;
    const b = ru[i]!.end - ru[i]!.start;
    if (b > a * 1.6 || a > b * 1.6) return i;
  }
  return n;
}

/** A photo caption written in one language only. */
export function checkCaptionParity(photos: readonly CheckedPhoto[]): TranslationFinding[] {
  const findings: TranslationFinding[] = [];
  photos.forEach((p, i) => {
    const en = p.captionEn.trim();
    const ru = p.captionRu.trim();
    if (!!en === !!ru) return;
    findings.push({
      kind: 'parity',
      severity: SEVERITY_OF.parity,
      field: 'photoCaption',
      photo: i + 1,
      en: excerpt(p.captionEn, 0, 0, 80),
      ru: excerpt(p.captionRu, 0, 0, 80),
      message: en ? 'captionOnlyEn' : 'captionOnlyRu',
      values: { photo: i + 1 },
      subject: en ? 'captionOnlyEn' : 'captionOnlyRu',
    });
  });
  return findings;
}
