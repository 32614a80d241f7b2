import { readCliOptions } from './cli-options';
import fs from 'node:fs';
import { z } from 'zod';
import { openDatabase, defaultDatabasePath } from '@/lib/db/client';
import { renderEdition } from '@/lib/services/render-edition';
import { EditionIncompleteError, NotFoundError } from '@/lib/services/errors';

const usage = 'Usage: npm run render -- --year 2024 --number 1 --lang en|ru --out release.pdf';

const argsSchema = z.object({
  year: z.coerce.number().int().min(1990).max(2200),
  number: z.coerce.number().int().min(1),
  lang: z.enum(['en', 'ru']),
  out: z.string().min(1),
});

async function main(): Promise<number> {
  const args = readCliOptions({ year: { type: 'string' }, number: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' } }, argsSchema);
  if (typeof args === 'string') {
    console.error(`${args}\n${usage}`);
    return 2;
  }
  const db = openDatabase(defaultDatabasePath());
  try {
    const started = performance.now();
    const edition = await renderEdition(db, args);
    fs.writeFileSync(args.out, edition.pdf);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`${args.out}: ${edition.pageCount} pages, ${(edition.pdf.length / 1024).toFixed(0)} KiB, ${seconds} s`);
    return 0;
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof EditionIncompleteError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    db.$client.close();
  }
}

main().then((code) => process.exit(code));
