import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { fieldErrors } from '@/lib/domain/article-input';
import type { Db } from '@/lib/db/client';
import { writeAudit } from '@/lib/db/audit';
import { outlets, INTAKE_LANGUAGES } from '@/lib/db/schema';
import { countryExists } from '@/lib/db/queries/articles';
import { findOutlet, findOutletByFeedUrl, findOutletByName, insertOutlet, listOutletSites, type OutletRow } from '@/lib/db/queries/outlets';
import { CAN_MANAGE_OUTLETS } from '@/lib/domain/intake/access';
import { normaliseSourceUrl } from '@/lib/domain/source-url';
import type { Actor } from '../actor';
import { assertActorRole } from '../actor-rights';
import { NotFoundError, ValidationError } from '../errors';

export const OUTLET_LIMITS = { name: 80, url: 2_000 } as const;

/** An empty field is no link; anything else must be an http(s) link by the rules of article sources. */
const optionalLink = z
  .string()
  .max(OUTLET_LIMITS.url, 'too_long')
  .transform((raw, ctx) => {
    if (!raw.trim()) return null;
    const check = normaliseSourceUrl(raw);
    if (check.ok) return check.url;
    ctx.addIssue({ code: 'custom', message: check.reason === 'scheme' ? 'url_scheme' : 'url_invalid' });
    return z.NEVER;
  });

/** A checkbox ("on") or a boolean from a direct call. */
const flag = z.union([z.boolean(), z.literal('on'), z.literal('')]).transform((v) => v === true || v === 'on');

/** An outlet as its form sends it: blank site, feed or country are allowed (not every outlet has a feed). */
export const saveOutletSchema = z.object({
  id: z.coerce.number().int().positive().max(2 ** 31).optional(),
  name: z
    .string()
    .transform((s) => s.replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, 'required').max(OUTLET_LIMITS.name, 'too_long')),
  countryCode: z
    .string()
    .trim()
    .transform((s) => s.toUpperCase())
    .pipe(z.union([z.literal(''), z.string().regex(/^[A-Z]{2}$/, 'invalid')]))
    .default(''),
  language: z.enum(INTAKE_LANGUAGES, 'required'),
  siteUrl: optionalLink.default(''),
  feedUrl: optionalLink.default(''),
  active: flag.default(false),
});
export type SaveOutletInput = z.input<typeof saveOutletSchema>;

/**
 * Adds an outlet or changes one (by id). Names are unique whatever their case (the label printed above a
 * title), and so are feeds; an active outlet needs a feed. A changed feed starts afresh: the poller's
 * validators and back-off belong to the old URL.
 */
export function saveOutlet(db: Db, actor: Actor, input: SaveOutletInput): OutletRow {
  // The system actor: `npm run monitor:add` (operators on the server).
  if (actor.role !== 'system') assertActorRole(actor, CAN_MANAGE_OUTLETS, 'role');
  const parsed = saveOutletSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error.issues));
  const data = parsed.data;
  if (data.active && !data.feedUrl) throw new ValidationError({ feedUrl: 'feed_required' });
  return db.transaction((tx) => {
    const before = data.id == null ? undefined : findOutlet(tx, data.id);
    if (data.id != null && !before) throw new NotFoundError(`No outlet ${data.id}`);
    // Case-blind in JavaScript too: SQLite's lower() folds only ASCII (МВД.РФ and мвд.рф are one outlet).
    const folded = data.name.toLocaleLowerCase();
    const sameName = findOutletByName(tx, data.name) ?? listOutletSites(tx).find((o) => o.name.toLocaleLowerCase() === folded);
    if (sameName && sameName.id !== data.id) throw new ValidationError({ name: 'taken' });
    if (data.feedUrl && findOutletByFeedUrl(tx, data.feedUrl, data.id)) throw new ValidationError({ feedUrl: 'feed_taken' });
    if (data.countryCode && !countryExists(tx, data.countryCode)) throw new ValidationError({ countryCode: 'unknown' });
    const values = {
      name: data.name,
      countryCode: data.countryCode || null,
      language: data.language,
      siteUrl: data.siteUrl ?? '',
      feedUrl: data.feedUrl,
      active: data.active,
    };
    let id: number;
    if (before) {
      const feedChanged = before.feedUrl !== data.feedUrl;
      tx.update(outlets)
        .set({
          ...values,
          ...(feedChanged ? { etag: null, lastModified: null, failureCount: 0, nextFetchAt: null, lastError: null } : {}),
          updatedAt: new Date().toISOString(),
        })
        .where(eq(outlets.id, before.id))
        .run();
      id = before.id;
    } else {
      id = insertOutlet(tx, values);
    }
    const deactivated = before?.active === true && !data.active;
    writeAudit(tx, {
      actorId: actor.id,
      actor: actor.label,
      action: !before ? 'create_outlet' : deactivated ? 'deactivate_outlet' : 'update_outlet',
      entity: 'outlet',
      entityId: id,
      details: { name: data.name, feedUrl: data.feedUrl, active: data.active },
    });
    return findOutlet(tx, id)!;
  });
}
