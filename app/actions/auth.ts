'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { getCurrentUser } from '@/lib/auth/current-user';
import { LOCALE_COOKIE } from '@/lib/auth/session-cookies';
import { getDb } from '@/lib/db/instance';
import { isLang, type Lang } from '@/lib/domain/lang';
import { userActor } from '@/lib/services/actor';
import { setUserLocale } from '@/lib/services/set-user-locale';

const localeSchema = z.enum(routing.locales);

/** The cookie next-intl reads (i18n/routing.ts). */

async function setLocaleCookie(locale: Lang): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' });
}

/**
 * Called by the login form right after a successful sign-in: brings back the interface language
 * the user chose last time (stored on the account), if any.
 */
export async function applyUserLocale(): Promise<{ locale: Lang | null }> {
  const user = await getCurrentUser();
  if (!user || !isLang(user.locale)) return { locale: null };
  await setLocaleCookie(user.locale);
  return { locale: user.locale };
}

/**
 * The language switch (public pages and desk): the cookie for this browser, and the account for the
 * next login. Public on purpose: anonymous readers only get the cookie. It then reloads the page the
 * user was on, so that the proxy serves it in the new language.
 */
export async function switchLocale(formData: FormData): Promise<void> {
  const parsed = localeSchema.safeParse(formData.get('locale'));
  if (!parsed.success) return;
  await setLocaleCookie(parsed.data);
  const user = await getCurrentUser();
  if (user) setUserLocale(getDb(), userActor(user), { locale: parsed.data });
  redirect(sameSitePath(formData.get('returnTo')) ?? refererPath((await headers()).get('referer')) ?? '/');
}

/** A path on this site ("/desk?x=1"), never another origin ("//evil", "https://…"). */
function sameSitePath(value: unknown): string | null {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || /[\\\u0000-\u001f]/.test(value)) return null;
  return value;
}

function refererPath(referer: string | null): string | null {
  if (!referer) return null;
  try {
    const url = new URL(referer);
    return sameSitePath(url.pathname + url.search);
  } catch {
    return null;
  }
}
