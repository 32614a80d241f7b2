import type { IssueProblem } from '@/lib/domain/issue-checks';

/** The checks found errors: the issue cannot be published as it stands. */
export class IssueNotReadyError extends Error {
  constructor(readonly problems: IssueProblem[]) {
    super(`The issue cannot be published: ${problems.filter((p) => p.severity === 'error').map((p) => p.kind).join(', ')}.`);
    this.name = 'IssueNotReadyError';
  }
}

/** Someone else published, or changed the issue, while this publication was being prepared. */
export class PublishConflictError extends Error {
  constructor(readonly reason: 'inProgress' | 'changed' | 'published' | 'fileExists') {
    super(`The issue could not be published (${reason}).`);
    this.name = 'PublishConflictError';
  }
}
