import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { defaultDatabasePath, openDatabase } from '@/lib/db/client';
import { listOutletSites } from '@/lib/db/queries/outlets';
import { normaliseSourceUrl } from '@/lib/domain/source-url';
import { outletForUrl } from '@/lib/intake/match-outlet';
import { PageReadError, readPage, type PageReadFailure } from '@/lib/intake/read-page';

/**
 * npm run monitor:capture -- [--json] URL
 *
 * Reads one page as "any link" does in the desk (the same safe fetch and extraction) and prints
 * {url, title, publishedAt, outlet, text, image}; the outlet comes from the database at DATABASE_PATH
 * when there is one. Stores nothing: capturing into the inbox is an editor's action in the desk.
 * Exit 0, or 1 with a one-line reason. MONITOR_ALLOW_PRIVATE=1 lets it read intranet addresses.
 */

const usage = 'Usage: npm run monitor:capture -- [--json] URL';

const REASONS: Record<PageReadFailure, string> = {
  scheme: 'only http and https links are read',
  credentials: 'a link with a user name or password is not read',
  'private-address': 'the address is private, local or reserved (MONITOR_ALLOW_PRIVATE=1 allows it for an intranet)',
  'too-many-redirects': 'more than 5 redirects',
  'too-large': 'the page is larger than 5 MB',
  timeout: 'no complete answer within 10 s',
  'http-status': 'the server answered with an error',
  dns: 'the host name does not resolve',
  network: 'the connection failed',
  'not-html': 'the link is not a web page',
};

interface Captured {
  url: string;
  title: string;
  publishedAt: string | null;
  outlet: string | null;
  text: string;
  image: string | null;
}

function fail(message: string): never {
  console.error(message.replace(/\s+/g, ' ').trim());
  process.exit(1);
}

function parse(): { json: boolean; url: string } {
  let parsed: ReturnType<typeof parseArgs<{ options: { json: { type: 'boolean' } }; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ options: { json: { type: 'boolean' } }, allowPositionals: true });
  } catch (error) {
    fail(`${(error as Error).message}. ${usage}`);
  }
  if (parsed.positionals.length !== 1) fail(usage);
  return { json: parsed.values.json === true, url: parsed.positionals[0]! };
}

/** The outlets of the app's database, if it has one (no database: no outlet, and none is created). */
function outletNameFor(urls: string[]): string | null {
  const file = defaultDatabasePath();
  if (!fs.existsSync(file)) return null;
  const db = openDatabase(file);
  try {
    const sites = listOutletSites(db);
    for (const url of urls) {
      const outlet = outletForUrl(sites, url);
      if (outlet) return outlet.name;
    }
    return null;
  } finally {
    db.$client.close();
  }
}

async function main(): Promise<void> {
  const args = parse();
  const link = normaliseSourceUrl(args.url);
  if (!link.ok) fail(`Cannot capture ${args.url}: ${link.reason === 'scheme' ? REASONS.scheme : 'not a link'}`);
  let read: Awaited<ReturnType<typeof readPage>>;
  try {
    read = await readPage(link.url);
  } catch (error) {
    if (error instanceof PageReadError) {
      fail(`Cannot capture ${link.url}: ${REASONS[error.code]}${error.status ? ` (${error.status})` : ''}`);
    }
    fail(`Cannot capture ${link.url}: ${(error as Error).message}`);
  }
  const { page, finalUrl } = read;
  const captured: Captured = {
    url: link.url,
    title: page.title,
    publishedAt: page.publishedAt,
    outlet: outletNameFor([link.url, finalUrl]),
    text: page.text,
    image: page.image,
  };
  if (args.json) {
    console.log(JSON.stringify(captured, null, 2));
    return;
  }
  const line = (label: string, value: string | null) => `${label.padEnd(11)}${value ?? '—'}`;
  console.log(
    [
      line('Title:', captured.title || null),
      line('Published:', captured.publishedAt),
      line('Outlet:', captured.outlet),
      line('Image:', captured.image),
      line('URL:', captured.url),
      ...(finalUrl !== link.url ? [line('Final URL:', finalUrl)] : []),
      '',
      captured.text || '(no text found)',
    ].join('\n'),
  );
}

main().catch((error: unknown) => fail(`Cannot capture: ${(error as Error).message}`));
