import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { z } from 'zod';

/**
 * A script's options read with node's parseArgs and checked with its zod schema: the options, or the
 * reasons in words (`--name: …`, one per line) for the caller to print above its usage line.
 */
export function readCliOptions<S extends z.ZodType>(options: NonNullable<ParseArgsConfig['options']>, schema: S): z.infer<S> | string {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ options }).values;
  } catch (error) {
    return (error as Error).message;
  }
  const args = schema.safeParse(values);
  if (!args.success) return args.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n');
  return args.data;
}
