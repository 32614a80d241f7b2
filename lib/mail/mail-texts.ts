import { createTranslator } from 'next-intl';
import { formatDate, formatPeriod } from '@/lib/domain/date-format';
import { isLang, type Lang } from '@/lib/domain/lang';
import en from '@/messages/en/mail.json' with { type: 'json' };
import ru from '@/messages/ru/mail.json' with { type: 'json' };

/**
 * The e-mail texts, rendered on the server without a request (next-intl's createTranslator over the
 * `mail` namespace of messages/LANG/mail.json), in the recipient's interface language.
 */
const MESSAGES = { en: { mail: en }, ru: { mail: ru } } as const;

/** The default language of the interface (i18n/routing.ts), for accounts that never chose one. */
export const DEFAULT_MAIL_LANG: Lang = 'en';

export function mailLangOf(locale: string | null | undefined): Lang {
  return isLang(locale) ? locale : DEFAULT_MAIL_LANG;
}

export interface MailText {
  subject: string;
  text: string;
}

function translator(lang: Lang) {
  return createTranslator({ locale: lang, messages: MESSAGES[lang], namespace: 'mail' });
}

function letter(lang: Lang, name: string, body: string): string {
  const t = translator(lang);
  return `${t('greeting', { name })}\n\n${body}\n\n-- \n${t('signature')}\n${t('footer')}\n`;
}

/** Subjects are one line: a title with line breaks would break the header. */
const oneLine = (text: string, max = 120) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export interface ArticleMention {
  title: string;
  country: string;
  /** The event's date, YYYY-MM-DD. */
  eventDate: string;
}

export function changesRequestedMail(
  lang: Lang,
  values: { name: string; chief: string; article: ArticleMention; comment: string; link: string },
): MailText {
  const t = translator(lang);
  const title = oneLine(values.article.title) || t('untitled');
  return {
    subject: oneLine(t('changesRequested.subject', { title })),
    text: letter(
      lang,
      values.name,
      t('changesRequested.body', {
        chief: values.chief,
        title,
        country: values.article.country,
        date: formatDate(values.article.eventDate, lang),
        comment: values.comment,
        link: values.link,
      }),
    ),
  };
}

/** At most this many articles are listed in one review mail; the rest are counted. */
export const REVIEW_MAIL_LIST_MAX = 10;

export function reviewWaitingMail(
  lang: Lang,
  values: { name: string; total: number; articles: Array<ArticleMention & { author: string }>; link: string },
): MailText {
  const t = translator(lang);
  const count = values.total;
  const lines = values.articles.slice(0, REVIEW_MAIL_LIST_MAX).map((a) =>
    t('reviewWaiting.item', { title: oneLine(a.title) || t('untitled'), country: a.country, date: formatDate(a.eventDate, lang), author: a.author }),
  );
  if (count > lines.length) lines.push(t('reviewWaiting.more', { count: count - lines.length }));
  return {
    subject: t('reviewWaiting.subject', { count }),
    text: letter(lang, values.name, t('reviewWaiting.body', { count, list: lines.join('\n'), link: values.link })),
  };
}

export function issuePublishedMail(
  lang: Lang,
  values: { name: string; year: number; number: number; revision: number; periodStart: string; periodEnd: string; link: string },
): MailText {
  const t = translator(lang);
  const { year, number, revision, link } = values;
  return {
    subject: t('issuePublished.subject', { year, number }),
    text: letter(
      lang,
      values.name,
      t('issuePublished.body', { year, number, revision: String(revision), period: formatPeriod(values.periodStart, values.periodEnd, lang), link }),
    ),
  };
}
