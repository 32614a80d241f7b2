'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { LOCALE_COOKIE } from '@/i18n/locale';

const schema = z.enum(['en', 'ru']);

/** Saves the reader's language choice. Public on purpose: it only sets a preference cookie. */
export async function setLocale(formData: FormData): Promise<void> {
  const parsed = schema.safeParse(formData.get('locale'));
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' });
  revalidatePath('/', 'layout');
}
