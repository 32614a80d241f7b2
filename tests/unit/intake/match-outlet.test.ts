import { describe, expect, it } from 'vitest';
import { hostOf, outletForUrl } from '@/lib/intake/match-outlet';

const outlets = [
  { id: 1, name: 'POLISIA.KZ', siteUrl: 'https://polisia.kz' },
  { id: 2, name: 'KAKTUSMEDIA', siteUrl: 'kaktus.media/' },
  { id: 3, name: 'МВД РФ', siteUrl: 'https://мвд.рф' },
  { id: 4, name: 'ALMATY POLICE', siteUrl: 'https://almaty.polisia.kz' },
  { id: 5, name: 'NO SITE', siteUrl: '' },
];

describe('outletForUrl', () => {
  it('matches the host, with or without www., in any case and scheme', () => {
    expect(outletForUrl(outlets, 'https://www.polisia.kz/ru/news/1')?.id).toBe(1);
    expect(outletForUrl(outlets, 'http://KAKTUS.media/doc/123')?.id).toBe(2);
  });

  it('matches a subdomain, preferring the longest site', () => {
    expect(outletForUrl(outlets, 'https://news.polisia.kz/1')?.id).toBe(1);
    expect(outletForUrl(outlets, 'https://almaty.polisia.kz/1')?.id).toBe(4);
  });

  it('compares internationalised domains in ASCII', () => {
    expect(outletForUrl(outlets, 'https://xn--b1aew.xn--p1ai/news/item/1')?.id).toBe(3);
    expect(outletForUrl(outlets, 'https://мвд.рф/news/item/1')?.id).toBe(3);
  });

  it('matches nothing for another site, a look-alike suffix or no link', () => {
    expect(outletForUrl(outlets, 'https://notpolisia.kz/1')).toBeNull();
    expect(outletForUrl(outlets, 'https://polisia.kz.evil.example/1')).toBeNull();
    expect(outletForUrl(outlets, 'not a link')).toBeNull();
    expect(hostOf('')).toBeNull();
  });
});
