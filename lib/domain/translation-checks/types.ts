/**
 * The vocabulary of the English↔Russian consistency checks. Pure data: the checks run on the
 * server (review, issue checks, command line) and in the browser (live feedback in the editor).
 */
export const FINDING_KINDS = ['numbers', 'units', 'dates', 'termbase', 'untranslated', 'parity', 'typography'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export type FindingSeverity = 'error' | 'warning';

/** The texts of an article that exist in both languages. */
export const CHECKED_FIELDS = ['title', 'digest', 'body', 'photoCaption'] as const;
export type CheckedField = (typeof CHECKED_FIELDS)[number];

/** What a finding says, as a key of the `translationChecks` messages (`messages.<key>`). */
export const FINDING_MESSAGES = [
  'numberMismatch',
  'numberMissingInRu',
  'numberMissingInEn',
  'unitMismatch',
  'unitMissingInRu',
  'unitMissingInEn',
  'dateMismatch',
  'dateMissingInRu',
  'dateMissingInEn',
  'termMissingInRu',
  'termMissingInEn',
  'termForbidden',
  'emptyEn',
  'emptyRu',
  'sameText',
  'latinRun',
  'paragraphCount',
  'captionOnlyEn',
  'captionOnlyRu',
  'unpairedQuotes',
  'unpairedBrackets',
  'doubleSpace',
] as const;
export type FindingMessage = (typeof FINDING_MESSAGES)[number];

export interface TranslationFinding {
  kind: FindingKind;
  severity: FindingSeverity;
  field: CheckedField;
  /** For photo captions: the photo's place in the article, from 1. */
  photo?: number;
  /** Where it is, as the reader sees it (a few words either side); '' when that side has nothing to show. */
  en: string;
  ru: string;
  message: FindingMessage;
  /** Values for the message (the numbers, the term, the counts). */
  values: Record<string, string | number>;
  /**
   * Identifies the finding within its field regardless of where the text moved (the values it is
   * about); with the field's text hash it makes the fingerprint a dismissal is kept under.
   */
  subject: string;
}

/** One field in both languages. */
export interface FieldPair {
  field: CheckedField;
  photo?: number;
  en: string;
  ru: string;
}

export interface CheckedPhoto {
  captionEn: string;
  captionRu: string;
}

export interface TranslationCheckInput {
  titleEn: string;
  titleRu: string;
  digestEn: string;
  digestRu: string;
  bodyEn: string;
  bodyRu: string;
  photos?: readonly CheckedPhoto[];
}

export const SEVERITY_OF: Record<FindingKind, FindingSeverity> = {
  numbers: 'error',
  units: 'error',
  dates: 'error',
  termbase: 'warning',
  untranslated: 'warning', // an empty side is the exception: an error (untranslated.ts)
  parity: 'warning',
  typography: 'warning',
};
