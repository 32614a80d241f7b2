import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '@/lib/db/client';
import { writeAudit } from '@/lib/db/audit';
import { intakeItems, INTAKE_LANGUAGES, type IntakeLanguage, type IntakeStatus } from '@/lib/db/schema';
import { findArticle } from '@/lib/db/queries/articles';
import { findIntakeItemByCanonicalUrl } from '@/lib/db/queries/intake-items';
import { listOutletSites } from '@/lib/db/queries/outlets';
import { findSourceUsage } from '@/lib/db/queries/source-usage';
import { CAN_USE_INBOX } from '@/lib/domain/intake/access';
import { guessCountry } from '@/lib/domain/intake/country-guess';
import { scoreItem } from '@/lib/domain/intake/relevance';
import { normaliseSourceUrl, sourceMatchKey } from '@/lib/domain/source-url';
import { outletForUrl } from '@/lib/intake/match-outlet';
import { PageReadError, readPage } from '@/lib/intake/read-page';
import type { SafeFetchOptions } from '@/lib/net/safe-fetch';
import type { Actor } from '../actor';
import { assertActorRole } from '../actor-rights';
import { ValidationError } from '../errors';
import { loadIntakeMatchers } from './intake-matchers';

export const captureLinkSchema = z.object({
  url: z.string('required').max(4_096, 'too_long'),
});
export type CaptureLinkInput = z.input<typeof captureLinkSchema>;

/** For tests and intranets: how the page is fetched (the address guard, a resolver). Never from user input. */
export interface CaptureLinkOptions {
  fetch?: SafeFetchOptions;
}

/**
 * The prefilled-draft data of a captured link, for the paste-a-link box and "Create article"
 * (createArticleFromItem with `itemId`). Nothing of it is copied into an article by itself.
 */
export interface CapturedLink {
  /** The intake item the link is stored as (new, or the one already stored under the same canonical URL). */
  itemId: number;
  /** Whether this capture stored the item; false: it was known already and keeps its status. */
  created: boolean;
  status: IntakeStatus;
  /** The link as article sources store it (normalised), i.e. what becomes the draft's first source. */
  url: string;
  /** Where the redirects ended (may differ from url). */
  finalUrl: string;
  title: string;
  /** ISO instant in UTC, or YYYY-MM-DD when the page names only a day; null when it names none. */
  publishedAt: string | null;
  /** The outlet whose site the link is on (its name is the outlet label above a title). */
  outlet: { id: number; name: string } | null;
  /** The stored item's country, else the guess from the places the title and summary name and the outlet's country. */
  countryCode: string | null;
  /** The page's language (<html lang>) when it is one of the intake languages, else the outlet's. */
  language: IntakeLanguage | null;
  /** The page's main text, paragraphs separated by a blank line: a reference beside the editor. */
  text: string;
  /** The og:image as an absolute http(s) URL (takePagePhoto fetches it as a photo). */
  image: string | null;
  /** The article that already cites this link as a source, or was created from the item. */
  existingArticle: { id: number; title: string } | null;
  /** Relevance score of the title and summary, as the poller scores feed items (0: no term matched). */
  score: number;
}

export const CAPTURE_TITLE_MAX = 500;
export const CAPTURE_SUMMARY_MAX = 1_000;
export const CAPTURE_TEXT_MAX = 100_000;

/**
 * "Any link" (editors and up): fetches the page safely (lib/net/safe-fetch: http(s) only, the address
 * guard, 10 s, 5 MB, 5 redirects), extracts title, date, main text, og:image and language, finds the
 * outlet by the link's host, scores the title and summary with the relevance terms and guesses the
 * country as the poller does, and stores the page as an intake item once per canonical URL (the
 * sourceMatchKey of article sources): a new item comes in as 'new'; a known one is refreshed with what
 * the page says now (and re-scored) and keeps its status and country. One transaction with the audit row.
 *
 * Refusals are ValidationError({ url: key }): 'required', 'too_long', 'url_invalid', 'url_scheme', or
 * 'fetch_<reason>' for what the fetch refused (fetch_private_address, fetch_timeout, fetch_too_large,
 * fetch_http_status, fetch_dns, fetch_network, fetch_too_many_redirects, fetch_credentials,
 * fetch_scheme, fetch_not_html).
 */
export async function captureLink(db: Db, actor: Actor, input: CaptureLinkInput, options: CaptureLinkOptions = {}): Promise<CapturedLink> {
  assertActorRole(actor, CAN_USE_INBOX, 'role');
  const parsed = captureLinkSchema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  const link = normaliseSourceUrl(parsed.data.url);
  if (!link.ok) throw new ValidationError({ url: link.reason === 'empty' ? 'required' : `url_${link.reason}` });

  let read: Awaited<ReturnType<typeof readPage>>;
  try {
    read = await readPage(link.url, options.fetch);
  } catch (error) {
    if (error instanceof PageReadError) throw new ValidationError({ url: `fetch_${error.code.replace(/-/g, '_')}` });
    throw error;
  }
  const { page, finalUrl } = read;
  const matchers = loadIntakeMatchers(db);
  const fresh = {
    title: page.title.slice(0, CAPTURE_TITLE_MAX),
    summary: (page.description ?? page.text.split('\n\n')[0] ?? '').slice(0, CAPTURE_SUMMARY_MAX),
    text: page.text.slice(0, CAPTURE_TEXT_MAX),
    imageUrl: page.image,
    publishedAt: page.publishedAt,
    language: intakeLanguage(page.language),
  };

  return db.transaction((tx) => {
    const sites = listOutletSites(tx);
    const outlet = outletForUrl(sites, link.url) ?? outletForUrl(sites, finalUrl);
    const canonicalUrl = sourceMatchKey(link.url);
    const existing = findIntakeItemByCanonicalUrl(tx, canonicalUrl);
    const usage = findSourceUsage(tx, [link.url])[0];

    const title = fresh.title || existing?.title || '';
    const summary = fresh.summary || existing?.summary || '';
    // Scored on what is stored: the matches' offsets point into the stored title and summary.
    const relevance = scoreItem(matchers.terms, { title, summary });
    const outletCountry = existing?.outletId != null ? (sites.find((s) => s.id === existing.outletId)?.countryCode ?? null) : (outlet?.countryCode ?? null);
    const countryCode = existing?.countryCode ?? guessCountry(matchers.places, { title, summary, outletCountry }).code;
    const values = {
      title,
      summary,
      text: fresh.text || existing?.text || '',
      imageUrl: fresh.imageUrl ?? existing?.imageUrl ?? null,
      publishedAt: fresh.publishedAt ?? existing?.publishedAt ?? null,
      language: fresh.language ?? existing?.language ?? outlet?.language ?? null,
      outletId: existing?.outletId ?? outlet?.id ?? null,
      countryCode,
      score: relevance.score,
      matchedTerms: JSON.stringify(relevance.matches),
      articleId: existing?.articleId ?? usage?.articleId ?? null,
    };
    let itemId: number;
    if (existing) {
      tx.update(intakeItems).set(values).where(eq(intakeItems.id, existing.id)).run();
      itemId = existing.id;
    } else {
      itemId = tx
        .insert(intakeItems)
        .values({ canonicalUrl, url: link.url, ...values })
        .returning({ id: intakeItems.id })
        .get().id;
    }
    const item = tx.select().from(intakeItems).where(eq(intakeItems.id, itemId)).get()!;
    const itemOutlet = item.outletId == null ? null : (sites.find((s) => s.id === item.outletId) ?? null);
    const article = usage
      ? { id: usage.articleId, title: usage.articleTitle }
      : item.articleId != null
        ? articleTitle(tx, item.articleId)
        : null;

    writeAudit(tx, {
      actorId: actor.id,
      actor: actor.label,
      action: 'capture_link',
      entity: 'intake_item',
      entityId: itemId,
      details: { url: link.url, ...(finalUrl !== link.url ? { finalUrl } : {}), created: !existing },
    });

    return {
      itemId,
      created: !existing,
      status: item.status,
      url: link.url,
      finalUrl,
      title: item.title,
      publishedAt: item.publishedAt,
      outlet: itemOutlet && { id: itemOutlet.id, name: itemOutlet.name },
      countryCode: item.countryCode,
      language: item.language,
      text: item.text,
      image: item.imageUrl,
      existingArticle: article,
      score: item.score,
    };
  });
}

function intakeLanguage(code: string | null): IntakeLanguage | null {
  return code && (INTAKE_LANGUAGES as readonly string[]).includes(code) ? (code as IntakeLanguage) : null;
}

function articleTitle(db: DbOrTx, id: number): { id: number; title: string } | null {
  const article = findArticle(db, id);
  return article ? { id: article.id, title: article.titleEn || article.titleRu } : null;
}
