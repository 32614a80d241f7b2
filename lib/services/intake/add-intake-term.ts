import { z } from 'zod';
import { fieldErrors } from '@/lib/domain/article-input';
import type { Db } from '@/lib/db/client';
import { writeAudit } from '@/lib/db/audit';
import { intakeTerms, INTAKE_LANGUAGES } from '@/lib/db/schema';
import { findIntakeTermByText } from '@/lib/db/queries/intake-terms';
import { CAN_MANAGE_INTAKE_TERMS } from '@/lib/domain/intake/access';
import type { Actor } from '../actor';
import { assertActorRole } from '../actor-rights';
import { ValidationError } from '../errors';

export const INTAKE_TERM_LIMITS = { term: 60, weightMin: 1, weightMax: 10 } as const;

export const addIntakeTermSchema = z.object({
  language: z.enum(INTAKE_LANGUAGES, 'required'),
  term: z
    .string()
    .transform((s) => s.replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, 'required').max(INTAKE_TERM_LIMITS.term, 'too_long')),
  weight: z.coerce.number('invalid').int('invalid').min(INTAKE_TERM_LIMITS.weightMin, 'invalid').max(INTAKE_TERM_LIMITS.weightMax, 'invalid').default(1),
});
export type AddIntakeTermInput = z.input<typeof addIntakeTermSchema>;

/** Adds a relevance term to a language (the chief editor, administrators); one spelling per language. Re-scoring follows the commit. */
export function addIntakeTerm(db: Db, actor: Actor, input: AddIntakeTermInput): number {
  assertActorRole(actor, CAN_MANAGE_INTAKE_TERMS, 'role');
  const parsed = addIntakeTermSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error.issues));
  const { language, term, weight } = parsed.data;
  return db.transaction((tx) => {
    if (findIntakeTermByText(tx, language, term)) throw new ValidationError({ term: 'duplicate' });
    const id = tx.insert(intakeTerms).values({ language, term, weight, createdBy: actor.id }).returning({ id: intakeTerms.id }).get().id;
    writeAudit(tx, { actorId: actor.id, actor: actor.label, action: 'add_intake_term', entity: 'intake_term', entityId: id, details: { language, term, weight } });
    return id;
  });
}
