import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PASSWORD_MIN } from '@/lib/auth/password';
import { passwordError } from '@/components/admin/field';

const admin = (lang: 'en' | 'ru') => JSON.parse(fs.readFileSync(`messages/${lang}/admin.json`, 'utf8'));

describe('the password hint and its error agree', () => {
  it.each(['en', 'ru'] as const)('%s: a too short password is refused with the first sentence of the hint', (lang) => {
    const m = admin(lang);
    const error = m.fieldErrors[passwordError('tooShort')!];
    expect(error).toContain(String(PASSWORD_MIN));
    expect(m.newUser.passwordHint.startsWith(error)).toBe(true);
    expect(m.user.password.hint.startsWith(error)).toBe(true);
  });

  it('leaves other password errors as they are', () => {
    expect(passwordError('tooLong')).toBe('tooLong');
    expect(passwordError(undefined)).toBeUndefined();
  });
});
