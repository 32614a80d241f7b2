import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { countries } from '@/lib/db/schema';
import { findCountry, forgetCountryOptions, type CountryRow } from '@/lib/db/queries/countries';
import { writeAudit } from '@/lib/db/audit';
import { CAN_EDIT_SETTINGS } from '@/lib/domain/workflow';
import type { Actor } from './actor';
import { assertActorRole } from './actor-rights';
import { NotFoundError, ValidationError } from './errors';

const name = z.string().trim().min(1).max(120);

/** What an administrator may change of a country; the ISO code and names are reference data. */
export const countryUpdateSchema = z
  .object({
    code: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/),
    shortEn: name,
    shortRu: name,
    headingEn: name,
    headingRu: name,
    isMember: z.boolean(),
    memberOrder: z.coerce.number().int().min(1).max(999).nullable(),
  })
  .superRefine((value, ctx) => {
    if (value.isMember && value.memberOrder == null) ctx.addIssue({ code: 'custom', path: ['memberOrder'], message: 'required' });
  })
  .transform((value) => ({ ...value, memberOrder: value.isMember ? value.memberOrder : null }));

export type CountryUpdateInput = z.input<typeof countryUpdateSchema>;

/**
 * Changes a country's publication names and membership. Member states are listed in the release in
 * their member order, so two members may not share a position.
 */
export function updateCountry(db: Db, actor: Actor, input: CountryUpdateInput): CountryRow {
  assertActorRole(actor, CAN_EDIT_SETTINGS, 'edit_settings');
  const parsed = countryUpdateSchema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  const { code, ...data } = parsed.data;
  const saved = db.transaction((tx) => {
    const before = findCountry(tx, code);
    if (!before) throw new NotFoundError(`No country ${code}`);
    if (data.memberOrder != null) {
      const taken = tx
        .select({ code: countries.code })
        .from(countries)
        .where(and(eq(countries.isMember, true), eq(countries.memberOrder, data.memberOrder), ne(countries.code, code)))
        .get();
      if (taken) throw new ValidationError({ memberOrder: 'taken' });
    }
    const fields = Object.keys(data) as Array<keyof typeof data>;
    const changed = fields.filter((f) => before[f] !== data[f]);
    if (changed.length === 0) return before;
    const after = tx.update(countries).set(data).where(eq(countries.code, code)).returning().get();
    writeAudit(tx, {
      actorId: actor.id,
      actor: actor.label,
      action: 'update_country',
      entity: 'country',
      entityId: code,
      details: { changed, before: Object.fromEntries(changed.map((f) => [f, before[f]])) },
    });
    return after;
  });
  forgetCountryOptions(db);
  return saved;
}
