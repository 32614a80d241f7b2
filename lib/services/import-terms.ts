import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { writeAudit } from '@/lib/db/audit';
import { findTermByEnglish, forgetCompiledTerms, upsertTerm } from '@/lib/db/queries/terms';
import { CAN_MANAGE_TERMS } from '@/lib/domain/termbase';
import { parseTermbaseCsv } from '@/lib/domain/termbase-csv';
import type { Actor } from './actor';
import { assertActorRole } from './actor-rights';
import { ValidationError } from './errors';

export const importTermsSchema = z.object({
  csv: z.string().max(5_000_000),
  fileName: z.string().max(255).default('termbase.csv'),
});
export type ImportTermsInput = z.input<typeof importTermsSchema>;

export interface ImportTermsReport {
  added: number;
  updated: number;
}

/**
 * Imports a termbase CSV (lib/domain/termbase-csv.ts): a term with the English phrase of a stored
 * one (any case) replaces it, the others are added, terms not in the file stay. A file with any bad
 * line is refused whole: ValidationError with one field per problem, `L<line>` → `reason[:column]`.
 */
export function importTerms(db: Db, actor: Actor, input: ImportTermsInput): ImportTermsReport {
  if (actor.role !== 'system') assertActorRole(actor, CAN_MANAGE_TERMS, 'role');
  const parsed = importTermsSchema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  const result = parseTermbaseCsv(parsed.data.csv);
  if (!result.ok) {
    throw new ValidationError(Object.fromEntries(result.problems.slice(0, 50).map((p) => [`L${p.line}`, p.column ? `${p.reason}:${p.column}` : p.reason])));
  }
  const report = db.transaction((tx) => {
    let added = 0;
    let updated = 0;
    for (const term of result.terms) {
      const before = findTermByEnglish(tx, term.en);
      upsertTerm(tx, term);
      if (before) updated++;
      else added++;
    }
    writeAudit(tx, {
      actorId: actor.id,
      actor: actor.label,
      action: 'import_terms',
      entity: 'term',
      details: { fileName: parsed.data.fileName, added, updated },
    });
    return { added, updated };
  });
  forgetCompiledTerms(db);
  return report;
}
