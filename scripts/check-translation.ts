import { readCliOptions } from './cli-options';
import { createTranslator } from 'next-intl';
import { z } from 'zod';
import { openDatabase, defaultDatabasePath } from '@/lib/db/client';
import { countFindings } from '@/lib/domain/translation-checks';
import { checkIssueTranslation, type IssueTranslationFinding } from '@/lib/services/check-issue-translation';
import { NotFoundError } from '@/lib/services/errors';
import { SYSTEM_ACTOR } from '@/lib/services/actor';
import en from '@/messages/en/translationChecks.json';
import ru from '@/messages/ru/translationChecks.json';

const usage = 'Usage: npm run check:translation -- --year 2024 --number 1 [--json] [--lang en|ru]';

const whole = (what: string, min: number, max: number) =>
  z.coerce.number({ error: `${what} is required: a whole number` }).int(`${what} must be a whole number`).min(min, `${what} must be at least ${min}`).max(max, `${what} must be at most ${max}`);

const argsSchema = z.object({
  year: whole('the year', 1990, 2200),
  number: whole('the issue number', 1, 10_000),
  json: z.boolean().default(false),
  lang: z.enum(['en', 'ru']).default('en'),
});

function main(): number {
  const args = readCliOptions({ year: { type: 'string' }, number: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } }, argsSchema);
  if (typeof args === 'string') {
    console.error(`${args}\n${usage}`);
    return 2;
  }
  const db = openDatabase(defaultDatabasePath());
  try {
    const result = checkIssueTranslation(db, SYSTEM_ACTOR, { year: args.year, number: args.number });
    const t = createTranslator({ locale: args.lang, messages: { translationChecks: args.lang === 'en' ? en : ru }, namespace: 'translationChecks' });
    const message = (f: IssueTranslationFinding) => t(`messages.${f.message}`, f.values);
    if (args.json) {
      const rows = result.findings.map((f) => ({
        articleId: f.articleId,
        position: f.position,
        country: f.country,
        field: f.field,
        ...(f.photo ? { photo: f.photo } : {}),
        kind: f.kind,
        severity: f.severity,
        message: message(f),
        en: f.en,
        ru: f.ru,
      }));
      console.log(JSON.stringify(rows, null, 2));
      return 0;
    }
    const { errors, warnings } = countFindings(result.findings);
    const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    console.log(
      `Issue #${result.issue.number}/${result.issue.year}: ${count(result.articleCount, 'article')}, ${count(errors, 'error')}, ${count(warnings, 'warning')}` +
        (result.dismissedCount ? `, ${result.dismissedCount} dismissed` : ''),
    );
    for (const f of result.findings) {
      const field = f.photo ? `${f.field} ${f.photo}` : f.field;
      console.log(`\n#${f.articleId} (${f.position}, ${f.country}) ${field} — ${f.severity} [${f.kind}] ${message(f)}`);
      if (f.en) console.log(`  EN: ${f.en}`);
      if (f.ru) console.log(`  RU: ${f.ru}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof NotFoundError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  } finally {
    db.$client.close();
  }
}

process.exit(main());
