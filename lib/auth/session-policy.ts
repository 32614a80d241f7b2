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

export const LOGIN_LOCK_FAILURES = 5;
export const LOGIN_LOCK_SECONDS = 10 * 60;
/** Per client address: failures inside this window slow the next attempts down. */
export const ADDRESS_WINDOW_SECONDS = 15 * 60;

/** Delay before answering a login from an address with that many recent failures. */
export function addressDelayMs(recentFailures: number): number {
  if (recentFailures < 3) return 0;
  return Math.min(250 * 2 ** (recentFailures - 3), 8000);
}
