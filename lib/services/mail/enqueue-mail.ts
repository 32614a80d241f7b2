import type { Tx } from '@/lib/db/client';
import { findMailArticle, findMailRecipient, listDeskStaff, findWaitingMail, insertMail, listReviewers, listReviewQueueForMail, rewriteMail, type MailArticle } from '@/lib/db/queries/mail-outbox';
import type { Lang } from '@/lib/domain/lang';
import { issuePath } from '@/lib/domain/release-urls';
import { addMinutes, REVIEW_MAIL_DELAY_MINUTES } from '@/lib/domain/mail-schedule';
import { changesRequestedMail, issuePublishedMail, mailLangOf, REVIEW_MAIL_LIST_MAX, reviewWaitingMail, type ArticleMention } from '@/lib/mail/mail-texts';
import { mailSettingsFromEnv, type MailSettings } from '@/lib/mail/mail-settings';
import type { Actor } from '../actor';

/**
 * Messages are queued in the transaction of the action that causes them (lib/db/queries/mail-outbox.ts)
 * and sent later by lib/services/mail/send-due-mail.ts, so a mail server that is down never blocks or
 * undoes the action. With e-mail off (no SMTP settings) nothing is queued: a queue that nobody sends
 * would only grow, and switching e-mail on later would deliver months-old news at once.
 */
export type MailKind = 'changes_requested' | 'review_waiting' | 'issue_published';

function mention(article: MailArticle, lang: Lang): ArticleMention & { author: string } {
  const title = lang === 'ru' ? article.titleRu || article.titleEn : article.titleEn || article.titleRu;
  return { title, country: lang === 'ru' ? article.countryRu : article.countryEn, eventDate: article.eventDate, author: article.authorName ?? '—' };
}

const link = (settings: MailSettings, path: string) => `${settings.appUrl}${path}`;

/** The chief editor sent an article back (changes requested, or reopened): its author hears why. */
export function enqueueChangesRequested(tx: Tx, actor: Actor, input: { articleId: number; authorId: number | null; comment: string }): void {
  const settings = mailSettingsFromEnv();
  if (!settings || input.authorId == null || input.authorId === actor.id) return;
  const author = findMailRecipient(tx, input.authorId);
  const article = findMailArticle(tx, input.articleId);
  if (!author?.active || !author.mailNotifications || !article) return;
  const lang = mailLangOf(author.locale);
  const chief = actor.id != null ? (findMailRecipient(tx, actor.id)?.name ?? actor.label) : actor.label;
  const mail = changesRequestedMail(lang, {
    name: author.name,
    chief,
    article: mention(article, lang),
    comment: input.comment,
    link: link(settings, `/desk/articles/${article.id}`),
  });
  insertMail(tx, { toAddress: author.email, subject: mail.subject, textBody: mail.text, kind: 'changes_requested', refId: article.id });
}

/**
 * An article was submitted: each reviewer gets "N articles wait for your review" with the queue as it
 * stands. The message waits REVIEW_MAIL_DELAY_MINUTES before it goes out, and further submissions
 * in the meantime rewrite that same message: a burst of submissions makes one mail per reviewer.
 */
export function enqueueReviewWaiting(tx: Tx, actor: Actor, input: { articleId: number }): void {
  const settings = mailSettingsFromEnv();
  const now = new Date();
  if (!settings) return;
  const reviewers = listReviewers(tx).filter((r) => r.id !== actor.id);
  if (reviewers.length === 0) return;
  const queue = listReviewQueueForMail(tx, REVIEW_MAIL_LIST_MAX);
  if (queue.total === 0) return;
  for (const reviewer of reviewers) {
    const lang = mailLangOf(reviewer.locale);
    const mail = reviewWaitingMail(lang, {
      name: reviewer.name,
      total: queue.total,
      articles: queue.articles.map((a) => mention(a, lang)),
      link: link(settings, '/desk?queue=review'),
    });
    const waiting = findWaitingMail(tx, reviewer.email, 'review_waiting', now.toISOString());
    if (waiting) rewriteMail(tx, waiting.id, { subject: mail.subject, textBody: mail.text, refId: input.articleId });
    else
      insertMail(tx, {
        toAddress: reviewer.email,
        subject: mail.subject,
        textBody: mail.text,
        kind: 'review_waiting',
        refId: input.articleId,
        nextAttemptAt: addMinutes(now, REVIEW_MAIL_DELAY_MINUTES).toISOString(),
      });
  }
}

/** An issue (or a correction of it) was published: everyone at the desk but the publisher hears of it. */
export function enqueueIssuePublished(
  tx: Tx,
  actor: Actor,
  issue: { id: number; year: number; number: number; revision: number; periodStart: string; periodEnd: string },
): void {
  const settings = mailSettingsFromEnv();
  if (!settings) return;
  for (const user of listDeskStaff(tx).filter((u) => u.id !== actor.id)) {
    const mail = issuePublishedMail(mailLangOf(user.locale), { name: user.name, ...issue, link: link(settings, issuePath(issue)) });
    insertMail(tx, { toAddress: user.email, subject: mail.subject, textBody: mail.text, kind: 'issue_published', refId: issue.id });
  }
}
