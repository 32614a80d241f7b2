import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * Who is asking, as far as this server can know. Headers a client sends are believed only as far
 * as the operator says proxies stand in front (TRUST_PROXY_HOPS, default 0): with none, the
 * client address is the socket's peer and X-Forwarded-For/-Host/-Proto are thrown away; with N,
 * the address is the N-th entry from the right of X-Forwarded-For (each proxy appends the address
 * it was called from; entries further left are whatever the client wrote), and -Host/-Proto are
 * the values the nearest proxy set (the right-most).
 *
 * The front server (server/front.ts) works this out for every request and hands the address to
 * Next in PEER_HEADER, signed with NEXTAUTH_SECRET, after deleting any copy the client sent; the
 * app believes the header only when the signature holds, so that not even a server without the
 * front (next start, next dev) can be told another address.
 */
export const PEER_HEADER = 'x-release-desk-peer';

const FORWARDED_HEADERS = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-real-ip', 'forwarded'];

export function trustProxyHops(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.TRUST_PROXY_HOPS ?? 0);
  return Number.isInteger(value) && value > 0 && value <= 10 ? value : 0;
}

export interface ClientView {
  address: string;
  /** The host and scheme the client asked for, when a trusted proxy said so. */
  host?: string;
  proto?: 'http' | 'https';
}

const list = (value: string | string[] | undefined): string[] =>
  (Array.isArray(value) ? value.join(',') : (value ?? ''))
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/** The client as seen through `hops` trusted proxies, the nearest of which is the socket's peer. */
export function clientView(socketAddress: string | undefined, headers: IncomingHttpHeaders, hops: number): ClientView {
  const peer = socketAddress || 'unknown';
  if (hops <= 0) return { address: peer };
  const chain = [...list(headers['x-forwarded-for']), peer];
  const address = chain[Math.max(0, chain.length - 1 - hops)]!;
  const host = list(headers['x-forwarded-host']).at(-1);
  const proto = list(headers['x-forwarded-proto']).at(-1)?.toLowerCase();
  return {
    address,
    ...(host && /^[a-z0-9.:[\]-]+$/i.test(host) ? { host } : {}),
    ...(proto === 'http' || proto === 'https' ? { proto } : {}),
  };
}

function signature(address: string, secret: string): string {
  return createHmac('sha256', secret).update(`peer:${address}`).digest('base64url');
}

/** The value of PEER_HEADER for an address. */
export function signedPeer(address: string, secret: string): string {
  return `${encodeURIComponent(address)};${signature(address, secret)}`;
}

/** The address in a PEER_HEADER value, or null when it is absent or not signed with `secret`. */
export function verifiedPeer(value: string | string[] | undefined | null, secret: string | undefined): string | null {
  if (typeof value !== 'string' || !secret) return null;
  const [encoded, sig] = value.split(';');
  if (!encoded || !sig) return null;
  let address: string;
  try {
    address = decodeURIComponent(encoded);
  } catch {
    return null;
  }
  const expected = Buffer.from(signature(address, secret));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given) ? address : null;
}

/**
 * Rewrites a request's forwarding headers before Next sees them: every client-sent copy (and any
 * PEER_HEADER) goes; with trusted proxies, X-Forwarded-Host/-Proto are set to the values they gave;
 * PEER_HEADER carries the signed client address. Next's server action origin check and the app
 * then read only what this server established.
 */
export function normaliseForwardedHeaders(
  request: { headers: IncomingHttpHeaders; socket: { remoteAddress?: string } },
  secret: string | undefined,
  hops: number = trustProxyHops(),
): ClientView {
  const view = clientView(request.socket.remoteAddress, request.headers, hops);
  for (const name of [...FORWARDED_HEADERS, PEER_HEADER]) delete request.headers[name];
  if (view.host) request.headers['x-forwarded-host'] = view.host;
  if (view.proto) request.headers['x-forwarded-proto'] = view.proto;
  if (hops > 0) request.headers['x-forwarded-for'] = view.address;
  if (secret) request.headers[PEER_HEADER] = signedPeer(view.address, secret);
  return view;
}

/** Whether the client talks to us over HTTPS: NEXTAUTH_URL says so, or a trusted proxy did. */
export function isHttpsRequest(forwardedProto: string | null | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NEXTAUTH_URL?.toLowerCase().startsWith('https://')) return true;
  return trustProxyHops(env) > 0 && forwardedProto?.split(',').at(-1)?.trim().toLowerCase() === 'https';
}
