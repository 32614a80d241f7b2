/**
 * The release prints a photo credit as "Photo: …" / «Фото: …». Editors often type the label
 * themselves ("Photo: polisia.kz"), which printed as "Photo: Photo: polisia.kz": the label typed in
 * either language, with a colon, full stop or dash after it, is taken off (repeatedly) before printing.
 */
const TYPED_LABEL = /^\s*(?:photo|фото)\s*[:.\-–—]\s*/iu;

export function bareCredit(credit: string): string {
  let text = credit.trim();
  while (TYPED_LABEL.test(text)) text = text.replace(TYPED_LABEL, '');
  return text;
}
