/**
 * When the outbox tries a message again. A failed send waits 1, 5, 30 minutes, 2 and 6 hours; after
 * the sixth failed attempt the message is given up as `failed` with the last error (about 8.5 hours
 * after the first try: long enough for a mail server's restart or a night's outage, short enough that a
 * "changes requested" mail is not delivered days late).
 */
export const MAIL_RETRY_MINUTES = [1, 5, 30, 120, 360] as const;
export const MAX_MAIL_ATTEMPTS = MAIL_RETRY_MINUTES.length + 1;

/** A claimed message is left alone this long by other senders (a crash mid-send retries it then). */
export const MAIL_CLAIM_MINUTES = 10;

/**
 * "Articles wait for your review" waits this long before it goes out, and submissions in the meantime
 * join the same message: ten submissions in an afternoon's burst make one mail, not ten.
 */
export const REVIEW_MAIL_DELAY_MINUTES = 10;

/** The time of the next attempt after `attempts` failed ones, or null: give up. */
export function nextMailAttempt(attempts: number, now: Date): Date | null {
  if (attempts >= MAX_MAIL_ATTEMPTS) return null;
  const minutes = MAIL_RETRY_MINUTES[Math.min(Math.max(0, attempts - 1), MAIL_RETRY_MINUTES.length - 1)] ?? 1;
  return addMinutes(now, minutes);
}

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}
