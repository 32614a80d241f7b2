import * as deepl from 'deepl-node';
import type { Lang } from '@/lib/domain/lang';
import { MtError, type MtConfig, type MtProvider } from './provider';

/** DeepL through the official deepl-node client. */
export function deeplProvider(config: Pick<MtConfig, 'url' | 'apiKey' | 'timeoutMs'>): MtProvider {
  const translator = new deepl.Translator(config.apiKey, {
    ...(config.url ? { serverUrl: config.url } : {}),
    maxRetries: 1,
    minTimeout: config.timeoutMs,
  });
  return {
    name: 'deepl',
    async translate(texts: string[], from: Lang, to: Lang): Promise<string[]> {
      try {
        const results = await translator.translateText(texts, from, to === 'en' ? 'en-GB' : 'ru');
        return results.map((r) => r.text);
      } catch (error) {
        if (error instanceof deepl.ConnectionError) throw new MtError('unavailable', error.message);
        if (error instanceof deepl.DeepLError) throw new MtError('refused', error.message);
        throw new MtError('bad_answer', (error as Error).message);
      }
    },
  };
}
