import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { clientAddress } from '@/lib/auth/options';
import { openMemoryDatabase } from '@/lib/db/client';
import { PEER_HEADER, signedPeer } from '@/lib/http/forwarded';
import { startFrontServer, type RunningFront } from '@/tests/helpers/front-server';

const SECRET = 'front-trust-test-secret';
let front: RunningFront | null = null;
afterEach(async () => {
  await front?.close();
  front = null;
});

/** A front whose Next answers with what the app would see: the client address and the forwarding headers. */
async function echoFront(hops: number): Promise<RunningFront> {
  front = await startFrontServer(
    openMemoryDatabase(),
    (request) =>
      Response.json({
        address: clientAddress(Object.fromEntries(request.headers), SECRET),
        host: request.headers.get('x-forwarded-host'),
        proto: request.headers.get('x-forwarded-proto'),
      }),
    undefined,
    { secret: SECRET, hops },
  );
  return front;
}

async function seen(running: RunningFront, headers: Record<string, string>) {
  const response = await fetch(`${running.url}/api/health`, { headers });
  return (await response.json()) as { address: string; host: string | null; proto: string | null };
}

describe('the client address behind the front', () => {
  it('ignores a forged X-Forwarded-For (and -Host, -Proto) without TRUST_PROXY_HOPS: the socket address counts', async () => {
    const running = await echoFront(0);
    const view = await seen(running, { 'x-forwarded-for': '198.51.100.7', 'x-real-ip': '198.51.100.8', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' });
    expect(view).toEqual({ address: '127.0.0.1', host: null, proto: null });
  });

  it('replaces a client-sent peer header, even one signed with another secret', async () => {
    const running = await echoFront(0);
    const view = await seen(running, { [PEER_HEADER]: signedPeer('198.51.100.7', 'guessed secret') });
    expect(view.address).toBe('127.0.0.1');
  });

  it('with TRUST_PROXY_HOPS=1 takes the right-most X-Forwarded-For entry, not what the client wrote further left', async () => {
    const running = await echoFront(1);
    const view = await seen(running, { 'x-forwarded-for': '6.6.6.6, 203.0.113.5', 'x-forwarded-host': 'desk.example.org', 'x-forwarded-proto': 'https' });
    expect(view).toEqual({ address: '203.0.113.5', host: 'desk.example.org', proto: 'https' });
  });

  it('with TRUST_PROXY_HOPS=2 takes the second entry from the right', async () => {
    const running = await echoFront(2);
    const view = await seen(running, { 'x-forwarded-for': '6.6.6.6, 203.0.113.5, 10.0.0.2' });
    expect(view.address).toBe('203.0.113.5');
  });

  it('without the front, a peer header is believed only when signed with the secret', () => {
    expect(clientAddress({ [PEER_HEADER]: signedPeer('203.0.113.5', SECRET) }, SECRET)).toBe('203.0.113.5');
    expect(clientAddress({ [PEER_HEADER]: signedPeer('203.0.113.5', 'other') }, SECRET)).toBe('unknown');
    expect(clientAddress({ [PEER_HEADER]: '203.0.113.5' }, SECRET)).toBe('unknown');
    expect(clientAddress({ 'x-forwarded-for': '203.0.113.5' }, SECRET)).toBe('unknown');
  });
});

/** A raw request (fetch cannot send "OPTIONS *" or TRACE). */
function raw(url: string, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: hostname, port, method, path, headers }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', reject);
    request.end(body);
  });
}

describe('requests Next would answer with a 500', () => {
  async function guardFront(nextStatus = 200): Promise<RunningFront> {
    front = await startFrontServer(openMemoryDatabase(), () => new Response('next', { status: nextStatus }), undefined, { secret: SECRET, hops: 0 });
    return front;
  }
  const action = { 'next-action': 'a'.repeat(42), 'content-type': 'text/plain;charset=UTF-8' };

  it.each([
    ['OPTIONS', '*', 405],
    ['TRACE', '/', 405],
    ['PUT', '/desk', 405],
    ['DELETE', '/api/health', 405],
    ['GET', '/%', 400],
    ['GET', '/releases/2024/%E0%A4%A/en.pdf', 400],
    ['GET', '/releases/%zz/1', 400],
    ['GET', 'http://evil.example/', 400],
  ])('%s %s → %i', async (method, path, status) => {
    const running = await guardFront();
    expect(await raw(running.url, method, path)).toBe(status);
    expect(running.nextCalls()).toBe(0);
  });

  it('refuses a server action body above 1 MB, with JSON, from a foreign origin, or with a bad action id', async () => {
    const running = await guardFront();
    expect(await raw(running.url, 'POST', '/desk', { ...action, 'content-length': String(2 * 1024 * 1024) })).toBe(413);
    expect(await raw(running.url, 'POST', '/desk', { ...action, 'content-type': 'application/json' }, '{"a":1}')).toBe(415);
    expect(await raw(running.url, 'POST', '/desk', { ...action, origin: 'https://evil.example' }, '[]')).toBe(403);
    expect(await raw(running.url, 'POST', '/desk', { ...action, 'next-action': '../x' }, '[]')).toBe(400);
    expect(running.nextCalls()).toBe(0);
    expect(await raw(running.url, 'POST', '/desk', { ...action, origin: running.url }, '[]')).toBe(200);
  });

  it('turns a 500 Next gives a server action (an undecodable body) into a 400, and leaves other answers alone', async () => {
    const failing = await guardFront(500);
    expect(await raw(failing.url, 'POST', '/desk', action, '"not an RSC reply')).toBe(400);
    expect(await raw(failing.url, 'GET', '/desk')).toBe(500);
  });
});
