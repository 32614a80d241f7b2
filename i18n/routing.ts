import { defineRouting } from 'next-intl/routing';
import { LOCALE_COOKIE } from '@/lib/auth/session-cookies';

/**
 * URLs carry no language: the locale comes from the NEXT_LOCALE cookie (or the browser), and the
 * proxy rewrites each page to its /[locale] variant, so public pages can be prerendered per language.
 */
export const routing = defineRouting({
  locales: ['en', 'ru'],
  defaultLocale: 'en',
  localePrefix: 'never',
  localeCookie: { name: LOCALE_COOKIE, maxAge: 60 * 60 * 24 * 365 },
});
