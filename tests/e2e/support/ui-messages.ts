import fs from 'node:fs';
import path from 'node:path';

export type UiLang = 'en' | 'ru';

type Messages = { [key: string]: string | Messages };

const cache = new Map<string, Messages>();

function load(lang: UiLang, namespace: string): Messages {
  const key = `${lang}/${namespace}`;
  let messages = cache.get(key);
  if (!messages) {
    messages = JSON.parse(fs.readFileSync(path.resolve('messages', lang, `${namespace}.json`), 'utf8')) as Messages;
    cache.set(key, messages);
  }
  return messages;
}

/** The raw message at a dotted key of messages/<lang>/<namespace>.json; throws on a missing key so a renamed label fails loudly. */
function raw(lang: UiLang, namespace: string, key: string): string {
  let node: string | Messages | undefined = load(lang, namespace);
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`No message ${lang}/${namespace}:${key}`);
  return node;
}

/**
 * The UI's messages in one language, the way the page shows them: specs select elements by the
 * same accessible names the users read, in English and in Russian.
 */
export class UiMessages {
  constructor(readonly lang: UiLang) {}

  /** A message with its {placeholders} filled in. */
  text(namespace: string, key: string, values: Record<string, string | number> = {}): string {
    return raw(this.lang, namespace, key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  }

  /** A message as a pattern: placeholders given in `values` are literal, the others match any text. */
  pattern(namespace: string, key: string, values: Record<string, string | number> = {}): RegExp {
    const parts = raw(this.lang, namespace, key).split(/(\{\w+\})/);
    const source = parts
      .map((part) => {
        const m = /^\{(\w+)\}$/.exec(part);
        if (!m) return escape(part);
        return m[1]! in values ? escape(String(values[m[1]!])) : '.+';
      })
      .join('');
    return new RegExp(source);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
