import type { Lang } from '@/lib/domain/lang';

/**
 * Machine translation, optional and off by default. One interface; the adapters are LibreTranslate
 * (self-hostable: texts need not leave the organisation) and DeepL. Configured by environment:
 *
 *   MT_PROVIDER=libretranslate  MT_URL=https://mt.example.org  [MT_API_KEY=…]  [MT_TIMEOUT_MS=15000]
 *   MT_PROVIDER=deepl           MT_API_KEY=…                    [MT_TIMEOUT_MS=15000]
 *
 * Without MT_PROVIDER there is no provider and the editor shows no MT button.
 */
export interface MtProvider {
  readonly name: 'libretranslate' | 'deepl';
  /** The texts translated, in order; throws MtError. */
  translate(texts: string[], from: Lang, to: Lang): Promise<string[]>;
}

/** What went wrong, as a message key of the UI: timeout, unavailable, refused, bad_answer. */
export class MtError extends Error {
  constructor(
    readonly reason: 'timeout' | 'unavailable' | 'refused' | 'bad_answer',
    detail: string,
  ) {
    super(`Machine translation failed (${reason}): ${detail}`);
    this.name = 'MtError';
  }
}

export interface MtConfig {
  provider: 'libretranslate' | 'deepl';
  url: string;
  apiKey: string;
  timeoutMs: number;
}

/** The configuration from the environment, or null when machine translation is off. */
export function mtConfigFromEnv(env: Record<string, string | undefined> = process.env): MtConfig | null {
  const provider = env.MT_PROVIDER?.trim().toLowerCase();
  const timeoutMs = Math.min(Math.max(Number(env.MT_TIMEOUT_MS) || 15_000, 500), 120_000);
  if (provider === 'libretranslate' && env.MT_URL) return { provider, url: env.MT_URL.replace(/\/+$/, ''), apiKey: env.MT_API_KEY ?? '', timeoutMs };
  if (provider === 'deepl' && env.MT_API_KEY) return { provider, url: env.MT_URL ?? '', apiKey: env.MT_API_KEY, timeoutMs };
  return null;
}
