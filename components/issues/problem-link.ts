import type { IssueProblem } from '@/lib/domain/issue-checks';
import { articleHref } from './article-label';

/** Where a problem is fixed: the article's editor, or the part of the issue page concerned. */
export function problemHref(problem: IssueProblem): string {
  switch (problem.kind) {
    case 'summaryCount':
    case 'summaryCountry':
      return '#summary';
    case 'emptyIssue':
      return '#offered';
    case 'emptySection':
      return '#articles';
    default:
      if (problem.articleId == null) return '#articles';
      if (problem.kind === 'translation') return articleHref(problem.articleId, 'translation-checks');
      if (problem.kind === 'photoNoCredit' || problem.kind === 'photoTooSmall' || problem.field === 'photoCaption') {
        return articleHref(problem.articleId, 'photos');
      }
      return articleHref(problem.articleId);
  }
}
