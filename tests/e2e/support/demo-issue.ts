import type { IssueRef } from '@/lib/domain/release-urls';

/** The issue `npm run seed:demo` publishes: January 2024, #1. */
export const DEMO_ISSUE: IssueRef = { year: 2024, number: 1 };
