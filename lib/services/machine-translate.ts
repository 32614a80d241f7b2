import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { compiledTerms } from '@/lib/db/queries/terms';
import { otherLang } from '@/lib/domain/lang';
import { protectForMt, restoreAfterMt } from '@/lib/domain/mt-protect';
import type { MtProvider } from '@/lib/mt/provider';
import type { Actor } from './actor';
import { assertActorRole } from './actor-rights';
import { ForbiddenError, ValidationError } from './errors';

export const machineTranslateSchema = z.object({
  from: z.enum(['en', 'ru']),
  texts: z.array(z.string().max(10_000)).min(1).max(50),
});
export type MachineTranslateInput = z.input<typeof machineTranslateSchema>;

export interface MachineTranslation {
  /** The drafts, in the order of the texts. */
  texts: string[];
  /** Protected terms or numbers the engine dropped (the editor is told to check). */
  lost: number;
  provider: MtProvider['name'];
}

/**
 * Machine-translates texts of an article into the other language, with termbase names and numbers
 * protected and restored (lib/domain/mt-protect.ts). Stores nothing: the editor decides what to
 * insert. Throws MtError when the provider times out or refuses; ForbiddenError('mt_off') without one.
 */
export async function machineTranslate(db: Db, actor: Actor, input: MachineTranslateInput, provider: MtProvider | null): Promise<MachineTranslation> {
  assertActorRole(actor, ['editor', 'chief', 'admin'], 'role');
  if (!provider) throw new ForbiddenError('mt_off');
  const parsed = machineTranslateSchema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  const { from, texts } = parsed.data;
  const to = otherLang(from);
  const terms = compiledTerms(db);
  const prepared = texts.map((text) => protectForMt(text, from, to, terms[from]));
  const translated = await provider.translate(
    prepared.map((p) => p.text),
    from,
    to,
  );
  let lost = 0;
  const out = translated.map((t, i) => {
    const restored = restoreAfterMt(t, prepared[i]!.replacements);
    lost += restored.lost;
    return restored.text;
  });
  return { texts: out, lost, provider: provider.name };
}
