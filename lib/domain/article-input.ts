import { z } from 'zod';
import { normaliseSourceUrl, sourceMatchKey } from './source-url';

/** Generous limits: they stop abuse, not writing. */
export const ARTICLE_LIMITS = {
  title: 500,
  body: 60_000,
  digest: 400,
  outlet: 120,
  sources: 30,
  url: 2_000,
  comment: 10_000,
  caption: 1_000,
  credit: 300,
} as const;

const text = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.replace(/\r\n?/g, '\n').trim());

const line = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.replace(/\s+/g, ' ').trim());

export const countryCodeSchema = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}$/, 'required'));

export const eventDateSchema = z.iso.date('required');

/** Blank rows are dropped; each link is validated and normalised; the same page twice is refused. */
export const sourcesSchema = z
  .array(z.string().max(ARTICLE_LIMITS.url, 'too_long'))
  .max(ARTICLE_LIMITS.sources, 'too_many')
  .transform((rows, ctx) => {
    const urls: string[] = [];
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      if (!row.trim()) return;
      const check = normaliseSourceUrl(row);
      if (!check.ok) {
        ctx.addIssue({ code: 'custom', path: [index], message: check.reason === 'scheme' ? 'url_scheme' : 'url_invalid' });
        return;
      }
      const key = sourceMatchKey(check.url);
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', path: [index], message: 'url_duplicate' });
        return;
      }
      seen.add(key);
      urls.push(check.url);
    });
    return urls;
  });

/** Everything the editor form saves in one go. */
export const articleContentSchema = z.object({
  countryCode: countryCodeSchema,
  eventDate: eventDateSchema,
  outlet: line(ARTICLE_LIMITS.outlet),
  titleEn: line(ARTICLE_LIMITS.title),
  titleRu: line(ARTICLE_LIMITS.title),
  bodyEn: text(ARTICLE_LIMITS.body),
  bodyRu: text(ARTICLE_LIMITS.body),
  digestEn: line(ARTICLE_LIMITS.digest),
  digestRu: line(ARTICLE_LIMITS.digest),
  sources: sourcesSchema,
});

export type ArticleContentInput = z.input<typeof articleContentSchema>;
export type ArticleContent = z.output<typeof articleContentSchema>;

export const newArticleSchema = z.object({
  countryCode: countryCodeSchema,
  eventDate: eventDateSchema,
  titleEn: line(ARTICLE_LIMITS.title).default(''),
  titleRu: line(ARTICLE_LIMITS.title).default(''),
  outlet: line(ARTICLE_LIMITS.outlet).default(''),
});

export type NewArticleInput = z.input<typeof newArticleSchema>;

export const commentSchema = text(ARTICLE_LIMITS.comment).pipe(z.string().min(1, 'required'));

export const photoTextsSchema = z.object({
  captionEn: line(ARTICLE_LIMITS.caption).default(''),
  captionRu: line(ARTICLE_LIMITS.caption).default(''),
  creditEn: line(ARTICLE_LIMITS.credit).default(''),
  creditRu: line(ARTICLE_LIMITS.credit).default(''),
});

export type PhotoTextsInput = z.input<typeof photoTextsSchema>;

/**
 * Zod issues → field path → message key ("sources.2" → "url_invalid"), the first per field.
 * Custom messages are already keys; built-in codes become a few generic keys.
 */
export function fieldErrors(issues: ReadonlyArray<{ path: PropertyKey[]; code: string; message: string }>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || 'form';
    fields[path] ??= messageKey(issue);
  }
  return fields;
}

const KNOWN_KEYS = new Set(['required', 'too_long', 'too_many', 'url_invalid', 'url_scheme', 'url_duplicate']);

function messageKey(issue: { code: string; message: string }): string {
  if (KNOWN_KEYS.has(issue.message)) return issue.message;
  if (issue.code === 'too_big') return 'too_long';
  if (issue.code === 'too_small') return 'required';
  return 'invalid';
}
