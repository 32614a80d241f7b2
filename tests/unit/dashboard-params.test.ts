import { describe, expect, it } from 'vitest';
import { dashboardHref, hasFilters, parseDashboardParams } from '@/components/desk/dashboard/dashboard-params';

describe('dashboard address', () => {
  it('starts an editor on their drafts and a chief editor on the review queue', () => {
    expect(parseDashboardParams({}, 'editor').queue).toBe('drafts');
    expect(parseDashboardParams({}, 'chief').queue).toBe('review');
    expect(parseDashboardParams({ queue: 'nonsense' }, 'admin').queue).toBe('review');
  });

  it('drops malformed values', () => {
    const params = parseDashboardParams(
      { queue: 'all', country: 'kz', status: 'deleted', from: '2024-1-1', to: '2024-01-31', after: 'x', before: '2024-01-01_7', q: ['a', 'b'] },
      'editor',
    );
    expect(params).toEqual({ queue: 'all', q: '', country: 'KZ', status: '', from: '', to: '2024-01-31', after: null, before: { eventDate: '2024-01-01', id: 7 } });
  });

  it('round-trips through the address, leaving defaults out', () => {
    const params = parseDashboardParams({ queue: 'all', q: 'Полиция', status: 'approved', country: 'UZ', after: '2024-02-01_12' }, 'editor');
    const href = dashboardHref(params, 'editor');
    expect(href).toBe('/desk?queue=all&q=%D0%9F%D0%BE%D0%BB%D0%B8%D1%86%D0%B8%D1%8F&country=UZ&status=approved&after=2024-02-01_12');
    const back = parseDashboardParams(Object.fromEntries(new URL(href, 'http://x').searchParams), 'editor');
    expect(back).toEqual(params);
    expect(dashboardHref(parseDashboardParams({}, 'chief'), 'chief')).toBe('/desk');
    expect(hasFilters(params)).toBe(true);
    expect(hasFilters(parseDashboardParams({ queue: 'drafts', status: 'approved' }, 'editor'))).toBe(false);
  });
});
