import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { writeAudit } from '@/lib/db/audit';
import { findTerm, findTermByEnglish, forgetCompiledTerms, upsertTerm } from '@/lib/db/queries/terms';
import { CAN_MANAGE_TERMS, TERM_CATEGORIES } from '@/lib/domain/termbase';
import { TERM_LIMITS, termProblem } from '@/lib/domain/termbase-csv';
import type { Actor } from './actor';
import { assertActorRole } from './actor-rights';
import { ConflictError, NotFoundError, ValidationError } from './errors';

const phrase = z.string().trim().max(TERM_LIMITS.phrase);
const phrases = z
  .string()
  .max(TERM_LIMITS.phrase * TERM_LIMITS.list)
  .transform((v) => v.split('|').map((s) => s.trim()).filter((s) => s !== ''));

/** A term as the form sends it: lists as "a|b|c". */
export const saveTermSchema = z.object({
  id: z.coerce.number().int().positive().max(2 ** 31).optional(),
  en: phrase.min(1),
  ru: phrase.min(1),
  variantsEn: phrases,
  variantsRu: phrases,
  forbiddenEn: phrases,
  forbiddenRu: phrases,
  category: z.enum(TERM_CATEGORIES),
  note: z.string().trim().max(TERM_LIMITS.note),
});
export type SaveTermInput = z.input<typeof saveTermSchema>;

/** Adds a term or changes one (by id); two terms may not share an English phrase. */
export function saveTerm(db: Db, actor: Actor, input: SaveTermInput): number {
  assertActorRole(actor, CAN_MANAGE_TERMS, 'role');
  const parsed = saveTermSchema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  const term = parsed.data;
  const problem = termProblem(term);
  if (problem) throw new ValidationError({ [problem.column]: problem.reason });
  const id = db.transaction((tx) => {
    if (term.id != null && !findTerm(tx, term.id)) throw new NotFoundError(`No term ${term.id}`);
    const same = findTermByEnglish(tx, term.en);
    if (same && same.id !== term.id) throw new ValidationError({ en: 'duplicate' });
    const saved = upsertTerm(tx, term);
    writeAudit(tx, { actorId: actor.id, actor: actor.label, action: 'save_term', entity: 'term', entityId: saved, details: { en: term.en, ru: term.ru } });
    return saved;
  });
  forgetCompiledTerms(db);
  return id;
}

