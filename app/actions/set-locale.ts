'use server';

import { cookies } from 'next/headers';
import { z } from 'zod';
import { routing } from '@/i18n/routing';

const schema = z.enum(routing.locales);
/** The cookie next-intl reads (see i18n/routing.ts). */
const LOCALE_COOKIE = 'NEXT_LOCALE';

/** Saves the reader's language choice. Public on purpose: it only sets a preference cookie. */
export async function setLocale(formData: FormData): Promise<void> {
  const parsed = schema.safeParse(formData.get('locale'));
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data, {
    path: '/',
    maxAge: 60 * 60 * 24 * 365,
    sameSite: 'lax',
  });
}
