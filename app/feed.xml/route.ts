import { createTranslator } from 'next-intl';
import { loadMessages } from '@/i18n/request';
import { getDb } from '@/lib/db/instance';
import { isLang } from '@/lib/domain/lang';
import { buildReleaseFeed, type FeedTranslate } from '@/lib/services/build-release-feed';

/** /feed.xml (English) or /feed.xml?lang=ru: the Atom feed of published issues. */
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const requested = url.searchParams.get('lang');
  const lang = isLang(requested) ? requested : 'en';
  const messages = await loadMessages(lang);
  const translator = createTranslator({ locale: lang, messages, namespace: 'reader' });
  const t = translator as unknown as FeedTranslate;
  const xml = buildReleaseFeed(getDb(), { baseUrl: publicBaseUrl(url), lang, t });
  return new Response(xml, {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  });
}

/** Absolute links need the site's public address: PUBLIC_URL, else NEXTAUTH_URL, else the request's origin. */
function publicBaseUrl(url: URL): string {
  for (const candidate of [process.env.PUBLIC_URL, process.env.NEXTAUTH_URL]) {
    if (!candidate) continue;
    try {
      return new URL(candidate).origin + new URL(candidate).pathname.replace(/\/+$/, '');
    } catch {
      // not a URL: try the next one
    }
  }
  return url.origin;
}
