import type { CreatedAccount } from '@/lib/services/ensure-accounts';

/** Generated passwords are shown exactly once, here; only their argon2 hash is stored. */
export function printCreatedAccounts(accounts: Array<CreatedAccount | null>): void {
  for (const account of accounts) {
    if (!account) continue;
    const password = account.generatedPassword
      ? `password: ${account.generatedPassword}   (generated: shown only now, write it down)`
      : 'password: as set in the environment';
    console.log(`Account created: ${account.email} (${account.role}), ${password}`);
  }
}
