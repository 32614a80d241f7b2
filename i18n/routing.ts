import { defineRouting } from 'next-intl/routing';

/**
 * URLs carry no language: the locale comes from the NEXT_LOCALE cookie (or the browser), and the
 * proxy rewrites each page to its /[locale] variant, so public pages can be prerendered per language.
 */
export const routing = defineRouting({
  locales: ['en', 'ru'],
  defaultLocale: 'en',
  localePrefix: 'never',
  localeCookie: { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365 },
});
