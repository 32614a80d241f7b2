// Sends the queued e-mail (lib/services/mail/send-due-mail.ts) from inside the production server:
// every MAIL_SEND_INTERVAL_SECONDS (default 30), never two runs at once; off without SMTP settings.
import nodemailer from 'nodemailer';
import type { Db } from '@/lib/db/client';
import { mailSettingsFromEnv } from '@/lib/mail/mail-settings';
import { sendDueMail } from '@/lib/services/mail/send-due-mail';

type Env = Record<string, string | undefined>;

/** Starts the job; returns its stop function (a no-op when e-mail is off). */
export function startMailSender(db: Db, env: Env = process.env): () => void {
  const settings = mailSettingsFromEnv(env);
  if (!settings) return () => {};
  const transport = nodemailer.createTransport(settings.smtp);
  const seconds = Math.max(1, Number(env.MAIL_SEND_INTERVAL_SECONDS) || 30);
  let running = false;
  const tick = async () => {
    if (running) return; // a slow server: the next tick waits for this run rather than overlap it
    running = true;
    try {
      const { sent, retried, failed } = await sendDueMail(db, transport, { from: settings.from });
      if (retried > 0 || failed > 0) console.warn(`mail: ${sent} sent, ${retried} to retry, ${failed} given up`);
    } catch (error) {
      console.error('mail: the sender failed:', error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), seconds * 1000);
  timer.unref();
  void tick();
  console.log(`E-mail notifications are on: the outbox is sent every ${seconds} s.`);
  return () => {
    clearInterval(timer);
    transport.close();
  };
}
