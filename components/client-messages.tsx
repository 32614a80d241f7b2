import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';

/**
 * Hands client components only the message namespaces they use: the public pages send none, which
 * keeps every cached page small (all namespaces together weigh ~33 KB per response).
 */
export async function ClientMessages({ namespaces, children }: { namespaces: string[]; children: ReactNode }) {
  const all = await getMessages();
  const messages = Object.fromEntries(namespaces.filter((ns) => ns in all).map((ns) => [ns, all[ns]!]));
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
