/** Session limits; both are settings (environment variables) with newsroom-friendly defaults. */
export interface SessionPolicy {
  idleSeconds: number;
  absoluteSeconds: number;
}

export function sessionPolicy(env: NodeJS.ProcessEnv = process.env): SessionPolicy {
  const minutes = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return Number.isFinite(value) && value > 0 ? value : fallback;
  };
  return {
    idleSeconds: Math.round(minutes('SESSION_IDLE_MINUTES', 60) * 60),
    absoluteSeconds: Math.round(minutes('SESSION_MAX_HOURS', 12) * 3600),
  };
}

export interface SessionTimes {
  loginAt: number; // seconds since epoch
  lastSeen: number;
}

export function sessionExpired(times: SessionTimes, now: number, policy: SessionPolicy): boolean {
  return now - times.lastSeen > policy.idleSeconds || now - times.loginAt > policy.absoluteSeconds;
}

/**
 * Login throttling (lib/services/authenticate-user.ts). A lock never shuts the owner out from where
 * they are: it holds one account for one address only.
 * - Five wrong passwords for an account from one address lock that account for that address for
 *   ten minutes (other addresses still log in); a success resets the count.
 * - Failures for an account from any address slow every attempt for it down (accountDelayMs), and
 *   once it has ACCOUNT_STRANGER_FAILURES failures in an hour, addresses it has never logged in
 *   from get no further tries that hour; addresses it logged in from in the last KNOWN_ADDRESS_DAYS
 *   still do (five per ten minutes each).
 * - Failures from one address, for any accounts, slow that address down (addressDelayMs).
 */
export const LOGIN_LOCK_FAILURES = 5;
export const LOGIN_LOCK_SECONDS = 10 * 60;
export const ACCOUNT_WINDOW_SECONDS = 60 * 60;
export const ACCOUNT_STRANGER_FAILURES = 30;
export const KNOWN_ADDRESS_DAYS = 30;
/** Per client address: failures inside this window slow the next attempts down. */
export const ADDRESS_WINDOW_SECONDS = 15 * 60;

/** Delay before answering a login from an address with that many recent failures. */
export function addressDelayMs(recentFailures: number): number {
  if (recentFailures < 3) return 0;
  return Math.min(250 * 2 ** (recentFailures - 3), 8000);
}

/** Delay before checking a password of an account with that many failures this hour (any address). */
export function accountDelayMs(recentFailures: number): number {
  if (recentFailures < LOGIN_LOCK_FAILURES) return 0;
  return Math.min(500 * 2 ** (recentFailures - LOGIN_LOCK_FAILURES), 5000);
}
