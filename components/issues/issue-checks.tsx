import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { IssueProblem } from '@/lib/domain/issue-checks';
import type { DeskSection } from '@/lib/services/load-issue-desk';
import { articleTitle } from './article-label';
import { problemHref } from './problem-link';
import styles from './issues.module.css';

interface Props {
  problems: IssueProblem[];
  sections: DeskSection[];
}

/** The problems found before publishing, errors first, each with a link to where it is fixed. */
export async function IssueChecks({ problems, sections }: Props) {
  const t = await getTranslations('issues');
  const locale = await getLocale();
  const articles = new Map(sections.flatMap((s) => s.articles).map((a) => [a.id, a]));
  const countries = new Map(sections.map((s) => [s.countryCode, locale === 'ru' ? s.nameRu : s.nameEn]));
  const titleOf = (id: number | undefined) => {
    if (id == null) return '';
    const article = articles.get(id);
    return (article && articleTitle(article, locale)) ?? t('articles.untitled', { id });
  };
  const describe = (p: IssueProblem): string => {
    const v = p.values ?? {};
    const base = {
      title: titleOf(p.articleId),
      where: p.lang ? t(`editionIn.${p.lang}`) : '',
      country: p.countryCode ? (countries.get(p.countryCode) ?? p.countryCode) : String(v.country ?? ''),
    };
    switch (p.kind) {
      case 'notApproved':
        return t('checks.kinds.notApproved', { ...base, status: t.has(`checks.articleStates.${v.status}`) ? t(`checks.articleStates.${v.status}`) : String(v.status) });
      case 'missingText':
        if (p.field === 'heading') return t('checks.kinds.missingHeading', base);
        return t('checks.kinds.missingText', { ...base, field: t(`checks.fields.${p.field ?? 'body'}`) });
      case 'photoTooSmall':
        return t('checks.kinds.photoTooSmall', { ...base, width: v.width ?? 0, required: v.required ?? 0, dpi: v.dpi ?? 150 });
      case 'duplicateSource':
        return t('checks.kinds.duplicateSource', { ...base, url: p.url ?? '', other: titleOf(p.otherArticleId) });
      case 'sourceInEarlierIssue':
        return t('checks.kinds.sourceInEarlierIssue', { ...base, url: p.url ?? '', number: p.earlierIssue?.number ?? 0, year: p.earlierIssue?.year ?? 0 });
      case 'outsidePeriod':
        return t('checks.kinds.outsidePeriod', { ...base, date: String(v.date ?? '') });
      case 'summaryCount':
        return t('checks.kinds.summaryCount', { ...base, claimed: String(v.claimed ?? '—'), actual: v.actual ?? 0 });
      case 'summaryCountry':
        return t('checks.kinds.summaryCountry', { ...base, claimed: v.claimed ?? 0, actual: v.actual ?? 0 });
      case 'digestCase':
        return t('checks.kinds.digestCase', { ...base, phrase: String(v.phrase ?? '') });
      case 'translation':
        return t('checks.kinds.translation', { ...base, errors: Number(v.errors ?? 0), warnings: Number(v.warnings ?? 0) });
      default:
        return t(`checks.kinds.${p.kind}`, base);
    }
  };
  const sorted = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (problems.length === 0) return <p className={styles.ok}>{t('checks.none')}</p>;
  return (
    <>
      <p>
        <strong>{t('checks.counts', { errors, warnings: problems.length - errors })}</strong>
        {errors > 0 ? ` — ${t('checks.errorsBlock')}` : ''}
      </p>
      <ul className={styles.problems}>
        {sorted.map((problem, i) => {
          const text = describe(problem);
          return (
            <li key={i} className={`${styles.problem} ${styles[`problem_${problem.severity}`]}`} data-kind={problem.kind}>
              <span className={styles.problemKind}>{t(`checks.${problem.severity}`)}</span>
              <span className={styles.problemText}>{text}</span>
              <Link href={problemHref(problem)} aria-label={t('checks.fixLabel', { problem: text })}>
                {t('checks.fix')}
              </Link>
            </li>
          );
        })}
      </ul>
    </>
  );
}
