import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatFileSize } from '@/lib/domain/file-size';
import { otherLang } from '@/lib/domain/lang';
import { formatPeriod } from '@/lib/domain/date-format';
import { editionPdfPath, issuePath, readingPath } from '@/lib/domain/release-urls';
import type { ReaderIssue } from '@/lib/services/load-reader-issue';
import { RELEASE_LABELS } from '@/lib/domain/release-labels';
import { ArticleBody } from './article-body';
import { ArticlePhotos } from './article-photos';
import { SourceLinks } from './source-links';
import styles from './reader.module.css';

/** One edition read as a web page, entirely in the edition's language (labels included). */
export async function EditionReading({ issue }: { issue: ReaderIssue }) {
  const lang = issue.lang;
  const t = await getTranslations({ locale: lang, namespace: 'reader' });
  const other = otherLang(lang);
  const file = issue.latest.files.find((f) => f.lang === lang);
  const hasOther = issue.latest.files.some((f) => f.lang === other);
  return (
    <article lang={lang} className={styles.reading}>
      <nav aria-label={t('breadcrumb')} className={styles.breadcrumb}>
        <Link href="/">{t('backToArchive')}</Link> › <Link href={issuePath(issue)}>{t('web.issuePage')}</Link>
      </nav>
      <header className={styles.readingHeader}>
        <h1>{t('issueTitle', { number: issue.number, year: issue.year })}</h1>
        <p className={styles.meta}>
          {t('period', { period: formatPeriod(issue.periodStart, issue.periodEnd, lang) })} · {t('articles', { count: issue.articleCount })}
        </p>
        <p className={styles.readingLinks}>
          {file && (
            <a className="button primary" href={editionPdfPath(issue, lang)} type="application/pdf" download>
              {t('web.pdf', { size: formatFileSize(file.bytes, lang) })}
            </a>
          )}
          {hasOther && (
            <Link className="button" href={readingPath(issue, other)} hrefLang={other}>
              {t('web.otherEdition')}
            </Link>
          )}
        </p>
      </header>

      <nav aria-labelledby="sections-title" className={styles.sectionNav} id="sections">
        <h2 id="sections-title">{t('web.sections')}</h2>
        <ol>
          {issue.sections.map((section) => (
            <li key={section.countryCode}>
              <a href={`#${section.countryCode.toLowerCase()}`}>{section.name}</a> ({section.articles.length})
            </li>
          ))}
        </ol>
      </nav>

      {issue.sections.map((section) => (
        <section key={section.countryCode} id={section.countryCode.toLowerCase()} className={styles.readingSection} aria-labelledby={`h-${section.countryCode}`}>
          <h2 id={`h-${section.countryCode}`} className={styles.sectionHeading}>
            {section.heading}
          </h2>
          {section.articles.map((article) => (
            <article key={article.id} id={`article-${article.id}`} className={styles.article} aria-labelledby={`t-${article.id}`}>
              {article.outlet && <p className={styles.outlet}>{article.outlet}</p>}
              <h3 id={`t-${article.id}`} className={styles.articleTitle}>
                {article.title || t('contents.untitled')}
              </h3>
              {article.withheld ? <p className={styles.note}>{t('web.withheld')}</p> : <ArticleBody markdown={article.body} />}
              <ArticlePhotos issue={issue} photos={article.photos} creditLabel={RELEASE_LABELS[lang].photoCredit} />
              <SourceLinks sources={article.sources} label={t('web.sources', { count: article.sources.length })} />
              {article.pdfHref && article.page && (
                <p className={styles.inPdf}>
                  <a href={article.pdfHref} type="application/pdf">
                    {t('web.inPdf', { page: article.page })}
                  </a>
                </p>
              )}
            </article>
          ))}
          <p className={styles.toTop}>
            <a href="#sections">{t('web.toTop')}</a>
          </p>
        </section>
      ))}
    </article>
  );
}
