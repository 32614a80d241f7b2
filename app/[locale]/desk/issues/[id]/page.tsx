import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requirePageUser } from '@/lib/auth/require-page-user';
import { getDb } from '@/lib/db/instance';
import { findIssueById } from '@/lib/db/queries/issue-desk';
import { isLang, LANGS } from '@/lib/domain/lang';
import { userActor } from '@/lib/services/actor';
import { loadIssueDesk } from '@/lib/services/load-issue-desk';
import { CorrectionForm } from '@/components/issues/correction-form';
import { CorrectionNotes } from '@/components/reader/correction-notes';
import { correctionNotes } from '@/lib/services/correction-notes';
import { DeleteIssueForm } from '@/components/issues/delete-issue-form';
import { warmRenderWorker } from '@/lib/services/rendering/render-off-thread';
import { IssueChecks } from '@/components/issues/issue-checks';
import { IssueDetailsForm } from '@/components/issues/issue-details-form';
import { IssueSections } from '@/components/issues/issue-sections';
import { OfferedArticles } from '@/components/issues/offered-articles';
import { PublishForm } from '@/components/issues/publish-form';
import { ReleaseFiles } from '@/components/issues/release-files';
import { StatusBadge } from '@/components/issues/status-badge';
import { SummaryEditor } from '@/components/issues/summary-editor';
import { ClientMessages } from '@/components/client-messages';
import styles from '@/components/issues/issues.module.css';
import { formatDateTime, formatPeriod } from '@/lib/domain/date-format';

type Params = Promise<{ locale: string; id: string }>;

function issueIdOf(raw: string): number | null {
  return /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const id = issueIdOf((await params).id);
  const issue = id ? findIssueById(getDb(), id) : undefined;
  if (!issue) return {};
  const t = await getTranslations('issues.issue');
  return { title: t('title', { number: issue.number, year: issue.year }) };
}

export default async function IssuePage({ params }: { params: Params }) {
  const { locale, id: rawId } = await params;
  setRequestLocale(locale);
  const { user } = await requirePageUser(`/desk/issues/${rawId}`);
  const id = issueIdOf(rawId);
  if (!id || !findIssueById(getDb(), id)) notFound();
  const desk = loadIssueDesk(getDb(), userActor(user), id);
  const { issue, canAssemble } = desk;
  // A chief editor here is about to preview or publish: the renderer loads meanwhile.
  if (canAssemble && issue.status !== 'published') warmRenderWorker();
  const t = await getTranslations('issues');
  const changeable = issue.status !== 'published';
  const editable = changeable && canAssemble;
  const articleCount = desk.sections.reduce((n, s) => n + s.articles.length, 0);
  const nav = ['details', 'articles', ...(editable ? ['offered'] : []), 'summary', ...(desk.checks ? ['checks'] : []), 'preview', ...(canAssemble ? ['publish'] : []), 'files'];

  return (
    <ClientMessages namespaces={['issues']}>
      <div className={styles.page}>
        <div>
          <Link href="/desk/issues" className={styles.back}>
            ← {t('issue.back')}
          </Link>
          <div className={styles.header}>
            <h1>{t('issue.title', { number: issue.number, year: issue.year })}</h1>
            <StatusBadge status={issue.status} />
          </div>
          <p className={styles.meta}>
            {t('issue.meta', { period: formatPeriod(issue.periodStart, issue.periodEnd, locale), place: locale === 'ru' ? issue.placeRu : issue.placeEn })}
            {issue.revision > 0 ? ` · ${t('issue.revision', { revision: issue.revision })}` : ''}
            {issue.publishedAt ? ` · ${t('issue.publishedAt', { date: formatDateTime(issue.publishedAt, locale) })}` : ''}
          </p>
          {!canAssemble ? <p className="lead">{t('issue.readOnly')}</p> : null}
          {issue.status === 'published' ? <p className="lead">{t('issue.publishedNote')}</p> : null}
          {issue.status === 'correction' ? <p className="lead">{t('issue.correctionNote', { revision: issue.revision })}</p> : null}
          <CorrectionNotes notes={correctionNotes(getDb(), issue, isLang(locale) ? locale : 'en', false)} headingLevel={2} />
        </div>

        <nav aria-label={t('issue.sectionsNav')}>
          <ul className={styles.toc}>
            {nav.map((anchor) => (
              <li key={anchor}>
                <a href={`#${anchor}`}>{t(`issue.nav.${anchor === 'publish' && !changeable ? 'correction' : anchor}`)}</a>
              </li>
            ))}
          </ul>
        </nav>

        <section id="details" className={styles.panel} aria-labelledby="details-title">
          <h2 id="details-title">{t('details.title')}</h2>
          {editable ? (
            <IssueDetailsForm issue={issue} />
          ) : (
            <p>
              {formatPeriod(issue.periodStart, issue.periodEnd, locale)} · {issue.placeEn} / {issue.placeRu}
            </p>
          )}
        </section>

        <section id="articles" className={styles.panel} aria-labelledby="articles-title">
          <h2 id="articles-title">
            {t('articles.title')} <small className={styles.hint}>({t('articles.count', { count: articleCount })})</small>
          </h2>
          <IssueSections issueId={issue.id} sections={desk.sections} editable={editable} />
        </section>

        {editable ? (
          <section id="offered" className={styles.panel} aria-labelledby="offered-title">
            <h2 id="offered-title">{t('offered.title')}</h2>
            <p className={styles.hint}>{t('offered.intro')}</p>
            <OfferedArticles issueId={issue.id} articles={desk.offered} />
          </section>
        ) : null}

        <section id="summary" className={styles.panel} aria-labelledby="summary-title">
          <h2 id="summary-title">{t('summary.title')}</h2>
          {editable ? <p className={styles.hint}>{t('summary.intro')}</p> : null}
          <SummaryEditor
            issueId={issue.id}
            editable={editable}
            summaries={LANGS.map((lang) => {
              const s = desk.summaries[lang];
              return { lang, generated: s.generated, countsOverride: s.countsOverride, digestOverride: s.digestOverride, articleCount };
            })}
          />
        </section>

        {desk.checks ? (
          <section id="checks" className={styles.panel} aria-labelledby="checks-title">
            <h2 id="checks-title">{t('checks.title')}</h2>
            <IssueChecks problems={desk.checks.problems} sections={desk.sections} />
          </section>
        ) : null}

        <section id="preview" className={styles.panel} aria-labelledby="preview-title">
          <h2 id="preview-title">{t('preview.title')}</h2>
          <p className={styles.hint}>{t('preview.intro')}</p>
          <div className={styles.actions}>
            {LANGS.map((lang) => (
              <Link key={lang} className="button" href={`/desk/issues/${issue.id}/preview/${lang}`}>
                {t('preview.open', { lang })}
              </Link>
            ))}
          </div>
        </section>

        {canAssemble ? (
          <section id="publish" className={styles.panel} aria-labelledby="publish-title">
            {changeable ? (
              <>
                <h2 id="publish-title">{t('publish.title')}</h2>
                <p className={styles.hint}>{t('publish.intro')}</p>
                <PublishForm issueId={issue.id} nextRevision={issue.revision + 1} blocked={!desk.checks?.publishable} />
                {issue.status === 'draft' && issue.revision === 0 ? (
                  <DeleteIssueForm issueId={issue.id} number={issue.number} year={issue.year} articles={articleCount} />
                ) : null}
              </>
            ) : (
              <>
                <h2 id="publish-title">{t('correction.title')}</h2>
                <p className={styles.hint}>{t('correction.intro', { revision: issue.revision + 1 })}</p>
                <CorrectionForm issueId={issue.id} />
              </>
            )}
          </section>
        ) : null}

        <section id="files" className={styles.panel} aria-labelledby="files-title">
          <h2 id="files-title">{t('files.title')}</h2>
          <ReleaseFiles issue={issue} files={desk.files} />
        </section>
      </div>
    </ClientMessages>
  );
}
