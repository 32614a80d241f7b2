import { describe, expect, it } from 'vitest';
import { PageRecorder } from '@/lib/pdf/page-recorder';

const firstRound = (pageNumber: number) => ({ pageNumber, totalPages: undefined });
const finalRound = (pageNumber: number) => ({ pageNumber, totalPages: 40 });

describe('PageRecorder', () => {
  it('gives the contents, in the final round, the pages the headings took in the first round', () => {
    const recorder = new PageRecorder();
    expect(recorder.contentsPage('KZ', firstRound(2))).toBeNull();
    recorder.section('KZ', firstRound(3));
    recorder.section('KG', firstRound(9));
    recorder.section('KG', firstRound(10)); // moved on: the last call wins
    expect(recorder.contentsPage('KZ', finalRound(2))).toBe(3);
    expect(recorder.contentsPage('KG', finalRound(2))).toBe(10);
    recorder.section('KZ', finalRound(3));
    recorder.section('KG', finalRound(10));
    expect(recorder.sectionPages).toEqual({ KZ: 3, KG: 10 });
    expect(recorder.totalPages).toBe(40);
    expect(recorder.confirmed(['KZ', 'KG'])).toBe(true);
  });

  it('is not confirmed when the final round put a heading elsewhere, or a section was never printed', () => {
    const moved = new PageRecorder();
    moved.section('KZ', firstRound(3));
    moved.contentsPage('KZ', finalRound(2));
    moved.section('KZ', finalRound(4));
    expect(moved.confirmed(['KZ'])).toBe(false);

    const missing = new PageRecorder();
    missing.section('KZ', finalRound(3));
    expect(missing.contentsPage('KZ', finalRound(2))).toBeNull();
    expect(missing.confirmed(['KZ'])).toBe(false);
  });
});
