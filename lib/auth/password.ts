import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 1024;

/** Length only: no composition rules, no truncation (argon2 hashes every byte). */
export const passwordSchema = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX);

const OPTIONS = { algorithm: 2 /* Algorithm.Argon2id: a const enum, not importable with isolatedModules */, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Verifying against this when the account does not exist keeps the timing of both answers alike. */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('release-desk-no-such-account');
  return dummyHash;
}

/** A readable random password for generated accounts (printed once, never stored in clear). */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join('')).join('-');
}
