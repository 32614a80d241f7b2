import { z } from 'zod';
import { ISSUE_YEAR_MAX, ISSUE_YEAR_MIN } from '@/lib/domain/issue-numbering';
import { LANGS } from '@/lib/domain/lang';
import { STATES } from '@/lib/domain/workflow';
import { SEARCH_SORTS, type SearchFilters } from '@/lib/db/queries/search';

/** Search parameters as they come in a URL: all optional, all text; anything malformed is refused. */
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' || v == null ? undefined : v), schema.optional());

export const searchParamsSchema = z.object({
  q: z.preprocess((v) => (v == null ? '' : v), z.string().max(2000)),
  country: optional(z.string().regex(/^[A-Za-z]{2}$/).transform((c) => c.toUpperCase())),
  year: optional(z.coerce.number().int().min(ISSUE_YEAR_MIN).max(ISSUE_YEAR_MAX)),
  from: optional(date),
  to: optional(date),
  issue: optional(z.string().regex(/^\d{4}\/\d{1,3}$/)),
  lang: optional(z.enum(LANGS)),
  sort: optional(z.enum(SEARCH_SORTS)),
  page: optional(z.coerce.number().int().min(1).max(500)),
  status: optional(z.enum(STATES)),
});

export type SearchParams = z.infer<typeof searchParamsSchema>;

export const PAGE_SIZE = 20;

/** The filters the queries take: a year is the range of its event dates, an issue its year and number. */
export function filtersOf(params: SearchParams): SearchFilters {
  const [issueYear, issueNumber] = params.issue ? params.issue.split('/').map(Number) : [];
  return {
    countryCode: params.country,
    from: params.from ?? (params.year ? `${params.year}-01-01` : undefined),
    to: params.to ?? (params.year ? `${params.year}-12-31` : undefined),
    issue: issueYear && issueNumber ? { year: issueYear, number: issueNumber } : undefined,
    lang: params.lang,
    sort: params.sort ?? 'relevance',
  };
}

/** Reads URL search parameters (first value of each) into SearchParams, or null when one is malformed. */
export function parseSearchParams(raw: Record<string, string | string[] | undefined>): SearchParams | null {
  const first = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = searchParamsSchema.safeParse(first);
  return parsed.success ? parsed.data : null;
}
