import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openMemoryDatabase } from '@/lib/db/client';
import { ISSUE_YEAR_MAX, ISSUE_YEAR_MIN } from '@/lib/domain/issue-numbering';
import { issuePath, parseIssueRef } from '@/lib/domain/release-urls';
import { userActor } from '@/lib/services/actor';
import { createIssue } from '@/lib/services/create-issue';
import { ValidationError } from '@/lib/services/errors';
import { applyReleaseImport } from '@/lib/services/apply-release-import';
import { ImportError } from '@/lib/services/release-import/import-error';
import { seedReferenceData } from '@/lib/services/seed-reference-data';
import { updateIssue } from '@/lib/services/update-issue';
import { createTestUser } from '@/tests/helpers/test-app';

async function deskWithChief() {
  const db = openMemoryDatabase();
  seedReferenceData(db);
  const chief = userActor(await createTestUser(db, 'chief'));
  return { db, chief };
}

function fieldsOf(work: () => unknown): Record<string, string> {
  try {
    work();
  } catch (error) {
    if (error instanceof ValidationError) return error.fields;
    throw error;
  }
  throw new Error('no ValidationError');
}

describe('one year range for issues', () => {
  it.each([
    ['year 1', '0001-01-01', '0001-01-31'],
    ['year 9999', '9999-12-01', '9999-12-31'],
    ['the year before the range', `${ISSUE_YEAR_MIN - 1}-12-01`, `${ISSUE_YEAR_MIN - 1}-12-31`],
    ['the year after the range', `${ISSUE_YEAR_MAX + 1}-01-01`, `${ISSUE_YEAR_MAX + 1}-01-31`],
    ['a start outside the range', `${ISSUE_YEAR_MIN - 1}-12-15`, `${ISSUE_YEAR_MIN}-01-14`],
  ])('refuses to create an issue for %s', async (_name, periodStart, periodEnd) => {
    const { db, chief } = await deskWithChief();
    const fields = fieldsOf(() => createIssue(db, chief, { periodStart, periodEnd }));
    expect(Object.values(fields)).toContain('yearRange');
    expect(db.$client.prepare('select count(*) as n from issues').get()).toEqual({ n: 0 });
  });

  it('creates issues at both ends of the range, and each has a public address that parses', async () => {
    const { db, chief } = await deskWithChief();
    for (const [start, end] of [
      [`${ISSUE_YEAR_MIN}-01-01`, `${ISSUE_YEAR_MIN}-01-31`],
      [`${ISSUE_YEAR_MAX}-12-01`, `${ISSUE_YEAR_MAX}-12-31`],
    ] as const) {
      const issue = createIssue(db, chief, { periodStart: start, periodEnd: end, number: 999 });
      const [, , year, number] = issuePath(issue).split('/');
      expect(parseIssueRef(year!, number!)).toEqual({ year: issue.year, number: issue.number });
    }
  });

  it('refuses to move an issue’s period out of the range', async () => {
    const { db, chief } = await deskWithChief();
    const issue = createIssue(db, chief, { periodStart: `${ISSUE_YEAR_MIN}-01-01`, periodEnd: `${ISSUE_YEAR_MIN}-01-31` });
    const fields = fieldsOf(() => updateIssue(db, chief, { issueId: issue.id, periodStart: `${ISSUE_YEAR_MIN - 1}-12-01` }));
    expect(fields.periodStart).toBe('yearRange');
  });

  it('answers no address outside the range', () => {
    expect(parseIssueRef(String(ISSUE_YEAR_MIN), '1')).not.toBeNull();
    expect(parseIssueRef(String(ISSUE_YEAR_MAX), '999')).not.toBeNull();
    for (const year of ['0001', '1999', '2101', '9999']) expect(parseIssueRef(year, '1')).toBeNull();
  });

  it('refuses to import a release of a year outside the range', async () => {
    const { db } = await deskWithChief();
    const text = fs.readFileSync(path.join(process.cwd(), 'tests', 'fixtures', 'release-2024-01-en.md'), 'utf8').replaceAll('2024', '9999');
    expect(() => applyReleaseImport(db, { id: null, label: 'test@example.org', role: 'system' }, { files: [{ bytes: new TextEncoder().encode(text), fileName: 'far.md' }] })).toThrow(ImportError);
    expect(db.$client.prepare('select count(*) as n from issues').get()).toEqual({ n: 0 });
  });
});
