import { normaliseSourceUrl } from '@/lib/domain/source-url';

export interface OutletSite {
  id: number;
  name: string;
  siteUrl: string;
}

/**
 * The outlet whose site a page belongs to: same host, or a subdomain of it ("www." never counts),
 * compared in ASCII (мвд.рф and xn--b1aew.xn--p1ai are one site). The longest site host wins
 * (news.polisia.kz before polisia.kz); on a tie, the first given. Null when no outlet's site matches.
 */
export function outletForUrl<T extends OutletSite>(outlets: readonly T[], url: string): T | null {
  const host = hostOf(url);
  if (!host) return null;
  let best: { outlet: T; length: number } | null = null;
  for (const outlet of outlets) {
    const site = hostOf(outlet.siteUrl);
    if (!site || (host !== site && !host.endsWith(`.${site}`))) continue;
    if (!best || site.length > best.length) best = { outlet, length: site.length };
  }
  return best?.outlet ?? null;
}

/** A site's or page's host in lower-case ASCII without "www."; null when it is no http(s) link. */
export function hostOf(url: string): string | null {
  const check = normaliseSourceUrl(url);
  if (!check.ok) return null;
  return new URL(check.url).hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
}
