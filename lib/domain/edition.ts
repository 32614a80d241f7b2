import type { Lang } from './lang';

/**
 * Everything one edition (English or Russian) of a release needs, already in that language.
 * lib/pdf renders it as is; lib/services builds it from the database.
 */
export interface EditionData {
  lang: Lang;
  year: number;
  number: number;
  periodStart: string; // YYYY-MM-DD
  periodEnd: string; // YYYY-MM-DD
  place: string; // "Almaty"
  organisation: EditionOrganisation;
  summary: { counts: string; digest: string };
  sections: EditionSection[];
  /** A corrected revision: its number, date (YYYY-MM-DD) and note, printed in the imprint. */
  correction?: { revision: number; date: string; note: string };
}

export interface EditionOrganisation {
  name: string; // full name, sentence case
  shortName: string; // CARICC / ЦАРИКЦ
  address: string;
  phone: string;
  fax: string;
  email: string;
  website: string;
  /** PNG or JPEG bytes the app produced, or null. */
  logo: EditionImage | null;
}

export interface EditionSection {
  countryCode: string;
  heading: string; // REPUBLIC OF KAZAKHSTAN
  articles: EditionArticle[];
}

export interface EditionArticle {
  id: number;
  outlet: string; // "" when none
  title: string;
  /** Markdown: paragraphs, *emphasis*, **strong**, quoted speech starting with a dash. */
  body: string;
  sources: string[]; // absolute URLs, normalised
  photos: EditionPhoto[];
}

export interface EditionImage {
  data: Uint8Array;
  format: 'jpg' | 'png';
  width: number;
  height: number;
}

export interface EditionPhoto extends EditionImage {
  caption: string;
  credit: string;
}

/** Fixed words of an edition, one set per language (see release-labels.ts). */
export interface EditionLabels {
  coverTitle: string; // INFORMATION RELEASE
  coverSubtitle: string[]; // ["ABOUT PAST EVENTS", "IN THE ANTI-DRUG SPHERE"]
  coverSource: string; // (according to the media)
  imprintTitle: string; // INFORMATION RELEASE  (+ short name)
  editorialAddress: string; // EDITORIAL ADDRESS:
  tel: string; // tel.:
  fax: string; // fax:
  /** «Information Release about past events in the anti-drug sphere», №{number}, {year} */
  citation: (number: number, year: number) => string;
  circulation: string; // Circulation in PDF format
  contents: string; // CONTENTS
  photoCredit: (credit: string) => string; // Photo: …
  correctionNote: (revision: number, date: string, note: string) => string; // Revision 2 of 05.03.2024: …
  /** PDF metadata title: Information Release #1, 01-31.01.2024 */
  documentTitle: (number: number, period: string) => string;
  documentSubject: string;
}
