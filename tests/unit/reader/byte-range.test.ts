import { describe, expect, it } from 'vitest';
import { etagMatches, planRange } from '@/lib/http/byte-range';

describe('planRange', () => {
  it.each([
    [null, { kind: 'full' }],
    ['bytes=0-99', { kind: 'partial', start: 0, end: 99 }],
    ['bytes=100-', { kind: 'partial', start: 100, end: 999 }],
    ['bytes=-100', { kind: 'partial', start: 900, end: 999 }],
    ['bytes=-5000', { kind: 'partial', start: 0, end: 999 }],
    ['bytes=990-5000', { kind: 'partial', start: 990, end: 999 }],
    ['Bytes = 5-5', { kind: 'partial', start: 5, end: 5 }],
    ['bytes=1000-', { kind: 'unsatisfiable' }],
    ['bytes=1000-1001', { kind: 'unsatisfiable' }],
    ['bytes=-0', { kind: 'unsatisfiable' }],
    ['bytes=5-1', { kind: 'full' }],
    ['bytes=0-1,3-4', { kind: 'full' }],
    ['bytes=abc', { kind: 'full' }],
    ['bytes=-', { kind: 'full' }],
    ['pages=1-2', { kind: 'full' }],
  ])('%s on 1000 bytes → %o', (header, plan) => {
    expect(planRange(header, 1000)).toEqual(plan);
  });

  it('finds nothing to send in an empty file', () => {
    expect(planRange('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' });
    expect(planRange('bytes=-1', 0)).toEqual({ kind: 'unsatisfiable' });
  });
});

describe('etagMatches', () => {
  it('compares If-None-Match weakly against the ETag', () => {
    expect(etagMatches('"abc"', '"abc"')).toBe(true);
    expect(etagMatches('W/"abc"', '"abc"')).toBe(true);
    expect(etagMatches('"x", "abc"', '"abc"')).toBe(true);
    expect(etagMatches('*', '"abc"')).toBe(true);
    expect(etagMatches('"abcd"', '"abc"')).toBe(false);
    expect(etagMatches(null, '"abc"')).toBe(false);
  });
});
