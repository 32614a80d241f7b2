import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { writeAudit } from '@/lib/db/audit';
import { deleteTermRow, findTerm, forgetCompiledTerms } from '@/lib/db/queries/terms';
import { CAN_MANAGE_TERMS } from '@/lib/domain/termbase';
import type { Actor } from './actor';
import { assertActorRole } from './actor-rights';
import { NotFoundError, ValidationError } from './errors';

export const deleteTermSchema = z.object({ id: z.coerce.number().int().positive().max(2 ** 31) });

export function deleteTerm(db: Db, actor: Actor, input: z.input<typeof deleteTermSchema>): void {
  assertActorRole(actor, CAN_MANAGE_TERMS, 'role');
  const parsed = deleteTermSchema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  db.transaction((tx) => {
    const term = findTerm(tx, parsed.data.id);
    if (!term) throw new NotFoundError(`No term ${parsed.data.id}`);
    deleteTermRow(tx, term.id);
    writeAudit(tx, { actorId: actor.id, actor: actor.label, action: 'delete_term', entity: 'term', entityId: term.id, details: { en: term.en, ru: term.ru } });
  });
  forgetCompiledTerms(db);
}
