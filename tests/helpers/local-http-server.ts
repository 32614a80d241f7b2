import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LocalHttpServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  port: number;
  /** Every request the server received, in order (method, path, headers). */
  requests: Array<{ method: string; path: string; headers: http.IncomingHttpHeaders }>;
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 at a free port, for tests of code that fetches. Closing it also
 * ends open connections (a test's slow drip must not keep the process alive).
 */
export async function startLocalHttpServer(handler: http.RequestListener): Promise<LocalHttpServer> {
  const requests: LocalHttpServer['requests'] = [];
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers });
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
