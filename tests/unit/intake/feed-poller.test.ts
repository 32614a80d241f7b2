import { describe, expect, it } from 'vitest';
import { scheduledJobs } from 'croner';
import type { Db } from '@/lib/db/client';
import { feedPollerSettings, startFeedPoller } from '@/server/jobs/feed-poller';
import { backoffMs } from '@/lib/services/intake/poll-feeds';

describe('the feed poller job', () => {
  it('polls every 30 minutes unless MONITOR_INTERVAL_MINUTES says otherwise, and not at all with MONITOR_POLL=0', () => {
    expect(feedPollerSettings({})).toEqual({ enabled: true, intervalMinutes: 30 });
    expect(feedPollerSettings({ MONITOR_INTERVAL_MINUTES: '5' })).toEqual({ enabled: true, intervalMinutes: 5 });
    for (const bad of ['0', '-3', '2.5', 'soon', '']) expect(feedPollerSettings({ MONITOR_INTERVAL_MINUTES: bad }).intervalMinutes).toBe(30);
    expect(feedPollerSettings({ MONITOR_POLL: '0' }).enabled).toBe(false);
  });

  it('schedules one protected job and stops it; with MONITOR_POLL=0 it schedules none', () => {
    const db = {} as Db;
    startFeedPoller(db, { MONITOR_POLL: '0' })();
    expect(scheduledJobs.filter((j) => j.name === 'feed-poller')).toHaveLength(0);
    const stop = startFeedPoller(db, { MONITOR_INTERVAL_MINUTES: '15' });
    const job = scheduledJobs.find((j) => j.name === 'feed-poller')!;
    expect(job.options).toMatchObject({ interval: 900, unref: true });
    expect(job.options.protect).toBeTruthy();
    stop();
    expect(job.isStopped()).toBe(true);
  });

  it('backs off 1, 2, 4, 8 intervals, at most a day', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, 30) / 60_000)).toEqual([30, 60, 120, 240]);
    expect(backoffMs(20, 30)).toBe(24 * 3600_000);
  });
});
