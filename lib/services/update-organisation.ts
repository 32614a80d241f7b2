import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { organisation } from '@/lib/db/schema';
import { getOrganisation, type OrganisationRow } from '@/lib/db/queries/organisation';
import { writeAudit } from '@/lib/db/audit';
import { CAN_EDIT_SETTINGS } from '@/lib/domain/workflow';
import type { Actor } from './actor';
import { assertActorRole } from './actor-rights';
import { ValidationError } from './errors';

const required = (max: number) => z.string().trim().min(1).max(max);
const optional = (max: number) => z.string().trim().max(max);

/** The organisation's details printed on the cover and the back page of every edition. */
export const organisationSchema = z.object({
  nameEn: required(400),
  nameRu: required(400),
  shortNameEn: required(40),
  shortNameRu: required(40),
  addressEn: required(400),
  addressRu: required(400),
  placeEn: required(100),
  placeRu: required(100),
  phone: optional(60).regex(/^[0-9+()\-.\s]*$/, 'phone'),
  fax: optional(60).regex(/^[0-9+()\-.\s]*$/, 'phone'),
  email: z.union([z.literal(''), z.email().max(320)]),
  website: optional(200).regex(/^$|^(https?:\/\/)?[^\s/]+\.[^\s]+$/i, 'website'),
});

export type OrganisationInput = z.input<typeof organisationSchema>;
export const ORGANISATION_FIELDS = Object.keys(organisationSchema.shape) as Array<keyof OrganisationInput>;

/** Saves the organisation settings; the audit row lists the fields that changed, with their old values. */
export function updateOrganisation(db: Db, actor: Actor, input: OrganisationInput): OrganisationRow {
  assertActorRole(actor, CAN_EDIT_SETTINGS, 'edit_settings');
  const parsed = organisationSchema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  const data = parsed.data;
  return db.transaction((tx) => {
    const before = getOrganisation(tx);
    const changed = ORGANISATION_FIELDS.filter((field) => before[field] !== data[field]);
    if (changed.length === 0) return before;
    const after = tx
      .update(organisation)
      .set({ ...data, updatedAt: new Date().toISOString() })
      .where(eq(organisation.id, 1))
      .returning()
      .get();
    writeAudit(tx, {
      actorId: actor.id,
      actor: actor.label,
      action: 'update_organisation',
      entity: 'organisation',
      entityId: 1,
      details: { changed, before: Object.fromEntries(changed.map((f) => [f, before[f]])) },
    });
    return after;
  });
}
