import os from 'node:os';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditionData } from '@/lib/domain/edition';
import { renderOffThread, renderWorkerPids, stopRenderWorkers, warmRenderWorker } from '@/lib/services/rendering/render-off-thread';
import { syntheticEdition } from '@/tests/helpers/synthetic-edition';

/** Every test starts with no worker, however many an earlier test (or file in this process) left warm. */
async function stopAllWorkers(): Promise<void> {
  stopRenderWorkers();
  await vi.waitFor(() => expect(renderWorkerPids()).toEqual([]), { timeout: 10_000 });
}
beforeEach(stopAllWorkers);
afterAll(stopAllWorkers);

const isPdf = (bytes: Buffer) => bytes.subarray(0, 5).toString('latin1') === '%PDF-';

describe('the render workers', () => {
  it('can be started ahead of the first render, which then goes to the warm worker', async () => {
    warmRenderWorker();
    const [warm] = renderWorkerPids();
    expect(warm).toBeDefined();
    warmRenderWorker(); // one is enough
    expect(renderWorkerPids()).toEqual([warm]);
    const rendered = await renderOffThread(syntheticEdition({ lang: 'en' }));
    expect(isPdf(rendered.pdf)).toBe(true);
    expect(renderWorkerPids()).toEqual([warm]);
  }, 180_000);

  it('render two editions side by side in two warm worker processes (one on a one-core machine), and reuse them for the next renders', async () => {
    const [en, ru] = await Promise.all([renderOffThread(syntheticEdition({ lang: 'en' })), renderOffThread(syntheticEdition({ lang: 'ru' }))]);
    expect(isPdf(en.pdf) && isPdf(ru.pdf)).toBe(true);
    expect(en.pageCount).toBeGreaterThanOrEqual(3);
    expect(Object.keys(ru.sectionPages).sort()).toEqual(['CN', 'KG', 'KZ', 'RU', 'UZ']);
    const workers = renderWorkerPids();
    expect(workers).toHaveLength(Math.min(2, os.availableParallelism()));
    expect(workers.every((pid) => pid !== process.pid)).toBe(true);

    const again = await renderOffThread(syntheticEdition({ lang: 'en' }));
    expect(again.pageCount).toBe(en.pageCount);
    expect(renderWorkerPids().sort()).toEqual([...workers].sort());
  }, 180_000);

  it('report a render that fails with its error, and go on rendering', async () => {
    const broken = { ...syntheticEdition({ lang: 'en' }), sections: null } as unknown as EditionData;
    await expect(renderOffThread(broken)).rejects.toThrow(/The render failed/);
    expect(isPdf((await renderOffThread(syntheticEdition({ lang: 'en' }))).pdf)).toBe(true);
  }, 180_000);

  it('fail the render of a worker that dies, and start a new worker for the next one', async () => {
    await renderOffThread(syntheticEdition({ lang: 'en' }));
    const before = renderWorkerPids();
    const pending = renderOffThread(syntheticEdition({ lang: 'ru', articlesPerSection: 6 }));
    const busy = renderWorkerPids();
    for (const pid of busy) process.kill(pid, 'SIGKILL');
    await expect(pending).rejects.toThrow(/The render worker failed \(SIGKILL\)/);
    await expect.poll(() => renderWorkerPids().filter((pid) => busy.includes(pid))).toEqual([]);

    const next = await renderOffThread(syntheticEdition({ lang: 'en' }));
    expect(isPdf(next.pdf)).toBe(true);
    expect(renderWorkerPids().some((pid) => before.includes(pid))).toBe(false);
  }, 180_000);
});
