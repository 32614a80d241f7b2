import { readCliOptions } from './cli-options';
import { z } from 'zod';
import { openDatabase, defaultDatabasePath } from '@/lib/db/client';
import { INTAKE_LANGUAGES } from '@/lib/db/schema';
import type { Actor } from '@/lib/services/actor';
import { ValidationError } from '@/lib/services/errors';
import { saveOutlet } from '@/lib/services/intake/save-outlet';

const usage = `Usage: npm run monitor:add -- --name NAME --country KZ --lang ru --url FEED_URL [--site SITE_URL] [--inactive]
  --lang is one of ${INTAKE_LANGUAGES.join(', ')}; the outlet is active (polled) unless --inactive.`;

const CLI_ACTOR: Actor = { id: null, label: 'cli', role: 'system' };

const argsSchema = z.object({
  name: z.string({ error: 'the outlet name is required' }).trim().min(1, 'the outlet name is required'),
  country: z
    .string({ error: 'the country is required (ISO code, e.g. KZ)' })
    .trim()
    .regex(/^[A-Za-z]{2}$/, 'the country is a two-letter ISO code, e.g. KZ'),
  lang: z.enum(INTAKE_LANGUAGES, { error: `the language is one of ${INTAKE_LANGUAGES.join(', ')}` }),
  url: z.string({ error: 'the feed URL is required' }).trim().min(1, 'the feed URL is required'),
  site: z.string().trim().optional(),
  inactive: z.boolean().default(false),
});

/** What a field's validation key means, for a person at a terminal. */
const FIELD_MESSAGES: Record<string, Record<string, string>> = {
  name: { taken: 'an outlet with this name exists already', too_long: 'the name is too long' },
  feedUrl: {
    url_invalid: 'the feed URL is not a valid link',
    url_scheme: 'the feed URL must start with http:// or https://',
    feed_taken: 'another outlet polls this feed already',
    too_long: 'the feed URL is too long',
  },
  siteUrl: { url_invalid: 'the site URL is not a valid link', url_scheme: 'the site URL must start with http:// or https://' },
  countryCode: { unknown: 'no such country in the countries table', invalid: 'the country is a two-letter ISO code' },
};
const OPTION_OF: Record<string, string> = { name: '--name', feedUrl: '--url', siteUrl: '--site', countryCode: '--country', language: '--lang' };

/** The feed's site (its origin) when --site is not given; nothing when the URL does not parse (saveOutlet then says why). */
function siteOf(url: string): string {
  try {
    const parsed = new URL(url.includes('://') ? url : `https://${url}`);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : '';
  } catch {
    return '';
  }
}

function main(): number {
  const args = readCliOptions(
    {
      name: { type: 'string' },
      country: { type: 'string' },
      lang: { type: 'string' },
      url: { type: 'string' },
      site: { type: 'string' },
      inactive: { type: 'boolean' },
    },
    argsSchema,
  );
  if (typeof args === 'string') {
    console.error(`${args}\n${usage}`);
    return 2;
  }
  const { name, country, lang, url, site, inactive } = args;
  const db = openDatabase(defaultDatabasePath());
  try {
    const outlet = saveOutlet(db, CLI_ACTOR, {
      name,
      countryCode: country,
      language: lang,
      feedUrl: url,
      siteUrl: site ?? siteOf(url),
      active: !inactive,
    });
    console.log(`Added outlet #${outlet.id} ${outlet.name} (${outlet.countryCode}, ${outlet.language}) with feed ${outlet.feedUrl}${outlet.active ? '' : ' (inactive)'}`);
    return 0;
  } catch (error) {
    if (error instanceof ValidationError) {
      for (const [field, key] of Object.entries(error.fields)) {
        console.error(`${OPTION_OF[field] ?? field}: ${FIELD_MESSAGES[field]?.[key] ?? key}`);
      }
      return 2;
    }
    throw error;
  } finally {
    db.$client.close();
  }
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
