import type { Role } from './workflow';

/** What waits for someone at the desk: their articles sent back, and (chief editor) articles to review. */
export type DeskAlertKind = 'returned' | 'review';

export interface DeskAlert {
  kind: DeskAlertKind;
  count: number;
  /** The dashboard queue that lists them. */
  href: string;
}

/**
 * The counts shown in the desk header and at the top of the dashboard: only what is waiting (a count
 * of zero says nothing), and reviews only to those who review.
 */
export function deskAlerts(role: Role, counts: { returned: number; review: number }): DeskAlert[] {
  const alerts: DeskAlert[] = [];
  if (counts.returned > 0) alerts.push({ kind: 'returned', count: counts.returned, href: '/desk?queue=returned' });
  if (role !== 'editor' && counts.review > 0) alerts.push({ kind: 'review', count: counts.review, href: '/desk?queue=review' });
  return alerts;
}
