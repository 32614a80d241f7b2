import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Requests the front answers itself with a clean 4xx, because Next would answer them with a 500
 * (or worse) before any of our code runs. Everything here is cheap: method, request target,
 * headers; bodies are not read.
 */
export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST'] as const;

/** Next refuses server action bodies above its bodySizeLimit (1 MB) with a 500; say 413 instead. */
export const ACTION_BODY_LIMIT = 1024 * 1024;

/** The content types a server action is called with: the client's text/plain, or a form post. */
const ACTION_CONTENT_TYPES = ['text/plain', 'multipart/form-data', 'application/x-www-form-urlencoded'];

export interface Refusal {
  status: 400 | 403 | 405 | 413 | 415;
  reason: string;
  headers?: Record<string, string>;
}

export function isServerActionRequest(request: IncomingMessage): boolean {
  return request.method === 'POST' && request.headers['next-action'] !== undefined;
}

/** Why the front refuses this request, or null when it may go on. */
export function refusalOf(request: IncomingMessage): Refusal | null {
  const method = request.method ?? '';
  if (!(ALLOWED_METHODS as readonly string[]).includes(method)) {
    return { status: 405, reason: 'method', headers: { allow: ALLOWED_METHODS.join(', ') } };
  }
  const target = request.url ?? '';
  // "*" (OPTIONS *), absolute-form targets and anything else that is no path of this site.
  if (!target.startsWith('/') || target.startsWith('//')) return { status: 400, reason: 'target' };
  const path = target.split(/[?#]/, 1)[0]!;
  try {
    decodeURIComponent(path);
  } catch {
    return { status: 400, reason: 'escape' }; // GET /%, /releases/2024/%E0%A4%A/en.pdf
  }
  if (isServerActionRequest(request)) return actionRefusal(request);
  return null;
}

function actionRefusal(request: IncomingMessage): Refusal | null {
  const action = request.headers['next-action'];
  if (typeof action !== 'string' || !/^[0-9a-f]{2,128}$/i.test(action)) return { status: 400, reason: 'action-id' };
  const length = Number(request.headers['content-length'] ?? 0);
  if (!Number.isFinite(length) || length > ACTION_BODY_LIMIT) return { status: 413, reason: 'action-body' };
  const type = (request.headers['content-type'] ?? '').split(';', 1)[0]!.trim().toLowerCase();
  if (!ACTION_CONTENT_TYPES.includes(type)) return { status: 415, reason: 'action-type' };
  if (!sameOriginAction(request)) return { status: 403, reason: 'origin' };
  return null;
}

/** Browsers send Origin with every POST; when present it must name this host (after the front set X-Forwarded-Host). */
function sameOriginAction(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  const host = request.headers['x-forwarded-host'] ?? request.headers.host;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function answerRefusal(response: ServerResponse, refusal: Refusal): void {
  response.writeHead(refusal.status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'close',
    ...refusal.headers,
  });
  response.end(`${refusal.status} ${refusal.reason}\n`);
}

/**
 * Next answers a server action whose body it cannot decode (malformed, truncated, a chunked body
 * above its limit) with a 500 before our code runs; our actions themselves never throw (they
 * answer an ActionFailure). So a 5xx on an action request is turned into a 400 here.
 */
export function actionErrorsAsBadRequest(request: IncomingMessage, response: ServerResponse): void {
  if (!isServerActionRequest(request)) return;
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const status = typeof args[0] === 'number' ? args[0] : this.statusCode;
    if (status >= 500) {
      console.error(`Server action ${String(request.headers['next-action']).slice(0, 16)}… answered ${status}: sent as 400`);
      if (typeof args[0] === 'number') args[0] = 400;
      else this.statusCode = 400;
    }
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse['writeHead'];
}
