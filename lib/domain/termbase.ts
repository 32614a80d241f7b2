/** The termbase's vocabulary: a term and its categories (matching: termbase-match.ts). */

export const TERM_CATEGORIES = ['agency', 'drug', 'legal', 'place', 'unit'] as const;
export type TermCategory = (typeof TERM_CATEGORIES)[number];

export interface Term {
  /** The database id (absent for terms not stored yet, e.g. a CSV being checked). */
  id?: number;
  /** The English phrase. */
  en: string;
  /** The Russian phrase in its dictionary form (nominative). */
  ru: string;
  /** Other accepted English forms and abbreviations ("CNS", "MIA"). */
  variantsEn: string[];
  /** Other accepted Russian forms and abbreviations («КНБ», «МВД»). */
  variantsRu: string[];
  /** English forms that must not be used. */
  forbiddenEn: string[];
  /** Russian forms that must not be used («Киргизия»). */
  forbiddenRu: string[];
  category: TermCategory;
  note: string;
}

/** Who manages the termbase under Administration: the chief editor and the administrator. */
export const CAN_MANAGE_TERMS: readonly ('editor' | 'chief' | 'admin')[] = ['chief', 'admin'];
