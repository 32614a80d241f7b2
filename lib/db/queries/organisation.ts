import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { organisation } from '../schema';

export type OrganisationRow = typeof organisation.$inferSelect;

export function getOrganisation(db: DbOrTx): OrganisationRow {
  const row = db.select().from(organisation).where(eq(organisation.id, 1)).get();
  if (!row) throw new Error('Organisation settings are missing: run `npm run db:migrate`.');
  return row;
}
