import { describe, expect, it } from 'vitest';
import { deskAlerts } from '@/lib/domain/desk-alerts';

describe('desk alerts', () => {
  it('tell an editor about their articles sent back, with a link to the list', () => {
    expect(deskAlerts('editor', { returned: 2, review: 5 })).toEqual([{ kind: 'returned', count: 2, href: '/desk?queue=returned' }]);
  });

  it('tell the chief editor about articles waiting for review', () => {
    expect(deskAlerts('chief', { returned: 0, review: 3 })).toEqual([{ kind: 'review', count: 3, href: '/desk?queue=review' }]);
    expect(deskAlerts('admin', { returned: 1, review: 1 }).map((a) => a.kind)).toEqual(['returned', 'review']);
  });

  it('say nothing when nothing waits', () => {
    expect(deskAlerts('chief', { returned: 0, review: 0 })).toEqual([]);
  });
});
