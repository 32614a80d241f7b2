import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listMail } from '@/lib/db/queries/mail-outbox';
import { publishIssue } from '@/lib/services/publish-issue';
import { setMailNotifications } from '@/lib/services/set-mail-notifications';
import { setUserLocale } from '@/lib/services/set-user-locale';
import { assembledIssue, fakeRenderer, setupDesk, type DeskSetup } from '@/tests/helpers/issue-desk';

let desk: DeskSetup;
beforeEach(async () => {
  desk = await setupDesk();
});
afterEach(() => vi.unstubAllEnvs());

describe('e-mail when an issue is published', () => {
  it('tells everyone at the desk but the publisher, each in their language, with the issue page’s link', async () => {
    vi.stubEnv('SMTP_HOST', '127.0.0.1');
    vi.stubEnv('APP_URL', 'https://desk.example.org');
    const { db, chief, editor, admin } = desk;
    setUserLocale(db, editor, { locale: 'ru' });
    const { issueId, year, number } = assembledIssue(db, chief);
    const before = listMail(db).length; // the submissions' review digests
    await publishIssue(db, chief, { issueId }, { render: fakeRenderer() });
    const mails = listMail(db).slice(before);
    expect(mails.map((m) => [m.kind, m.toAddress, m.refId]).sort()).toEqual(
      [
        ['issue_published', editor.label, issueId],
        ['issue_published', admin.label, issueId],
      ].sort(),
    );
    const ru = mails.find((m) => m.toAddress === editor.label)!;
    expect(ru.subject).toBe(`Опубликован выпуск №${number} за ${year} год`);
    expect(ru.textBody).toContain(`Выпуск №${number} за ${year} год (март 2024 г.) опубликован.`);
    expect(ru.textBody).toContain(`Страница выпуска: https://desk.example.org/releases/${year}/${number}`);
    const en = mails.find((m) => m.toAddress === admin.label)!;
    expect(en.subject).toBe(`Published: issue #${number} of ${year}`);
    expect(en.textBody).toContain(`Issue #${number} of ${year} (March 2024) has been published.`);
  });

  it('queues nothing with e-mail off, nor for someone who turned notifications off', async () => {
    const { db, chief, editor, admin } = desk;
    const { issueId } = assembledIssue(db, chief);
    await publishIssue(db, chief, { issueId }, { render: fakeRenderer() });
    expect(listMail(db)).toEqual([]);

    vi.stubEnv('SMTP_HOST', '127.0.0.1');
    setMailNotifications(db, admin, { enabled: false });
    const second = assembledIssue(db, chief, [{ countryCode: 'KZ', eventDate: '2024-03-20' }]);
    const before = listMail(db).length;
    await publishIssue(db, chief, { issueId: second.issueId }, { render: fakeRenderer() });
    expect(listMail(db).slice(before).map((m) => m.toAddress)).toEqual([editor.label]);
  });
});
