import type { EditionData } from '@/lib/domain/edition';
import { hashEdition } from '../render-edition';
import { readCachedRender, writeCachedRender } from './preview-cache';
import { renderOffThread } from './render-off-thread';
import type { EditionRenderer, RenderedPdf } from './rendered-pdf';

export interface CachedRender extends RenderedPdf {
  contentHash: string;
}

const MEMORY_LIMIT = 6;
const memory = new Map<string, Promise<CachedRender>>();

/**
 * An edition rendered at most once per content: from memory, else from the disk cache (it survives
 * restarts), else by the renderer (the render worker by default). Concurrent requests for the same
 * content share one render.
 */
export function renderEditionCached(data: EditionData, render: EditionRenderer = renderOffThread): Promise<CachedRender> {
  const contentHash = hashEdition(data);
  const known = memory.get(contentHash);
  if (known) {
    memory.delete(contentHash); // most recently used last
    memory.set(contentHash, known);
    return known;
  }
  const rendering = (async (): Promise<CachedRender> => {
    const stored = readCachedRender(contentHash);
    if (stored) return { ...stored, contentHash };
    const rendered = await render(data);
    writeCachedRender(contentHash, rendered);
    return { ...rendered, contentHash };
  })();
  memory.set(contentHash, rendering);
  rendering.catch(() => memory.delete(contentHash));
  while (memory.size > MEMORY_LIMIT) memory.delete(memory.keys().next().value!);
  return rendering;
}

/** For tests: forget what this process rendered. */
export function clearRenderMemory(): void {
  memory.clear();
}
