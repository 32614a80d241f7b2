import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { writeAudit } from '@/lib/db/audit';
import { intakeTerms } from '@/lib/db/schema';
import { findIntakeTerm } from '@/lib/db/queries/intake-terms';
import { CAN_MANAGE_INTAKE_TERMS } from '@/lib/domain/intake/access';
import type { Actor } from '../actor';
import { assertActorRole } from '../actor-rights';
import { NotFoundError, ValidationError } from '../errors';

export const removeIntakeTermSchema = z.object({ id: z.coerce.number().int().positive().max(2 ** 31) });
export type RemoveIntakeTermInput = z.input<typeof removeIntakeTermSchema>;

/** Removes a relevance term (the chief editor, administrators). Re-scoring follows the commit. */
export function removeIntakeTerm(db: Db, actor: Actor, input: RemoveIntakeTermInput): void {
  assertActorRole(actor, CAN_MANAGE_INTAKE_TERMS, 'role');
  const parsed = removeIntakeTermSchema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  const { id } = parsed.data;
  db.transaction((tx) => {
    const term = findIntakeTerm(tx, id);
    if (!term) throw new NotFoundError(`No intake term ${id}`);
    tx.delete(intakeTerms).where(eq(intakeTerms.id, id)).run();
    writeAudit(tx, { actorId: actor.id, actor: actor.label, action: 'remove_intake_term', entity: 'intake_term', entityId: id, details: { language: term.language, term: term.term, weight: term.weight } });
  });
}
