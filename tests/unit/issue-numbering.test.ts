import { describe, expect, it } from 'vitest';
import { defaultIssuePeriod, issueYearOf, nextIssueNumber, proposedIssueNumber, releaseFileName, releaseFolder } from '@/lib/domain/issue-numbering';

describe('issue numbering', () => {
  it('starts each year at 1 and follows the highest number taken', () => {
    expect(nextIssueNumber([])).toBe(1);
    expect(nextIssueNumber([1, 2, 3])).toBe(4);
    expect(nextIssueNumber([3, 1])).toBe(4);
  });

  it('proposes the previous calendar month, across the turn of the year too', () => {
    expect(defaultIssuePeriod(new Date(Date.UTC(2024, 1, 10)))).toEqual({ start: '2024-01-01', end: '2024-01-31' });
    expect(defaultIssuePeriod(new Date(Date.UTC(2024, 0, 5)))).toEqual({ start: '2023-12-01', end: '2023-12-31' });
    expect(defaultIssuePeriod(new Date(Date.UTC(2024, 2, 1)))).toEqual({ start: '2024-02-01', end: '2024-02-29' });
  });

  it('puts an issue in the year its period ends', () => {
    expect(issueYearOf({ end: '2024-01-31' })).toBe(2024);
    expect(issueYearOf({ end: '2024-01-14' })).toBe(2024);
  });

  it('names edition files by revision and language inside the issue folder', () => {
    expect(`${releaseFolder(2024, 1)}/${releaseFileName(1, 'en')}`).toBe('releases/2024/1/r1-en.pdf');
    expect(releaseFileName(2, 'ru')).toBe('r2-ru.pdf');
  });
});

describe('the number the new-issue form proposes, live', () => {
  const taken = { 2024: [1, 2, 5], 2025: [1] };

  it('follows the year in which the chosen period ends', () => {
    expect(proposedIssueNumber('2024-12-31', taken)).toEqual({ year: 2024, number: 6 });
    expect(proposedIssueNumber('2025-01-31', taken)).toEqual({ year: 2025, number: 2 });
    expect(proposedIssueNumber('2026-03-31', taken)).toEqual({ year: 2026, number: 1 });
  });

  it('proposes nothing for an incomplete date or a year outside the range', () => {
    expect(proposedIssueNumber('', taken)).toBeNull();
    expect(proposedIssueNumber('2024-02-30', taken)).toBeNull();
    expect(proposedIssueNumber('1999-12-31', taken)).toBeNull();
  });
});
