import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { NAMESPACES } from './namespaces';
import { routing } from './routing';

async function readMessages(locale: string): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, (await import(`../messages/${locale}/${ns}.json`)).default] as const),
  );
  return Object.fromEntries(entries);
}

// The message files are part of the build: gathered once per locale, not on every request (read only).
const loaded = new Map<string, Promise<Record<string, unknown>>>();

export function loadMessages(locale: string): Promise<Record<string, unknown>> {
  if (!hasLocale(routing.locales, locale)) return readMessages(locale);
  let messages = loaded.get(locale);
  if (!messages) {
    messages = readMessages(locale);
    loaded.set(locale, messages);
  }
  return messages;
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: await loadMessages(locale), timeZone: 'Asia/Almaty' };
});
