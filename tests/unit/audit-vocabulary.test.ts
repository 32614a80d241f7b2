import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, isAuditAction } from '@/lib/domain/audit-vocabulary';

const audit = (lang: string) => JSON.parse(fs.readFileSync(`messages/${lang}/admin.json`, 'utf8')).audit as { actions: Record<string, string>; entities: Record<string, string> };

describe('the audit log vocabulary', () => {
  it.each(['en', 'ru'])('has a label for every action and object in %s, and none for anything else', (lang) => {
    expect(Object.keys(audit(lang).actions).sort()).toEqual([...AUDIT_ACTIONS].sort());
    expect(Object.keys(audit(lang).entities).sort()).toEqual([...AUDIT_ENTITIES].sort());
  });

  it('names the workflow transitions as the transition service writes them', () => {
    for (const action of ['article_submit', 'article_approve', 'article_request_changes', 'article_reopen']) expect(isAuditAction(action)).toBe(true);
    expect(isAuditAction('article_publish')).toBe(false);
  });
});
