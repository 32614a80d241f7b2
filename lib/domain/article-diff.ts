import { diffLines, diffWords, type Change } from 'diff';

/** An article as it stood at a review point (stored as JSON in article_snapshots). */
export interface ArticleSnapshotContent {
  countryCode: string;
  eventDate: string;
  outlet: string;
  titleEn: string;
  titleRu: string;
  bodyEn: string;
  bodyRu: string;
  digestEn: string;
  digestRu: string;
  sources: string[];
  photos: SnapshotPhoto[];
}

export interface SnapshotPhoto {
  id: number;
  captionEn: string;
  captionRu: string;
  creditEn: string;
  creditRu: string;
}

export const DIFF_FIELDS = [
  'countryCode',
  'eventDate',
  'outlet',
  'titleEn',
  'titleRu',
  'bodyEn',
  'bodyRu',
  'digestEn',
  'digestRu',
  'sources',
  'photosEn',
  'photosRu',
] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

export interface DiffPart {
  value: string;
  added: boolean;
  removed: boolean;
}

export interface FieldDiff {
  field: DiffField;
  parts: DiffPart[];
}

type TextField = Exclude<keyof ArticleSnapshotContent, 'sources' | 'photos'>;
const TEXT_FIELDS: readonly TextField[] = ['countryCode', 'eventDate', 'outlet', 'titleEn', 'titleRu', 'bodyEn', 'bodyRu', 'digestEn', 'digestRu'];

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** Reads stored JSON defensively: old or partial snapshots give empty fields, never a crash. */
export function parseSnapshotContent(json: unknown): ArticleSnapshotContent {
  const o = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  const photos = Array.isArray(o.photos) ? o.photos : [];
  return {
    countryCode: str(o.countryCode),
    eventDate: str(o.eventDate),
    outlet: str(o.outlet),
    titleEn: str(o.titleEn),
    titleRu: str(o.titleRu),
    bodyEn: str(o.bodyEn),
    bodyRu: str(o.bodyRu),
    digestEn: str(o.digestEn),
    digestRu: str(o.digestRu),
    sources: Array.isArray(o.sources) ? o.sources.map(str) : [],
    photos: photos.map((p: unknown) => {
      const r = (p && typeof p === 'object' ? p : {}) as Record<string, unknown>;
      return {
        id: typeof r.id === 'number' ? r.id : 0,
        captionEn: str(r.captionEn),
        captionRu: str(r.captionRu),
        creditEn: str(r.creditEn),
        creditRu: str(r.creditRu),
      };
    }),
  };
}

/** Photo captions and credits of one language, one line per photo. */
function photoLines(photos: SnapshotPhoto[], lang: 'en' | 'ru'): string {
  return photos
    .map((p) => {
      const caption = lang === 'en' ? p.captionEn : p.captionRu;
      const credit = lang === 'en' ? p.creditEn : p.creditRu;
      return `${caption || '—'}${credit ? ` (${credit})` : ''}\n`;
    })
    .join('');
}

const linesOf = (items: string[]) => items.map((s) => `${s}\n`).join('');

const toParts = (changes: Change[]): DiffPart[] =>
  changes.map((c) => ({ value: c.value, added: c.added, removed: c.removed }));

/**
 * Words as Unicode sees them: the default tokenizer of diffWords knows only Latin letters, so a
 * Russian text was compared letter by letter («и|з|ъя» → «адержа»).
 */
const WORDS = new Intl.Segmenter(undefined, { granularity: 'word' });

/** The fields that changed between two review points, each as word (texts) or line (lists) changes. */
export function diffArticle(before: ArticleSnapshotContent, after: ArticleSnapshotContent): FieldDiff[] {
  const result: FieldDiff[] = [];
  for (const field of TEXT_FIELDS) {
    if (before[field] === after[field]) continue;
    result.push({ field, parts: toParts(diffWords(before[field], after[field], { intlSegmenter: WORDS })) });
  }
  const lists: Array<[DiffField, string, string]> = [
    ['sources', linesOf(before.sources), linesOf(after.sources)],
    ['photosEn', photoLines(before.photos, 'en'), photoLines(after.photos, 'en')],
    ['photosRu', photoLines(before.photos, 'ru'), photoLines(after.photos, 'ru')],
  ];
  for (const [field, a, b] of lists) {
    if (a === b) continue;
    result.push({ field, parts: toParts(diffLines(a, b)) });
  }
  return result;
}
