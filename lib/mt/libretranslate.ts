import type { Lang } from '@/lib/domain/lang';
import { MtError, type MtConfig, type MtProvider } from './provider';

/** LibreTranslate: POST {url}/translate with {q, source, target, format, api_key}, one call per text. */
export function libreTranslateProvider(config: Pick<MtConfig, 'url' | 'apiKey' | 'timeoutMs'>): MtProvider {
  return {
    name: 'libretranslate',
    async translate(texts: string[], from: Lang, to: Lang): Promise<string[]> {
      const out: string[] = [];
      for (const q of texts) out.push(await translateOne(config, q, from, to));
      return out;
    },
  };
}

async function translateOne(config: Pick<MtConfig, 'url' | 'apiKey' | 'timeoutMs'>, q: string, source: Lang, target: Lang): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`${config.url}/translate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ q, source, target, format: 'text', ...(config.apiKey ? { api_key: config.apiKey } : {}) }),
      signal: AbortSignal.timeout(config.timeoutMs),
      redirect: 'error',
    });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new MtError('timeout', `no answer within ${config.timeoutMs} ms`);
    throw new MtError('unavailable', (error as Error).message);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new MtError(response.ok ? 'bad_answer' : 'refused', `HTTP ${response.status}`);
  }
  if (!response.ok) {
    const message = typeof (body as { error?: unknown })?.error === 'string' ? (body as { error: string }).error : '';
    throw new MtError('refused', `HTTP ${response.status} ${message}`.trim());
  }
  const translated = (body as { translatedText?: unknown })?.translatedText;
  if (typeof translated !== 'string') throw new MtError('bad_answer', 'no translatedText in the answer');
  return translated;
}
