import punycode from 'punycode/punycode.js';

export type UrlCheck = { ok: true; url: string } | { ok: false; reason: 'empty' | 'invalid' | 'scheme' };

/**
 * Validates and normalises a source link: http(s) only, host in ASCII (punycode), no default port,
 * no fragment-only noise. The result is what we store and compare.
 */
export function normaliseSourceUrl(input: string): UrlCheck {
  const raw = input.trim();
  if (!raw) return { ok: false, reason: 'empty' };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'scheme' };
  if (!url.hostname || !url.hostname.includes('.')) return { ok: false, reason: 'invalid' };
  return { ok: true, url: url.href };
}

/** A key for "the same source": scheme, www. and a trailing slash do not make a different page. */
export function sourceMatchKey(url: string): string {
  const check = normaliseSourceUrl(url);
  const href = check.ok ? check.url : url.trim();
  return href
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/$/, '')
    .toLowerCase();
}

/**
 * The one rule for links readers can click, on web pages and in the PDF: an absolute http or https
 * URL with a host, answered normalised by the URL parser (which also drops tabs and newlines, so
 * "java\tscript:" is judged as the "javascript:" a browser would see). Anything else — smb:,
 * ms-msdt:, launch:, ftp:, data:, "//host", "java%09script:", a relative path — is no link (null).
 */
export function webLinkTarget(href: string | null | undefined): string | null {
  if (typeof href !== 'string' || href.length > 8192) return null;
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  return url.href;
}

/**
 * The link as a reader should see it, the way browsers show an address: internationalised domains
 * in their own script (мвд.рф), unless a label mixes scripts or an all-Cyrillic label only spells
 * Latin look-alikes under a non-Cyrillic domain (аpple.com with a Cyrillic а): those stay in punycode
 * (xn--pple-43d.com). Percent escapes in the path are decoded for reading, except those of
 * characters that change what the reader sees or what the URL means: bidi controls, zero-width and
 * other invisible characters, the soft hyphen, spaces, control characters and URL delimiters.
 * The user name and password part is never shown.
 */
export function displaySourceUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return keepInvisibleEncoded(url);
  }
  const host = displayHost(parsed.hostname);
  const port = parsed.port ? `:${parsed.port}` : '';
  const rest = parsed.pathname + parsed.search + parsed.hash;
  return `${parsed.protocol}//${host}${port}${readableEscapes(rest)}`;
}

function displayHost(hostname: string): string {
  const labels = hostname.split('.');
  const unicode = labels.map((label) => (label.startsWith('xn--') ? safeToUnicode(label) : label));
  const tld = unicode[unicode.length - 1] ?? '';
  const cyrillicTld = scriptsOf(tld).has('Cyrillic');
  const spoofable = unicode.some((label) => mixesScripts(label) || (!cyrillicTld && latinLookalikeOnly(label)) || INVISIBLE.test(label));
  return spoofable ? hostname : unicode.join('.');
}

function safeToUnicode(label: string): string {
  try {
    return punycode.toUnicode(label);
  } catch {
    return label;
  }
}

const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Hebrew', 'Arabic', 'Thai', 'Hangul', 'Han', 'Hiragana', 'Katakana'] as const;
const SCRIPT_TESTS = SCRIPTS.map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const);

/** The scripts of a label's letters (digits and hyphens belong to none); unknown scripts count as 'Other'. */
function scriptsOf(label: string): Set<string> {
  const found = new Set<string>();
  for (const char of label) {
    if (!/[\p{L}\p{M}]/u.test(char)) continue;
    const script = SCRIPT_TESTS.find(([, test]) => test.test(char))?.[0] ?? 'Other';
    found.add(script);
  }
  return found;
}

/** Japanese mixes Han, Hiragana and Katakana (and Latin), Korean Hangul and Han: browsers allow those. */
const CJK = new Set(['Han', 'Hiragana', 'Katakana', 'Hangul']);

function mixesScripts(label: string): boolean {
  const scripts = [...scriptsOf(label)];
  if (scripts.length <= 1) return false;
  return !scripts.every((s) => CJK.has(s) || s === 'Latin');
}

/** Cyrillic letters that look like Latin ones (а е о р с у х і ј ѕ һ ԁ ԛ ԝ ӏ ...): "арр.com" is no Russian word. */
const LATIN_LOOKALIKES = /^[аеорсухіјѕһԁԛԝӏвкмнтАВЕКМНОРСТУХ0-9-]+$/u;

function latinLookalikeOnly(label: string): boolean {
  return scriptsOf(label).has('Cyrillic') && LATIN_LOOKALIKES.test(label);
}

/** Never shown decoded: controls, separators and spaces, format characters (bidi, zero width, soft hyphen), default-ignorables. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}\s\p{Default_Ignorable_Code_Point}\p{Co}\p{Cn}\u{FFFD}]/u;
/** Escapes that are part of the URL's structure stay escaped whatever they encode. */
const DELIMITERS = new Set([...';/?:@&=+$,#%[]"<>\\^`{|}']);

/** Decodes runs of UTF-8 percent escapes, keeping every character that must stay escaped exactly as written. */
function readableEscapes(text: string): string {
  return text.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
    const bytes = Uint8Array.from(run.slice(1).split('%'), (hex) => parseInt(hex, 16));
    let decoded: string;
    try {
      decoded = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return run;
    }
    let out = '';
    let offset = 0;
    for (const char of decoded) {
      const width = new TextEncoder().encode(char).length * 3;
      const original = run.slice(offset, offset + width);
      offset += width;
      out += INVISIBLE.test(char) || DELIMITERS.has(char) ? original : char;
    }
    return out;
  });
}

/** A string that is no URL: shown as it is, except that invisible characters are written as escapes. */
function keepInvisibleEncoded(text: string): string {
  return [...text].map((char) => (INVISIBLE.test(char) ? encodeURIComponent(char) : char)).join('');
}
