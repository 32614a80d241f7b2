import { z } from 'zod';
import { isIssueYear } from '@/lib/domain/issue-numbering';
import { parseIsoDate } from '@/lib/domain/period';

const isoDate = z
  .string()
  .refine((value) => {
    try {
      parseIsoDate(value);
      return true;
    } catch {
      return false;
    }
  }, 'date')
  // A date of year 1 or 9999 is a date, but no issue of that year would have a public address.
  .refine((value) => !/^\d{4}-/.test(value) || isIssueYear(Number(value.slice(0, 4))), 'yearRange');

/** A period of whole days, start not after end. */
export const periodSchema = z
  .object({ periodStart: isoDate, periodEnd: isoDate })
  .refine((p) => p.periodStart <= p.periodEnd, { path: ['periodEnd'], message: 'order' });

export const issueIdSchema = z.number().int().positive();

/** Field → message key; refinements carry their key as the message ('date', 'order'). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    fields[issue.path.map(String).join('.') || 'form'] ??= issue.code === 'custom' ? issue.message : issue.code;
  }
  return fields;
}
