import { describe, expect, it } from 'vitest';
import { insertIntoIssueOrder, matchBySources } from '@/lib/domain/edition-match';

describe('matchBySources', () => {
  it('pairs by source link, whatever the position, ignoring scheme, www and trailing slash', () => {
    const existing = [['https://a.kz/1'], ['https://b.kg/2'], ['https://c.ru/3']];
    const incoming = [['http://www.c.ru/3/'], ['https://a.kz/1'], ['https://new.tj/9']];
    expect(matchBySources(existing, incoming)).toEqual({ counterpart: [2, 0, null], unmatched: [1] });
  });

  it('pairs articles sharing a link in order, preferring the one sharing more links', () => {
    const existing = [['https://x.kz/same'], ['https://x.kz/same'], ['https://x.kz/same', 'https://y.kz/own']];
    expect(matchBySources(existing, [['https://x.kz/same'], ['https://x.kz/same']]).counterpart).toEqual([0, 1]);
    expect(matchBySources(existing, [['https://x.kz/same'], ['https://y.kz/own', 'https://x.kz/same']]).counterpart).toEqual([0, 2]);
  });
});

describe('insertIntoIssueOrder', () => {
  const order = [
    { id: 1, countryCode: 'KZ' },
    { id: 2, countryCode: 'KZ' },
    { id: 3, countryCode: 'CN' },
    { id: 4, countryCode: 'BY' },
  ];

  it('appends a new article to its country', () => {
    const edition = [{ id: 9, countryCode: 'KZ' }, ...order];
    expect(insertIntoIssueOrder(order, edition, new Set([9]))).toEqual([1, 2, 9, 3, 4]);
  });

  it('puts an article of a new country after its predecessor in the edition, or first', () => {
    const edition = [order[0]!, order[1]!, { id: 8, countryCode: 'TJ' }, order[2]!, order[3]!];
    expect(insertIntoIssueOrder(order, edition, new Set([8]))).toEqual([1, 2, 8, 3, 4]);
    expect(insertIntoIssueOrder(order, [{ id: 7, countryCode: 'AZ' }, ...order], new Set([7]))).toEqual([7, 1, 2, 3, 4]);
  });
});
