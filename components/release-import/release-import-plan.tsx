'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { formatPeriod } from '@/lib/domain/date-format';
import type { ImportWarning } from '@/lib/services/release-import/import-edition';
import type { ReleaseImportPlan } from '@/lib/services/plan-release-import';
import styles from './release-import.module.css';

const MISSING = new Set(['no_counterpart', 'not_in_edition']);

/** The plan of an import as the chief editor confirms it: the issue, the editions, counts, warnings. */
export function ReleaseImportPlanView({ plan }: { plan: ReleaseImportPlan }) {
  const t = useTranslations('releaseImport');
  const locale = useLocale();
  const countryName = (code: string) => {
    const country = plan.countries.find((c) => c.code === code);
    return country ? (locale === 'ru' ? country.shortRu : country.shortEn) : code;
  };
  const codes = [...new Set(plan.editions.flatMap((e) => e.perCountry.map((c) => c.code)))];
  const countOf = (lang: string, code: string) => plan.editions.find((e) => e.lang === lang)?.perCountry.find((c) => c.code === code)?.count;
  const langs = plan.editions.map((e) => e.lang);
  const untitled = plan.editions.flatMap((e) => e.untitled.map((u) => ({ ...u, lang: e.lang })));
  const tagged = plan.editions.flatMap((e) =>
    e.warnings
      // The parser's "imported as untitled" is the list of untitled articles above.
      .filter((w) => w.code || !e.untitled.some((u) => u.line === w.line))
      .map((w) => ({ ...w, lang: e.lang })),
  );
  const missing = tagged.filter((w) => w.code && MISSING.has(w.code));
  const other = tagged.filter((w) => !w.code || !MISSING.has(w.code));
  const text = (w: ImportWarning) => (w.code ? t(`warning.${w.code}`, { ...w.params, country: countryName(String(w.params?.country ?? '')) }) : w.message);

  return (
    <div className={styles.plan}>
      <div>
        <h3>{t('plan.issue', { number: plan.number, year: plan.year, period: formatPeriod(plan.periodStart, plan.periodEnd, locale) })}</h3>
        <p className={styles.hint}>
          {plan.existingIssueId ? (
            <>
              {t('plan.fills')} <Link href={`/desk/issues/${plan.existingIssueId}`}>{t('plan.openIssue')}</Link>
            </>
          ) : (
            t('plan.creates')
          )}
        </p>
      </div>
      <div className={styles.tables}>
        <table className={styles.table}>
          <caption className={styles.hint}>{t('plan.editions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.edition')}</th>
              <th scope="col">{t('plan.file')}</th>
              <th scope="col">{t('plan.action')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.editions.map((e) => (
              <tr key={e.lang}>
                <th scope="row">{t(`plan.lang.${e.lang}`)}</th>
                <td className={styles.fileName}>
                  {e.fileName}
                  {e.format === 'docx' ? <span className={styles.note}>{t('plan.word')}</span> : null}
                </td>
                <td>{t(`plan.status.${e.status}`, { count: e.articleCount })}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className={styles.table}>
          <caption className={styles.hint}>{t('plan.perCountry')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.country')}</th>
              {langs.map((lang) => (
                <th scope="col" key={lang} className={styles.count}>
                  {t(`plan.lang.${lang}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {codes.map((code) => (
              <tr key={code}>
                <th scope="row">{countryName(code)}</th>
                {langs.map((lang) => (
                  <td key={lang} className={styles.count}>
                    {countOf(lang, code) ?? 0}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="import-untitled">
        <h3 id="import-untitled">{t('plan.untitled')}</h3>
        {untitled.length > 0 ? (
          <>
            <p className={styles.hint}>{t('plan.untitledHint')}</p>
            <ul className={styles.warnings}>
              {untitled.map((u) => (
                <li key={`${u.lang}-${u.line}`} className={styles.warning}>
                  <span className={styles.text}>
                    {t('plan.untitledItem', { edition: t(`plan.lang.${u.lang}`), line: u.line, country: countryName(u.countryCode), excerpt: u.excerpt.slice(0, 100) })}
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className={styles.hint}>{t('plan.none')}</p>
        )}
      </section>
      <WarningList id="import-missing" title={t('plan.missing')} warnings={missing} text={text} />
      <WarningList id="import-warnings" title={t('plan.warnings')} warnings={other} text={text} />
    </div>
  );
}

function WarningList({ id, title, warnings, text }: { id: string; title: string; warnings: (ImportWarning & { lang: string })[]; text: (w: ImportWarning) => string }) {
  const t = useTranslations('releaseImport.plan');
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {warnings.length === 0 ? (
        <p className={styles.hint}>{t('none')}</p>
      ) : (
        <ul className={styles.warnings}>
          {warnings.map((w, i) => (
            <li key={i} className={styles.warning}>
              <span className={styles.where}>
                {t(`lang.${w.lang}`)}, {w.line > 0 ? t('line', { line: w.line }) : t('whole')}
              </span>
              <span className={styles.text}>{text(w)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
