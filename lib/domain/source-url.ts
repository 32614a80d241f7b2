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

/** The link as a reader should see it: internationalised domains in their own script (мвд.рф). */
export function displaySourceUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const host = parsed.hostname
    .split('.')
    .map((label) => (label.startsWith('xn--') ? safeToUnicode(label) : label))
    .join('.');
  const rest = url.slice(url.indexOf(parsed.host) + parsed.host.length);
  const port = parsed.port ? `:${parsed.port}` : '';
  return `${parsed.protocol}//${host}${port}${safeDecode(rest)}`;
}

function safeToUnicode(label: string): string {
  try {
    return punycode.toUnicode(label);
  } catch {
    return label;
  }
}

/** Percent-encoded Cyrillic paths read better decoded; anything that would change meaning stays encoded. */
function safeDecode(pathAndQuery: string): string {
  try {
    return decodeURI(pathAndQuery);
  } catch {
    return pathAndQuery;
  }
}
