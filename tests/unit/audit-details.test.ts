import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeAuditDetails, type AuditWords } from '@/lib/domain/audit-details';

const words = (lang: 'en' | 'ru'): AuditWords => JSON.parse(fs.readFileSync(`messages/${lang}/admin.json`, 'utf8')).audit.detailWords;

describe('audit details in words', () => {
  it('names states, editions and keys in English', () => {
    expect(describeAuditDetails({ from: 'in_review', to: 'approved', version: 3 }, words('en'))).toBe('From: in review; To: approved; Version: 3');
    expect(describeAuditDetails({ revision: 2, langs: ['en', 'ru'], articles: 26 }, words('en'))).toBe('Revision: 2; Editions: English, Russian; Articles: 26');
  });

  it('and in Russian, with no code or JSON left', () => {
    const text = describeAuditDetails({ from: 'changes_requested', to: 'in_review', langs: ['en', 'ru'], confirmed: true }, { ...words('ru') });
    expect(text).toBe('Было: возвращён на доработку; Стало: на проверке; Версии: английская, русская; confirmed: да');
    expect(text).not.toMatch(/[[\]{}"]|in_review/);
  });

  it('shows nested values as words too', () => {
    expect(describeAuditDetails({ perCountry: [{ code: 'KZ', count: 10 }] }, words('en'))).toBe('Per country: code KZ, Count 10');
  });
});
