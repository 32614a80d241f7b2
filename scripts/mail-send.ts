// npm run mail:send: sends the e-mail that is due now, once (the production server does this by itself
// every 30 s). Prints what it did and the outbox's counts; exit 2 when e-mail is off.
import nodemailer from 'nodemailer';
import { openDatabase } from '@/lib/db/client';
import { countMailByStatus } from '@/lib/db/queries/mail-outbox';
import { mailSettingsFromEnv } from '@/lib/mail/mail-settings';
import { sendDueMail } from '@/lib/services/mail/send-due-mail';

async function main(): Promise<number> {
  const settings = mailSettingsFromEnv();
  if (!settings) {
    console.error('E-mail is off: set SMTP_URL or SMTP_HOST (see README, Environment variables).');
    return 2;
  }
  const db = openDatabase();
  const transport = nodemailer.createTransport(settings.smtp);
  try {
    const result = await sendDueMail(db, transport, { from: settings.from });
    const counts = countMailByStatus(db);
    console.log(`${result.sent} sent, ${result.retried} to retry later, ${result.failed} given up.`);
    console.log(`Outbox: ${counts.pending ?? 0} pending, ${counts.sent ?? 0} sent, ${counts.failed ?? 0} failed.`);
    return 0;
  } finally {
    transport.close();
    db.$client.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
