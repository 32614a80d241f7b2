import { afterEach, describe, expect, it, vi } from 'vitest';

describe('refreshPublicPages', () => {
  afterEach(() => {
    vi.doUnmock('next/cache');
    vi.resetModules();
  });

  it('marks every page under the root layout stale', async () => {
    const revalidatePath = vi.fn();
    vi.doMock('next/cache', () => ({ revalidatePath }));
    const { refreshPublicPages } = await import('@/lib/services/refresh-public-pages');

    refreshPublicPages();

    expect(revalidatePath).toHaveBeenCalledExactlyOnceWith('/', 'layout');
  });

  it('does nothing outside a Next request (scripts, tests), where there is no page cache', async () => {
    const { refreshPublicPages } = await import('@/lib/services/refresh-public-pages');
    expect(() => refreshPublicPages()).not.toThrow();
  });

  it("empties the front server's page cache: the generation moves on", async () => {
    const { refreshPublicPages } = await import('@/lib/services/refresh-public-pages');
    const { publicPagesGeneration } = await import('@/lib/services/public-pages-generation');
    const before = publicPagesGeneration();
    refreshPublicPages();
    expect(publicPagesGeneration()).toBe(before + 1);
  });

  it('does not hide other failures', async () => {
    vi.doMock('next/cache', () => ({
      revalidatePath: () => {
        throw new Error('Route /x used revalidatePath during render');
      },
    }));
    const { refreshPublicPages } = await import('@/lib/services/refresh-public-pages');
    expect(() => refreshPublicPages()).toThrow('during render');
  });
});
