/**
 * A counter of changes to the public pages in this server process, kept on globalThis because the
 * front server (server/main.ts) and Next's compiled bundle each load their own copy of this module.
 * The front server's page cache drops whatever it stored under an earlier value.
 */
const KEY = Symbol.for('release-desk.public-pages-generation');
const store = globalThis as unknown as { [KEY]?: number };

export function publicPagesGeneration(): number {
  return store[KEY] ?? 0;
}

export function bumpPublicPagesGeneration(): void {
  store[KEY] = publicPagesGeneration() + 1;
}
