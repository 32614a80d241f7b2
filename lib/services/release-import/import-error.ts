import type { ParseIssue } from '@/lib/domain/release-text';

/**
 * Why a release file cannot be imported. `code` names the reason for a screen (releaseImport.errors
 * in both languages, with `params`); the message is the English sentence of the command line.
 */
export type ImportErrorCode =
  | 'parse' // the text has errors: `issues` say where (line) and why
  | 'not_utf8'
  | 'unsupported_type'
  | 'too_large'
  | 'docx_unreadable'
  | 'year_range'
  | 'same_language'
  | 'different_issues'
  | 'published'
  | 'edition_differs'
  | 'period_differs'
  | 'plan_outdated';

/** The file cannot be imported; nothing was stored. */
export class ImportError extends Error {
  constructor(
    summary: string,
    readonly code: ImportErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly issues: ParseIssue[] = [],
  ) {
    super([summary, ...issues.map(formatIssue)].join('\n'));
    this.name = 'ImportError';
  }
}

export function formatIssue(issue: ParseIssue): string {
  return issue.line > 0 ? `line ${issue.line}: ${issue.message}` : issue.message;
}
