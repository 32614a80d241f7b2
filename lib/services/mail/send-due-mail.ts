import type { Db } from '@/lib/db/client';
import { claimDueMail, markMailFailed, markMailSent, scheduleMailRetry, type MailRow } from '@/lib/db/queries/mail-outbox';
import { addMinutes, MAIL_CLAIM_MINUTES, nextMailAttempt } from '@/lib/domain/mail-schedule';

/** What the sender needs of a transport: nodemailer's `Transporter` fits, and so does a test double. */
export interface MailTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}

export interface SendDueMailOptions {
  from: string;
  /** The clock, for tests. */
  now?: () => Date;
  /** Messages claimed at a time. */
  batch?: number;
}

export interface SendDueMailResult {
  sent: number;
  retried: number;
  failed: number;
}

/**
 * Sends the messages that are due: claims them (one more attempt each, hidden from other senders for
 * MAIL_CLAIM_MINUTES), sends them one by one, and marks each sent, or schedules its next attempt
 * (lib/domain/mail-schedule.ts), or gives it up as `failed` with the error after the last attempt.
 * One message's failure never stops the others. No audit row: the action that queued it has one.
 */
export async function sendDueMail(db: Db, transport: MailTransport, options: SendDueMailOptions): Promise<SendDueMailResult> {
  const now = options.now ?? (() => new Date());
  const batch = options.batch ?? 20;
  const result: SendDueMailResult = { sent: 0, retried: 0, failed: 0 };
  for (;;) {
    const start = now();
    const claimed = claimDueMail(db, start.toISOString(), addMinutes(start, MAIL_CLAIM_MINUTES).toISOString(), batch);
    for (const mail of claimed) result[await sendOne(db, transport, options.from, mail, now)] += 1;
    if (claimed.length < batch) return result;
  }
}

async function sendOne(db: Db, transport: MailTransport, from: string, mail: MailRow, now: () => Date): Promise<keyof SendDueMailResult> {
  try {
    await transport.sendMail({ from, to: mail.toAddress, subject: mail.subject, text: mail.textBody });
    markMailSent(db, mail.id, now().toISOString());
    return 'sent';
  } catch (error) {
    const message = describeSendError(error);
    const next = nextMailAttempt(mail.attempts, now());
    if (next) {
      scheduleMailRetry(db, mail.id, next.toISOString(), message);
      return 'retried';
    }
    markMailFailed(db, mail.id, message);
    return 'failed';
  }
}

/** nodemailer's errors carry a code (ECONNECTION, EAUTH, EENVELOPE…) and the server's reply. */
export function describeSendError(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, 500);
  const { code, response } = error as Error & { code?: string; response?: string };
  const parts = [code, response ?? error.message].filter(Boolean);
  return parts.join(': ').replace(/\s+/g, ' ').slice(0, 500);
}
