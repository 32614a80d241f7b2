import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import type { Db } from '@/lib/db/client';
import { createFrontHandler, type FrontTrust } from '@/server/front';
import type { PublicPageCache } from '@/server/public-page-cache';

/** Stands in for Next behind the front: a web handler, as route handlers are written. */
export type FakeNext = (request: Request) => Promise<Response> | Response;

export interface RunningFront {
  url: string;
  /** How many requests reached the fake Next. */
  nextCalls: () => number;
  close: () => Promise<void>;
}

/** The front server (server/front.ts) on a free port, with `next` answering whatever it passes on. */
export async function startFrontServer(db: Db, next: FakeNext, cache?: PublicPageCache, trust?: FrontTrust): Promise<RunningFront> {
  let calls = 0;
  const nextHandler = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    calls += 1;
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
    const response = await next(new Request(`http://localhost${req.url}`, { method: req.method, headers }));
    // As Next does: each header set on the response, then the status written.
    response.headers.forEach((value, name) => {
      res.setHeader(name, name === 'set-cookie' ? response.headers.getSetCookie() : value);
    });
    res.writeHead(response.status);
    if (response.body && req.method !== 'HEAD') Readable.fromWeb(response.body as never).pipe(res);
    else res.end();
  };
  const handle = createFrontHandler(db, nextHandler, cache, trust);
  const server = http.createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    nextCalls: () => calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
