// The production server (`npm start` runs it through scripts/start.mjs): Next's request handler
// behind the front (server/front.ts). Run with `node --import tsx server/main.ts` after `next build`;
// PORT (default 3000) and NEXT_DIST_DIR as for `next start`.
import http from 'node:http';
import next from 'next';
import { openDatabase } from '@/lib/db/client';
import { createFrontHandler } from './front';
import { startMailSender } from './jobs/mail-sender';
import { startFeedPoller } from './jobs/feed-poller';

const port = Number(process.env.PORT || 3000);

async function main(): Promise<void> {
  // The proxy's locale rewrite targets this host name (127.0.0.1 makes it loop).
  const app = next({ dev: false, dir: process.cwd(), hostname: 'localhost', port });
  await app.prepare();
  // The front's own connection (Next's bundle opens another one for the app).
  const db = openDatabase();
  const handle = createFrontHandler(db, app.getRequestHandler());
  startMailSender(db);
  startFeedPoller(db);
  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(`${request.method} ${request.url} failed:`, error);
      if (response.headersSent) response.destroy();
      else {
        response.statusCode = 500;
        response.end();
      }
    });
  });
  server.listen(port, () => console.log(`Release Desk is listening on http://localhost:${port}`));

  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
