import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, issues } from '@/lib/db/schema';
import { listOfferedArticles } from '@/lib/db/queries/issue-desk';
import { listIssueArticles } from '@/lib/db/queries/issues';
import { checkIssue } from '@/lib/services/check-issue';
import { createIssue, proposeIssueNumber } from '@/lib/services/create-issue';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/services/errors';
import { buildIssueSummaries } from '@/lib/services/issue-summary';
import { publishIssue } from '@/lib/services/publish-issue';
import { reorderIssueArticles } from '@/lib/services/reorder-issue-articles';
import { setIssueArticles } from '@/lib/services/set-issue-articles';
import { transitionArticle } from '@/lib/services/transition-article';
import { updateIssue } from '@/lib/services/update-issue';
import { createApprovedArticle } from '@/tests/helpers/approved-articles';
import { fakeRenderer, MARCH_2024, setupDesk, type DeskSetup } from '@/tests/helpers/issue-desk';

let desk: DeskSetup;
beforeEach(async () => {
  desk = await setupDesk();
});

const order = (issueId: number) => listIssueArticles(desk.db, issueId).map((i) => i.article.id);

describe('creating an issue', () => {
  it('defaults to the previous month, takes the place from the settings and the next number of the year', () => {
    const { db, chief } = desk;
    const first = createIssue(db, chief, { today: new Date(Date.UTC(2025, 4, 15)) });
    expect(first).toMatchObject({ year: 2025, number: 1, periodStart: '2025-04-01', periodEnd: '2025-04-30', placeEn: 'Almaty', status: 'draft', revision: 0 });
    expect(first.placeRu).not.toBe('');
    expect(proposeIssueNumber(db, 2025)).toBe(2);
    expect(createIssue(db, chief, { periodStart: '2025-05-01', periodEnd: '2025-05-31' }).number).toBe(2);
    expect(createIssue(db, chief, { periodStart: '2026-01-01', periodEnd: '2026-01-31' }).number).toBe(1);
    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'create_issue')).all();
    expect(audit.at(-1)).toMatchObject({ actor: chief.label, entity: 'issue', details: { year: 2026, number: 1 } });
  });

  it('accepts a free number of the chief editor’s choosing and refuses a taken one', () => {
    const { db, chief } = desk;
    expect(createIssue(db, chief, { periodStart: '2025-06-01', periodEnd: '2025-06-30', number: 7 }).number).toBe(7);
    expect(() => createIssue(db, chief, { periodStart: '2025-07-01', periodEnd: '2025-07-31', number: 7 })).toThrow(ValidationError);
    expect(createIssue(db, chief, { periodStart: '2025-07-01', periodEnd: '2025-07-31' }).number).toBe(8);
  });

  it('refuses a period that ends before it starts, and editors', () => {
    const { db, chief, editor } = desk;
    expect(() => createIssue(db, chief, { periodStart: '2025-08-31', periodEnd: '2025-08-01' })).toThrow(ValidationError);
    expect(() => createIssue(db, editor, {})).toThrow(ForbiddenError);
  });
});

describe('assembling an issue', () => {
  it('offers the approved articles of the period that no published issue holds', () => {
    const { db, chief } = desk;
    const inPeriod = createApprovedArticle(db, chief, { countryCode: 'KZ', eventDate: '2024-03-05' });
    const outside = createApprovedArticle(db, chief, { countryCode: 'KZ', eventDate: '2024-04-02' });
    const issue = createIssue(db, chief, MARCH_2024);
    const offered = listOfferedArticles(db, issue).map((a) => a.id);
    expect(offered).toContain(inPeriod);
    expect(offered).not.toContain(outside);
    setIssueArticles(db, chief, { issueId: issue.id, add: [inPeriod] });
    expect(listOfferedArticles(db, issue).map((a) => a.id)).not.toContain(inPeriod);
  });

  it('adds and removes articles; sections follow the configured order, members first', () => {
    const { db, chief } = desk;
    const issue = createIssue(db, chief, { periodStart: '2024-05-01', periodEnd: '2024-05-31' });
    const cn = createApprovedArticle(db, chief, { countryCode: 'CN', eventDate: '2024-05-02' });
    const kg = createApprovedArticle(db, chief, { countryCode: 'KG', eventDate: '2024-05-03' });
    const kz1 = createApprovedArticle(db, chief, { countryCode: 'KZ', eventDate: '2024-05-04' });
    const kz2 = createApprovedArticle(db, chief, { countryCode: 'KZ', eventDate: '2024-05-05' });
    const by = createApprovedArticle(db, chief, { countryCode: 'BY', eventDate: '2024-05-06' });
    expect(setIssueArticles(db, chief, { issueId: issue.id, add: [cn, kg, kz1, kz2, by] }).added).toHaveLength(5);
    expect(order(issue.id)).toEqual([kz1, kz2, kg, cn, by]);
    setIssueArticles(db, chief, { issueId: issue.id, remove: [kg] });
    expect(order(issue.id)).toEqual([kz1, kz2, cn, by]);
  });

  it('refuses articles that are not approved or that do not exist', () => {
    const { db, chief } = desk;
    const issue = createIssue(db, chief, { periodStart: '2024-06-01', periodEnd: '2024-06-30' });
    const reopened = createApprovedArticle(db, chief, { countryCode: 'KZ', eventDate: '2024-06-02' });
    transitionArticle(db, chief, { id: reopened, transition: 'reopen', comment: 'Check the figures' });
    expect(() => setIssueArticles(db, chief, { issueId: issue.id, add: [reopened] })).toThrow(ValidationError);
    expect(() => setIssueArticles(db, chief, { issueId: issue.id, add: [999_999] })).toThrow(NotFoundError);
    expect(order(issue.id)).toEqual([]);
  });

  it('reorders the articles of one section without moving the others', () => {
    const { db, chief } = desk;
    const issue = createIssue(db, chief, { periodStart: '2024-07-01', periodEnd: '2024-07-31' });
    const ids = ['KZ', 'CN', 'KZ', 'KZ', 'BY'].map((countryCode, i) =>
      createApprovedArticle(db, chief, { countryCode, eventDate: `2024-07-0${i + 1}` }),
    );
    setIssueArticles(db, chief, { issueId: issue.id, add: ids });
    const [kz1, cn, kz2, kz3, by] = ids as [number, number, number, number, number];
    reorderIssueArticles(db, chief, { issueId: issue.id, countryCode: 'KZ', articleIds: [kz3, kz1, kz2] });
    expect(order(issue.id)).toEqual([kz3, kz1, kz2, cn, by]);
    expect(() => reorderIssueArticles(db, chief, { issueId: issue.id, countryCode: 'KZ', articleIds: [kz3, kz1] })).toThrow(ValidationError);
    expect(() => reorderIssueArticles(db, chief, { issueId: issue.id, countryCode: 'KZ', articleIds: [kz3, kz1, cn] })).toThrow(ValidationError);
    expect(() => reorderIssueArticles(db, desk.editor, { issueId: issue.id, countryCode: 'KZ', articleIds: [kz1, kz2, kz3] })).toThrow(ForbiddenError);
    expect(order(issue.id)).toEqual([kz3, kz1, kz2, cn, by]);
  });

  it('changes period and place, keeping the period in the year of the number', () => {
    const { db, chief } = desk;
    const issue = createIssue(db, chief, { periodStart: '2024-08-01', periodEnd: '2024-08-31' });
    const updated = updateIssue(db, chief, { issueId: issue.id, periodStart: '2024-08-15', periodEnd: '2024-09-14', placeEn: 'Astana', placeRu: 'Астана' });
    expect(updated).toMatchObject({ periodStart: '2024-08-15', periodEnd: '2024-09-14', placeEn: 'Astana', placeRu: 'Астана' });
    expect(() => updateIssue(db, chief, { issueId: issue.id, periodEnd: '2025-01-14' })).toThrow(ValidationError);
    expect(() => updateIssue(db, chief, { issueId: issue.id, placeEn: '  ' })).toThrow(ValidationError);
  });
});

describe('the summary', () => {
  it('is generated in both languages and can be overridden; text equal to the generated one is no override', () => {
    const { db, chief } = desk;
    const issue = createIssue(db, chief, { periodStart: '2024-10-01', periodEnd: '2024-10-31' });
    const ids = ['KZ', 'KZ', 'CN'].map((countryCode, i) =>
      createApprovedArticle(db, chief, { countryCode, eventDate: `2024-10-1${i}`, digestEn: `event ${i}`, digestRu: `событии ${i}` }),
    );
    setIssueArticles(db, chief, { issueId: issue.id, add: ids });
    const row = () => db.select().from(issues).where(eq(issues.id, issue.id)).get()!;
    const summaries = buildIssueSummaries(db, row());
    expect(summaries.en.generated.counts).toBe(
      'In the period from 1 to 31 October 2024, 3 events in counternarcotics were covered on the basis of information from mass media in CARICC Member States and other countries (*Kazakhstan - 2, as well as China - 1*).',
    );
    expect(summaries.ru.generated.counts).toContain('освещены 3 события в антинаркотической сфере (*Казахстан - 2, а также Китай - 1*)');
    expect(summaries.en.generated.digest).toBe('Published articles include information about event 0, event 1 (*Kazakhstan*) and event 2 (*China*).');

    updateIssue(db, chief, { issueId: issue.id, summaryCountsEn: summaries.en.generated.counts, summaryDigestRu: '  Своя сводка.  ' });
    expect(row()).toMatchObject({ summaryCountsEn: null, summaryDigestRu: 'Своя сводка.' });

    const wrong = summaries.en.generated.counts.replace('3 events', '4 events');
    updateIssue(db, chief, { issueId: issue.id, summaryCountsEn: wrong });
    const check = checkIssue(db, chief, { issueId: issue.id });
    expect(check.problems).toContainEqual({ kind: 'summaryCount', severity: 'error', lang: 'en', values: { claimed: 4, actual: 3 } });
    expect(check.publishable).toBe(false);

    updateIssue(db, chief, { issueId: issue.id, summaryCountsEn: null });
    expect(checkIssue(db, chief, { issueId: issue.id }).publishable).toBe(true);
  });
});

describe('a published issue', () => {
  it('can no longer be changed by any issue service', async () => {
    const { db, chief, admin } = desk;
    const article = createApprovedArticle(db, chief, { countryCode: 'UZ', eventDate: '2024-11-05' });
    const extra = createApprovedArticle(db, chief, { countryCode: 'UZ', eventDate: '2024-11-06' });
    const issue = createIssue(db, chief, { periodStart: '2024-11-01', periodEnd: '2024-11-30' });
    setIssueArticles(db, chief, { issueId: issue.id, add: [article] });
    await publishIssue(db, chief, { issueId: issue.id }, { render: fakeRenderer() });

    expect(() => updateIssue(db, admin, { issueId: issue.id, placeEn: 'Tashkent' })).toThrow(ForbiddenError);
    expect(() => setIssueArticles(db, admin, { issueId: issue.id, add: [extra] })).toThrow(ForbiddenError);
    expect(() => setIssueArticles(db, admin, { issueId: issue.id, remove: [article] })).toThrow(ForbiddenError);
    expect(() => reorderIssueArticles(db, admin, { issueId: issue.id, countryCode: 'UZ', articleIds: [article] })).toThrow(ForbiddenError);
    await expect(publishIssue(db, admin, { issueId: issue.id }, { render: fakeRenderer() })).rejects.toThrow(ForbiddenError);
    expect(order(issue.id)).toEqual([article]);
  });
});
