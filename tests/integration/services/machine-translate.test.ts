import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { libreTranslateProvider } from '@/lib/mt/libretranslate';
import { configuredMtProvider } from '@/lib/mt/configured-provider';
import { MtError } from '@/lib/mt/provider';
import { SYSTEM_ACTOR, type Actor } from '@/lib/services/actor';
import { ForbiddenError } from '@/lib/services/errors';
import { importTerms } from '@/lib/services/import-terms';
import { machineTranslate } from '@/lib/services/machine-translate';
import { articleTestDb } from './articles/setup';

type Mode = 'echo' | 'slow' | 'error' | 'drop';
let server: http.Server;
let url: string;
let mode: Mode;
let requests: Record<string, unknown>[];
let db: Db;
let editor: Actor;

/** A stand-in for LibreTranslate: "translates" by tagging the text, keeping the tokens as engines do. */
beforeEach(async () => {
  ({ db, editor } = articleTestDb());
  importTerms(db, SYSTEM_ACTOR, {
    csv: 'en,ru,variants_en,variants_ru,forbidden_en,forbidden_ru,category,note\nNational Security Committee,Комитет национальной безопасности,,КНБ,,,agency,\n',
  });
  mode = 'echo';
  requests = [];
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const json = JSON.parse(body) as { q: string };
      requests.push(json);
      if (mode === 'slow') return; // never answers
      res.setHeader('Content-Type', 'application/json');
      if (mode === 'error') {
        res.statusCode = 500;
        return res.end(JSON.stringify({ error: 'engine down' }));
      }
      const text = mode === 'drop' ? json.q.replace(/⟦\d+⟧/g, '') : json.q;
      res.end(JSON.stringify({ translatedText: `RU(${text})` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const provider = (timeoutMs = 2_000) => libreTranslateProvider({ url, apiKey: 'k', timeoutMs });

describe('machine translation through LibreTranslate', () => {
  it('sends {q, source, target, format, api_key} with terms and numbers protected, and restores them in the target language', async () => {
    const result = await machineTranslate(db, editor, { from: 'en', texts: ['The National Security Committee seized 10,773 tablets.'] }, provider());
    expect(requests).toEqual([{ q: 'The ⟦0⟧ seized ⟦1⟧ tablets.', source: 'en', target: 'ru', format: 'text', api_key: 'k' }]);
    expect(result).toEqual({ texts: ['RU(The Комитет национальной безопасности seized 10\u00A0773 tablets.)'], lost: 0, provider: 'libretranslate' });
  });

  it('counts protected values the engine dropped', async () => {
    mode = 'drop';
    const result = await machineTranslate(db, editor, { from: 'en', texts: ['Seized 5 kg.'] }, provider());
    expect(result.lost).toBe(1);
  });

  it('gives a timeout error when the provider does not answer', async () => {
    mode = 'slow';
    const error = await machineTranslate(db, editor, { from: 'en', texts: ['Hello'] }, provider(300)).catch((e) => e);
    expect(error).toBeInstanceOf(MtError);
    expect((error as MtError).reason).toBe('timeout');
  });

  it('gives a refusal with the provider’s message when it answers an error', async () => {
    mode = 'error';
    const error = await machineTranslate(db, editor, { from: 'ru', texts: ['Привет'] }, provider()).catch((e) => e);
    expect(error).toBeInstanceOf(MtError);
    expect((error as MtError).reason).toBe('refused');
    expect((error as MtError).message).toContain('engine down');
  });

  it('says unavailable when nothing listens', async () => {
    const closed = libreTranslateProvider({ url: 'http://127.0.0.1:9', apiKey: '', timeoutMs: 2_000 });
    const error = await machineTranslate(db, editor, { from: 'en', texts: ['Hello'] }, closed).catch((e) => e);
    expect((error as MtError).reason).toBe('unavailable');
  });

  it('is off without configuration, and refused to the system actor', async () => {
    expect(configuredMtProvider({})).toBeNull();
    expect(configuredMtProvider({ MT_PROVIDER: 'libretranslate' })).toBeNull();
    expect(configuredMtProvider({ MT_PROVIDER: 'libretranslate', MT_URL: url })?.name).toBe('libretranslate');
    expect(configuredMtProvider({ MT_PROVIDER: 'deepl', MT_API_KEY: 'x:fx' })?.name).toBe('deepl');
    await expect(machineTranslate(db, editor, { from: 'en', texts: ['x'] }, null)).rejects.toThrow(ForbiddenError);
    await expect(machineTranslate(db, SYSTEM_ACTOR, { from: 'en', texts: ['x'] }, provider())).rejects.toThrow(ForbiddenError);
  });
});
