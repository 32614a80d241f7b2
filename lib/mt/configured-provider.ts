import { deeplProvider } from './deepl';
import { libreTranslateProvider } from './libretranslate';
import { mtConfigFromEnv, type MtProvider } from './provider';

/** The provider the environment configures, or null (no MT button). */
export function configuredMtProvider(env: Record<string, string | undefined> = process.env): MtProvider | null {
  const config = mtConfigFromEnv(env);
  if (!config) return null;
  return config.provider === 'deepl' ? deeplProvider(config) : libreTranslateProvider(config);
}
