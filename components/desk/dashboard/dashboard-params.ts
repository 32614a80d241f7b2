import { decodeCursor, defaultQueue, encodeCursor, isQueue, type DashboardCursor, type Queue } from '@/lib/db/queries/dashboard';
import { STATES, type ArticleState, type Role } from '@/lib/domain/workflow';

/** The dashboard's state, all in its address (so a filtered page can be bookmarked and shared). */
export interface DashboardParams {
  queue: Queue;
  q: string;
  country: string;
  status: ArticleState | '';
  from: string;
  to: string;
  after: DashboardCursor | null;
  before: DashboardCursor | null;
}

type SearchParams = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined): string => (typeof value === 'string' ? value : '');
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the address's parameters; anything malformed is dropped, never passed on. */
export function parseDashboardParams(params: SearchParams, role: Role): DashboardParams {
  const queue = one(params.queue);
  const country = one(params.country).toUpperCase();
  const status = one(params.status);
  const from = one(params.from);
  const to = one(params.to);
  return {
    queue: isQueue(queue) ? queue : defaultQueue(role),
    q: one(params.q).trim().slice(0, 200),
    country: /^[A-Z]{2}$/.test(country) ? country : '',
    status: (STATES as readonly string[]).includes(status) ? (status as ArticleState) : '',
    from: DATE.test(from) ? from : '',
    to: DATE.test(to) ? to : '',
    after: decodeCursor(one(params.after)),
    before: decodeCursor(one(params.before)),
  };
}

/** The dashboard's address for these parameters (the queue's default and empty filters left out). */
export function dashboardHref(params: DashboardParams, role: Role): string {
  const search = new URLSearchParams();
  if (params.queue !== defaultQueue(role)) search.set('queue', params.queue);
  if (params.q) search.set('q', params.q);
  if (params.country) search.set('country', params.country);
  if (params.status && params.queue === 'all') search.set('status', params.status);
  if (params.from) search.set('from', params.from);
  if (params.to) search.set('to', params.to);
  if (params.after) search.set('after', encodeCursor(params.after));
  else if (params.before) search.set('before', encodeCursor(params.before));
  const query = search.toString();
  return query ? `/desk?${query}` : '/desk';
}

export function hasFilters(params: DashboardParams): boolean {
  return !!(params.q || params.country || (params.status && params.queue === 'all') || params.from || params.to);
}
