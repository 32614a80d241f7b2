// Polls the outlets' feeds (lib/services/intake/poll-feeds.ts) from inside the production server:
// every MONITOR_INTERVAL_MINUTES (default 30) with croner, never two runs at once (croner's protect),
// off with MONITOR_POLL=0. A feed's own failures back off inside pollFeeds; a failure of the run
// itself is logged and the next run tries again.
import { Cron } from 'croner';
import type { Db } from '@/lib/db/client';
import { pollFeeds } from '@/lib/services/intake/poll-feeds';

type Env = Record<string, string | undefined>;

export interface FeedPollerSettings {
  enabled: boolean;
  intervalMinutes: number;
}

/** MONITOR_POLL (anything but "0" is on) and MONITOR_INTERVAL_MINUTES (a whole number ≥ 1, else 30). */
export function feedPollerSettings(env: Env = process.env): FeedPollerSettings {
  const minutes = Number(env.MONITOR_INTERVAL_MINUTES);
  return {
    enabled: env.MONITOR_POLL !== '0',
    intervalMinutes: Number.isInteger(minutes) && minutes >= 1 ? minutes : 30,
  };
}

/** Starts the job; returns its stop function (a no-op when polling is off). */
export function startFeedPoller(db: Db, env: Env = process.env): () => void {
  const { enabled, intervalMinutes } = feedPollerSettings(env);
  if (!enabled) return () => {};
  const stopping = new AbortController();
  // Checked at second 0 of every minute; runs when intervalMinutes have passed since the last start
  // (the first run at the first full minute after start-up).
  const job = new Cron(
    '0 * * * * *',
    {
      name: 'feed-poller',
      interval: intervalMinutes * 60,
      protect: () => console.warn('feeds: the previous poll is still running; this one is skipped'),
      catch: (error) => console.error('feeds: the poll failed:', error),
      unref: true,
    },
    async () => {
      const report = await pollFeeds(db, { intervalMinutes, signal: stopping.signal });
      if (report.feeds > 0) {
        console.log(`feeds: ${report.feeds} due, ${report.fetched} fetched, ${report.new} new (${report.relevant} relevant), ${report.errors.length} failed`);
      }
    },
  );
  console.log(`Feed polling is on: due feeds are fetched every ${intervalMinutes} min (MONITOR_POLL=0 turns it off).`);
  return () => {
    stopping.abort();
    job.stop();
  };
}
