import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import { openMemoryDatabase, type Db } from '@/lib/db/client';
import { findIssueById } from '@/lib/db/queries/issue-desk';
import { seedReferenceData } from '@/lib/services/seed-reference-data';
import { applyReleaseImport } from '@/lib/services/apply-release-import';
import { ImportError } from '@/lib/services/release-import/import-error';
import { buildIssueSummaries } from '@/lib/services/issue-summary';
import { plainSummary } from '@/lib/domain/summary';

const read = (name: string) => fs.readFileSync(path.join(process.cwd(), 'tests', 'fixtures', name), 'utf8');
const EN_FILE = 'release-2024-03-other-countries-en.md';
const RU_FILE = 'release-2024-03-other-countries-ru.md';
const messages = (lang: string) => JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', lang, 'issues.json'), 'utf8'));

let db: Db;
beforeEach(() => {
  db = openMemoryDatabase();
  seedReferenceData(db);
});

const importText = (text: string, fileName: string) => applyReleaseImport(db, { id: null, label: 'test@example.org', role: 'system' }, { files: [{ bytes: new TextEncoder().encode(text), fileName }] }).editions[0]!;

function summaries(issueId: number) {
  const issue = findIssueById(db, issueId)!;
  const both = buildIssueSummaries(db, issue);
  return { en: plainSummary(both.en.effective.counts), ru: plainSummary(both.ru.effective.counts) };
}

function importError(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('the import was not refused');
}

describe('a release with Afghanistan, Iran and Pakistan under their official headings', () => {
  it('imports the English edition, then the Russian one fills the same articles, without a warning', () => {
    const en = importText(read(EN_FILE), EN_FILE);
    expect(en).toMatchObject({ status: 'created', year: 2024, number: 3, articleCount: 4, warnings: [] });
    expect(en.perCountry).toEqual(['KZ', 'AF', 'IR', 'PK'].map((code) => ({ code, count: 1 })));
    const ru = importText(read(RU_FILE), RU_FILE);
    expect(ru).toMatchObject({ status: 'filled', issueId: en.issueId, articleCount: 4, warnings: [] });
    expect(findIssueById(db, en.issueId)).toMatchObject({ periodStart: '2024-02-15', periodEnd: '2024-03-14', summaryCountsEn: null, summaryCountsRu: null });
  });

  it('names them by their short names, after "as well as", with a period across two months', () => {
    const { issueId } = importText(read(RU_FILE), RU_FILE); // the Russian edition may come first
    const { en, ru } = summaries(issueId);
    expect(en).toContain('In the period from 15 February to 14 March 2024, 4 events');
    expect(en).toContain('(Kazakhstan - 1, as well as Afghanistan - 1, Iran - 1 and Pakistan - 1).');
    expect(ru).toContain('В период с 15 февраля по 14 марта 2024 года');
    expect(ru).toContain('(Казахстан - 1, а также Афганистан - 1, Иран - 1 и Пакистан - 1).');
  });

  it('refuses an unknown heading, naming the closest countries and where to add it, in English and Russian', () => {
    const text = read(EN_FILE).replace('\n## ISLAMIC REPUBLIC OF PAKISTAN\n', '\n## ISLAMIC REPUBLIK OF PAKISTAAN\n');
    const error = importError(() => importText(text, 'typo.md'));
    expect(error.issues).toHaveLength(1);
    const issue = error.issues[0]!;
    expect(issue.message).toMatch(/^unknown country heading «ISLAMIC REPUBLIK OF PAKISTAAN»; closest countries: Pakistan \(PK\), .*Administration → Countries$/);
    expect(error.message).toContain(`line ${issue.line}: unknown country heading`);
    const closest = issue.unknownHeading!.closest;
    expect(closest[0]).toEqual({ code: 'PK', shortEn: 'Pakistan', shortRu: 'Пакистан' });
    for (const lang of ['en', 'ru'] as const) {
      const t = createTranslator({ locale: lang, messages: messages(lang), namespace: 'importProblems' });
      const said = t('unknownCountryHeading', {
        line: issue.line,
        heading: issue.unknownHeading!.heading,
        closest: closest.map((c) => (lang === 'en' ? c.shortEn : c.shortRu)).join(', '),
      });
      expect(said).toContain(lang === 'en' ? 'Closest: Pakistan, ' : 'Ближайшие: Пакистан, ');
      expect(said).toContain(lang === 'en' ? 'Administration → Countries' : '«Администрирование → Страны»');
    }
    expect(db.$client.prepare('select count(*) as n from issues').get()).toEqual({ n: 0 });
  });

  it('reports a summary paragraph that says something else, showing both, and keeps the generated one', () => {
    const text = read(EN_FILE).replace(
      'In the period from 15 February to 14 March 2024, 4 events in counternarcotics were covered on the basis of information from mass media in CARICC Member States and other countries (*Kazakhstan - 1, as well as Afghanistan - 1, Iran - 1 and Pakistan - 1*).',
      'In the period from 1 to 29 February 2024, 4 events in counternarcotics were covered on the basis of information from mass media in CARICC Member States and other countries (*Kazakhstan - 2, as well as Afghanistan - 1 and Islamic Republic of Iran - 1*).',
    );
    const report = importText(text, 'differs.md');
    expect(report.status).toBe('created');
    expect(report.warnings).toHaveLength(1);
    const warning = report.warnings[0]!;
    expect(warning.message).toContain(
      '(period «from 1 to 29 February 2024» in the text, «from 15 February to 14 March 2024» generated; Kazakhstan - 2 in the text, 1 generated; ' +
        'name «Islamic Republic of Iran» in the text, «Iran» generated; «Pakistan - 1» not in the text)',
    );
    expect(warning.message).toContain('Text: «In the period from 1 to 29 February 2024');
    expect(warning.message).toContain('Generated: «In the period from 15 February to 14 March 2024, 4 events');
    expect(summaries(report.issueId).en).toContain('Afghanistan - 1, Iran - 1 and Pakistan - 1');
    expect(findIssueById(db, report.issueId)!.summaryCountsEn).toBeNull();
  });
});
