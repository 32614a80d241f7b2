import os from 'node:os';
import { afterAll, describe, expect, it, vi } from 'vitest';

type PoolModule = typeof import('@/lib/services/rendering/render-off-thread');

/** A fresh copy of the module, as each chunk of a Next production build has its own. */
async function freshCopy(): Promise<PoolModule> {
  vi.resetModules();
  return import('@/lib/services/rendering/render-off-thread');
}

const copies: PoolModule[] = [];
afterAll(() => copies.forEach((copy) => copy.stopRenderWorkers()));

describe('the render worker pool', () => {
  it('is one per process, shared by every copy of the module, so no more than the documented number of workers run', async () => {
    const page = await freshCopy();
    const action = await freshCopy();
    copies.push(page, action);
    expect(page).not.toBe(action);

    page.warmRenderWorker();
    const [warm] = page.renderWorkerPids();
    expect(warm).toBeDefined();
    // The other copy sees the warm worker, and warming again starts no second one.
    action.warmRenderWorker();
    expect(action.renderWorkerPids()).toEqual([warm]);

    const limit = Math.min(2, os.availableParallelism());
    for (let i = 0; i < 3; i += 1) (i % 2 ? page : action).warmRenderWorker();
    expect(new Set([...page.renderWorkerPids(), ...action.renderWorkerPids()]).size).toBeLessThanOrEqual(limit);
  }, 60_000);
});
