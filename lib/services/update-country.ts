import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { countries } from '@/lib/db/schema';
import { findCountry, forgetCountryOptions, originColumn, type CountryRow } from '@/lib/db/queries/countries';
import { writeAudit } from '@/lib/db/audit';
import { CAN_EDIT_COUNTRIES, CAN_EDIT_SETTINGS } from '@/lib/domain/workflow';
import { COUNTRY_NAME_FIELDS, type NameOrigin } from '@/lib/domain/country-name-origin';
import { referenceCountries } from '@/lib/db/reference/reference-countries';
import type { Actor } from './actor';
import { assertActorRole } from './actor-rights';
import { ForbiddenError, NotFoundError, ValidationError } from './errors';

const name = z.string().trim().min(1).max(120);

/** What may be changed of a country; the ISO code and names are reference data. */
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
 * Changes a country's publication names (chief editor or administrator) and membership (administrator
 * only). Member states are listed in the release in their member order, so two members may not share a
 * position. A changed name is marked as a person's, so the reference seeding leaves it alone, unless it
 * is the reference name again: then it follows the reference data once more.
 */
export function updateCountry(db: Db, actor: Actor, input: CountryUpdateInput): CountryRow {
  assertActorRole(actor, CAN_EDIT_COUNTRIES, 'edit_countries');
  const parsed = countryUpdateSchema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  const { code, ...data } = parsed.data;
  const saved = db.transaction((tx) => {
    const before = findCountry(tx, code);
    if (!before) throw new NotFoundError(`No country ${code}`);
    const membershipChanged = before.isMember !== data.isMember || before.memberOrder !== data.memberOrder;
    if (membershipChanged && !CAN_EDIT_SETTINGS.includes(actor.role)) throw new ForbiddenError('edit_settings');
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
    const reference = referenceCountries().get(code);
    const origins: Partial<Record<ReturnType<typeof originColumn>, NameOrigin>> = {};
    for (const field of COUNTRY_NAME_FIELDS) {
      if (!changed.includes(field)) continue;
      const ref = reference?.[field];
      origins[originColumn(field)] = ref && ref.value === data[field] ? ref.origin : 'person';
    }
    const after = tx
      .update(countries)
      .set({ ...data, ...origins })
      .where(eq(countries.code, code))
      .returning()
      .get();
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
