import { eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openMemoryDatabase, type Db } from '@/lib/db/client';
import { listMail } from '@/lib/db/queries/mail-outbox';
import { articles, auditLog, mailOutbox } from '@/lib/db/schema';
import { MAX_MAIL_ATTEMPTS, REVIEW_MAIL_DELAY_MINUTES } from '@/lib/domain/mail-schedule';
import { userActor, type Actor } from '@/lib/services/actor';
import { createArticle } from '@/lib/services/create-article';
import { sendDueMail } from '@/lib/services/mail/send-due-mail';
import { saveArticle } from '@/lib/services/save-article';
import { seedReferenceData } from '@/lib/services/seed-reference-data';
import { setMailNotifications } from '@/lib/services/set-mail-notifications';
import { setUserLocale } from '@/lib/services/set-user-locale';
import { transitionArticle } from '@/lib/services/transition-article';
import { closedPort, startTestSmtpServer, type TestSmtpServer } from '@/tests/helpers/smtp-test-server';
import { createTestUser } from '@/tests/helpers/test-app';
import { startMailSender } from '@/server/jobs/mail-sender';

const FROM = 'Release Desk <desk@example.org>';
const minutesLater = (minutes: number) => new Date(Date.now() + minutes * 60_000);

let db: Db;
let smtp: TestSmtpServer;
let chief: Actor;
let chiefRu: Actor;
let editorRu: Actor;
let editorEn: Actor;

async function user(role: 'editor' | 'chief', locale: 'en' | 'ru' | null): Promise<Actor> {
  const actor = userActor(await createTestUser(db, role));
  if (locale) setUserLocale(db, actor, { locale });
  return actor;
}

function mailOn(port: number) {
  vi.stubEnv('SMTP_HOST', '127.0.0.1');
  vi.stubEnv('SMTP_PORT', String(port));
  vi.stubEnv('APP_URL', 'https://desk.example.org/');
  vi.stubEnv('MAIL_FROM', FROM);
}

const transportTo = (port: number) => nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, connectionTimeout: 3000 });

/** An article by `author`, filled in and submitted for review. */
function submitted(author: Actor, titleEn: string, titleRu: string): number {
  const created = createArticle(db, author, { countryCode: 'KZ', eventDate: '2024-03-05' });
  saveArticle(db, author, {
    id: created.id,
    expectedVersion: created.version,
    countryCode: 'KZ',
    eventDate: '2024-03-05',
    outlet: '',
    titleEn,
    titleRu,
    bodyEn: 'Officers seized drugs.',
    bodyRu: 'Сотрудники изъяли наркотики.',
    digestEn: 'seizure of heroin',
    digestRu: 'изъятии героина',
    sources: ['https://news.example.org/a'],
  });
  transitionArticle(db, author, { id: created.id, transition: 'submit' });
  return created.id;
}

/** These tests follow one message: the chief editors' review digests are left out. */
const dropReviewDigests = () => db.delete(mailOutbox).where(eq(mailOutbox.kind, 'review_waiting')).run();

beforeEach(async () => {
  db = openMemoryDatabase();
  seedReferenceData(db);
  smtp = await startTestSmtpServer();
  chief = await user('chief', null); // never chose a language: the app's default, English
  chiefRu = await user('chief', 'ru');
  editorRu = await user('editor', 'ru');
  editorEn = await user('editor', 'en');
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await smtp.close();
  db.$client.close();
});

describe('e-mail notifications', () => {
  it('queues nothing while e-mail is off (no SMTP settings), and the workflow goes on as before', () => {
    vi.stubEnv('SMTP_URL', '');
    vi.stubEnv('SMTP_HOST', '');
    const id = submitted(editorRu, 'Heroin seized', 'Изъят героин');
    transitionArticle(db, chief, { id, transition: 'request_changes', comment: 'Add the source.' });
    expect(listMail(db)).toEqual([]);
  });

  it('sends the author the chief editor’s comment and a link, in the author’s language (Russian and English)', async () => {
    mailOn(smtp.port);
    const ru = submitted(editorRu, 'Heroin seized in Almaty', 'В Алматы изъят героин');
    const en = submitted(editorEn, 'Hashish seized in Osh', 'В Оше изъят гашиш');
    transitionArticle(db, chief, { id: ru, transition: 'request_changes', comment: 'Укажите вес партии.' });
    transitionArticle(db, chief, { id: en, transition: 'request_changes', comment: 'Name the outlet, please.' });

    const result = await sendDueMail(db, transportTo(smtp.port), { from: FROM });
    expect(result).toEqual({ sent: 2, retried: 0, failed: 0 }); // the review digests wait for their delay
    const [toRu, toEn] = smtp.received;
    expect(toRu!.to).toEqual([editorRu.label]);
    expect(toRu!.from).toBe('desk@example.org');
    expect(toRu!.subject).toBe('Нужны правки: В Алматы изъят героин');
    expect(toRu!.text).toContain('Здравствуйте, editor user!');
    expect(toRu!.text).toContain('вернул(а) вам статью «В Алматы изъят героин» (Казахстан, 5 марта 2024 г.)');
    expect(toRu!.text).toContain('Укажите вес партии.');
    expect(toRu!.text).toContain(`Открыть статью: https://desk.example.org/desk/articles/${ru}`);
    expect(toEn!.to).toEqual([editorEn.label]);
    expect(toEn!.subject).toBe('Changes requested: Hashish seized in Osh');
    expect(toEn!.text).toContain('has sent your article “Hashish seized in Osh” (Kazakhstan, 5 March 2024) back to you');
    expect(toEn!.text).toContain('Name the outlet, please.');
    expect(toEn!.text).toContain(`Open the article: https://desk.example.org/desk/articles/${en}`);
    expect(listMail(db).filter((m) => m.kind === 'changes_requested').map((m) => [m.status, m.attempts, m.sentAt != null])).toEqual([
      ['sent', 1, true],
      ['sent', 1, true],
    ]);
  });

  it('tells each chief editor once about a burst of submissions, after the batching delay, in their language', async () => {
    mailOn(smtp.port);
    submitted(editorRu, 'First seizure', 'Первое изъятие');
    submitted(editorEn, 'Second seizure', 'Второе изъятие');
    submitted(editorRu, 'Third seizure', 'Третье изъятие');
    const queued = listMail(db);
    expect(queued.map((m) => [m.kind, m.toAddress]).sort()).toEqual([
      ['review_waiting', chief.label],
      ['review_waiting', chiefRu.label],
    ].sort());

    expect(await sendDueMail(db, transportTo(smtp.port), { from: FROM })).toEqual({ sent: 0, retried: 0, failed: 0 });
    const later = minutesLater(REVIEW_MAIL_DELAY_MINUTES + 1);
    expect(await sendDueMail(db, transportTo(smtp.port), { from: FROM, now: () => later })).toMatchObject({ sent: 2 });
    const en = smtp.received.find((m) => m.to[0] === chief.label)!;
    const ru = smtp.received.find((m) => m.to[0] === chiefRu.label)!;
    expect(en.subject).toBe('3 articles wait for your review');
    expect(en.text).toMatch(/• Third seizure \(Kazakhstan, 5 March 2024\), from editor user\n• Second seizure[^\n]*\n• First seizure/);
    expect(en.text).toContain('The review list: https://desk.example.org/desk?queue=review');
    expect(ru.subject).toBe('3 статьи ждут вашей проверки');
    expect(ru.text).toContain('• Первое изъятие (Казахстан, 5 марта 2024 г.), автор: editor user');
    expect(ru.text).toContain('Список на проверку: https://desk.example.org/desk?queue=review');

    // A submission after the digest went out starts a new one.
    submitted(editorEn, 'Fourth seizure', 'Четвёртое изъятие');
    expect(listMail(db).filter((m) => m.status === 'pending')).toHaveLength(2);
  });

  it('never blocks the action: with the mail server down the transition succeeds and the message waits', async () => {
    mailOn(await closedPort());
    const id = submitted(editorRu, 'Heroin seized', 'Изъят героин');
    const result = transitionArticle(db, chief, { id, transition: 'request_changes', comment: 'Add the weight.' });
    expect(result.article.status).toBe('changes_requested');
    expect(db.select().from(articles).where(eq(articles.id, id)).get()!.status).toBe('changes_requested');
    expect(listMail(db).filter((m) => m.kind === 'changes_requested').map((m) => m.status)).toEqual(['pending']);
  });

  it('retries a message the server refuses (451, 550) or cannot take (connection refused) with back-off, then delivers it', async () => {
    mailOn(smtp.port);
    const id = submitted(editorRu, 'Heroin seized', 'Изъят героин');
    transitionArticle(db, chief, { id, transition: 'request_changes', comment: 'Add the weight.' });
    dropReviewDigests();
    const row = () => db.select().from(mailOutbox).where(eq(mailOutbox.kind, 'changes_requested')).get()!;
    const t0 = new Date();

    smtp.rejectWith(451);
    expect(await sendDueMail(db, transportTo(smtp.port), { from: FROM, now: () => t0 })).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(row()).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: new Date(t0.getTime() + 60_000).toISOString() });
    expect(row().lastError).toMatch(/451/);

    // Not due yet: nothing is tried.
    expect(await sendDueMail(db, transportTo(smtp.port), { from: FROM, now: () => new Date(t0.getTime() + 30_000) })).toEqual({ sent: 0, retried: 0, failed: 0 });

    smtp.rejectWith(550);
    const t1 = new Date(t0.getTime() + 61_000);
    expect(await sendDueMail(db, transportTo(smtp.port), { from: FROM, now: () => t1 })).toMatchObject({ retried: 1 });
    expect(row()).toMatchObject({ attempts: 2, nextAttemptAt: new Date(t1.getTime() + 5 * 60_000).toISOString() });
    expect(row().lastError).toMatch(/550/);

    const t2 = new Date(t1.getTime() + 5 * 60_000);
    expect(await sendDueMail(db, transportTo(await closedPort()), { from: FROM, now: () => t2 })).toMatchObject({ retried: 1 });
    expect(row()).toMatchObject({ attempts: 3, nextAttemptAt: new Date(t2.getTime() + 30 * 60_000).toISOString() });
    expect(row().lastError).toMatch(/ECONNREFUSED|ECONNECTION/);

    smtp.rejectWith(null);
    const t3 = new Date(t2.getTime() + 30 * 60_000);
    expect(await sendDueMail(db, transportTo(smtp.port), { from: FROM, now: () => t3 })).toMatchObject({ sent: 1 });
    expect(row()).toMatchObject({ status: 'sent', attempts: 4, lastError: null, sentAt: t3.toISOString() });
    expect(smtp.received.map((m) => m.subject)).toEqual(['Нужны правки: Изъят героин']);
  });

  it(`gives a message up as failed, with the error, after ${MAX_MAIL_ATTEMPTS} attempts`, async () => {
    mailOn(smtp.port);
    const id = submitted(editorEn, 'Heroin seized', 'Изъят героин');
    transitionArticle(db, chief, { id, transition: 'request_changes', comment: 'Add the weight.' });
    dropReviewDigests();
    smtp.rejectWith(550);
    let clock = new Date();
    for (let attempt = 1; attempt <= MAX_MAIL_ATTEMPTS; attempt += 1) {
      const result = await sendDueMail(db, transportTo(smtp.port), { from: FROM, now: () => clock });
      expect(result).toMatchObject(attempt < MAX_MAIL_ATTEMPTS ? { retried: 1, failed: 0 } : { retried: 0, failed: 1 });
      clock = new Date(clock.getTime() + 24 * 60 * 60_000);
    }
    const row = db.select().from(mailOutbox).where(eq(mailOutbox.kind, 'changes_requested')).get()!;
    expect(row).toMatchObject({ status: 'failed', attempts: MAX_MAIL_ATTEMPTS, sentAt: null });
    expect(row.lastError).toMatch(/550/);
    smtp.rejectWith(null);
    expect(await sendDueMail(db, transportTo(smtp.port), { from: FROM, now: () => clock })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(smtp.received).toEqual([]);
  });

  it('queues nothing for a user who turned their notifications off, and again after they turn them on', () => {
    mailOn(smtp.port);
    setMailNotifications(db, editorRu, { enabled: false });
    setMailNotifications(db, chiefRu, { enabled: false });
    const first = submitted(editorRu, 'Heroin seized', 'Изъят героин');
    transitionArticle(db, chief, { id: first, transition: 'request_changes', comment: 'Add the weight.' });
    expect(listMail(db).map((m) => [m.kind, m.toAddress])).toEqual([['review_waiting', chief.label]]);
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'set_mail_notifications')).all().map((a) => a.details)).toEqual([{ enabled: false }, { enabled: false }]);

    setMailNotifications(db, editorRu, { enabled: true });
    const second = submitted(editorRu, 'Hashish seized', 'Изъят гашиш');
    transitionArticle(db, chief, { id: second, transition: 'request_changes', comment: 'Add the weight.' });
    expect(listMail(db).filter((m) => m.kind === 'changes_requested').map((m) => [m.toAddress, m.refId])).toEqual([[editorRu.label, second]]);
  });

  it('the server’s job sends due mail by itself when SMTP is set, and is off without it', async () => {
    expect(startMailSender(db, {})).toBeTypeOf('function');
    mailOn(smtp.port);
    const id = submitted(editorEn, 'Heroin seized', 'Изъят героин');
    transitionArticle(db, chief, { id, transition: 'request_changes', comment: 'Add the weight.' });
    const stop = startMailSender(db, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), MAIL_FROM: FROM, MAIL_SEND_INTERVAL_SECONDS: '1' });
    try {
      const [mail] = await smtp.waitFor(1);
      expect(mail!.subject).toBe('Changes requested: Heroin seized');
    } finally {
      stop();
    }
  });
});
