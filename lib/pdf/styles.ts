import { StyleSheet } from '@react-pdf/renderer';
import { SANS, SERIF } from './fonts';

/** A4 in points and the text column; photos are laid out at the column width. */
export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;
export const MARGIN_X = 62;
export const MARGIN_TOP = 56;
export const MARGIN_BOTTOM = 68;
export const COLUMN_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
/** A tall portrait photo is scaled down to this height so its article keeps moving. */
export const MAX_PHOTO_HEIGHT = 400;

export const INK = '#1a1a1a';
export const MUTED = '#555555';
export const LINK = '#1f4e8c';

// Never put lineHeight on a <Page> (react-pdf crashes with a dynamic footer); always set fontSize beside it.
// Nor on a Text with a `render` callback: the new pagination engine resolves it twice when it re-measures
// the node (1.3 becomes 1.3 × 14 × 14 pt) and leaves a page-high gap below it.
export const styles = StyleSheet.create({
  page: {
    fontFamily: SERIF,
    fontSize: 11,
    color: INK,
    paddingTop: MARGIN_TOP,
    paddingBottom: MARGIN_BOTTOM,
    paddingHorizontal: MARGIN_X,
  },
  coverPage: {
    fontFamily: SERIF,
    fontSize: 12,
    color: INK,
    paddingTop: 64,
    paddingBottom: 64,
    paddingHorizontal: 56,
  },
  footer: {
    position: 'absolute',
    bottom: 30,
    left: 0,
    right: 0,
    textAlign: 'center',
    fontFamily: SANS,
    fontSize: 9,
    color: MUTED,
  },
  paragraph: {
    fontSize: 11,
    lineHeight: 1.4,
    textAlign: 'justify',
    textIndent: 18,
    marginBottom: 5,
  },
  // Rendered through a `render` callback (it records its page): no lineHeight, see above.
  sectionHeading: {
    fontFamily: SANS,
    fontWeight: 'bold',
    fontSize: 14,
    textAlign: 'center',
    letterSpacing: 0.6,
    marginTop: 14,
    marginBottom: 14,
  },
  article: {
    marginBottom: 18,
  },
  outlet: {
    fontFamily: SANS,
    fontWeight: 'bold',
    fontSize: 9,
    lineHeight: 1.3,
    color: MUTED,
    marginBottom: 3,
  },
  articleTitle: {
    fontWeight: 'bold',
    fontSize: 12,
    lineHeight: 1.3,
    marginBottom: 8,
  },
  photo: {
    marginBottom: 8,
  },
  photoCaption: {
    fontStyle: 'italic',
    fontSize: 9.5,
    lineHeight: 1.3,
    marginTop: 3,
  },
  photoCredit: {
    fontFamily: SANS,
    fontSize: 8.5,
    lineHeight: 1.3,
    color: MUTED,
    marginTop: 1,
  },
  sources: {
    marginTop: 4,
  },
  source: {
    // Only the text is clickable, not the rest of the line.
    alignSelf: 'flex-start',
    fontFamily: SANS,
    fontSize: 9,
    lineHeight: 1.35,
    color: LINK,
    textDecoration: 'none',
  },
});
