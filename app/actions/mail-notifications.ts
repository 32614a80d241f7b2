'use server';

import { z } from 'zod';
import { getDb } from '@/lib/db/instance';
import { setMailNotifications } from '@/lib/services/set-mail-notifications';
import { formAction, type ActionFailure } from './action-result';

export type MailNotificationsState = { ok: true; enabled: boolean } | ActionFailure | null;

const setMailNotificationsForm = formAction(z.object({ enabled: z.enum(['on', 'off']) }), (input, actor) => ({
  ok: true as const,
  enabled: setMailNotifications(getDb(), actor, { enabled: input.enabled === 'on' }),
}));

/** The signed-in user turns their own e-mail notifications on or off (a form with `enabled` = on | off). */
export async function setMailNotificationsAction(previous: MailNotificationsState, form: FormData): Promise<MailNotificationsState> {
  return setMailNotificationsForm(previous, form);
}
