import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { NAMESPACES } from '@/i18n/namespaces';

function keys(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

const load = (lang: string, ns: string) => JSON.parse(fs.readFileSync(`messages/${lang}/${ns}.json`, 'utf8'));

describe('UI messages', () => {
  it.each(NAMESPACES)('namespace %s has the same keys in English and Russian', (ns) => {
    expect(keys(load('ru', ns)).sort()).toEqual(keys(load('en', ns)).sort());
  });

  it.each(NAMESPACES)('namespace %s has no empty Russian or English text', (ns) => {
    for (const lang of ['en', 'ru']) {
      const flat = keys(load(lang, ns));
      for (const key of flat) {
        const value = key.split('.').reduce<unknown>((obj, k) => (obj as Record<string, unknown>)[k], load(lang, ns));
        if (typeof value === 'string') expect(value.trim(), `${lang}/${ns}:${key}`).not.toBe('');
      }
    }
  });
});
