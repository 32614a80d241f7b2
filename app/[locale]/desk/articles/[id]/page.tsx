import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requirePageUser } from '@/lib/auth/require-page-user';
import { getDb } from '@/lib/db/instance';
import {
  findPreviousReviewSnapshot,
  getArticleDetail,
  listArticleComments,
  listArticleSnapshots,
  listCountryOptions,
  reviewStartedSinceSubmit,
} from '@/lib/db/queries/articles';
import { findSourceUsage } from '@/lib/db/queries/source-usage';
import { findItemReferenceForArticle } from '@/lib/db/queries/intake-items';
import { ItemReference } from '@/components/intake/item-reference';
import { missingForReview } from '@/lib/domain/article-completeness';
import { diffArticle, type ArticleSnapshotContent } from '@/lib/domain/article-diff';
import { countryLabel, type CountryChoice } from '@/lib/domain/country-pick';
import { isLang } from '@/lib/domain/lang';
import { displaySourceUrl } from '@/lib/domain/source-url';
import { canDelete, canEdit, canTakeBack, mayChangeArticle, offeredTransitions } from '@/lib/domain/workflow';
import { snapshotOf } from '@/lib/services/article-access';
import { userActor } from '@/lib/services/actor';
import { checkArticleTranslation } from '@/lib/services/check-article-translation';
import { ClientMessages } from '@/components/client-messages';
import { ArticleEditor } from '@/components/editor/article-editor';
import { ArticleHeader } from '@/components/editor/article-header';
import { ArticleProof } from '@/components/editor/article-proof';
import { ArticleView } from '@/components/editor/article-view';
import { DeleteArticleForm } from '@/components/editor/delete-article-form';
import { DraftProvider } from '@/components/editor/draft-context';
import { PhotoManager } from '@/components/editor/photo-manager';
import { CommentThread } from '@/components/review/comment-thread';
import { DiffView } from '@/components/review/diff-view';
import { ReviewPanel } from '@/components/review/review-panel';
import { TakeBackForm } from '@/components/review/take-back-form';
import { FindingsPanel } from '@/components/translation/findings-panel';
import { LiveTextsProvider } from '@/components/translation/live-texts';
import { TmAssist } from '@/components/translation/tm-assist';
import { mtConfigFromEnv } from '@/lib/mt/provider';
import styles from '@/components/editor/editor.module.css';

export async function generateMetadata({ params }: { params: Promise<{ locale: string; id: string }> }): Promise<Metadata> {
  const { locale, id } = await params;
  const t = await getTranslations({ locale, namespace: 'editor' });
  return { title: `${t('articleNumber', { id: id.replace(/\D/g, '').slice(0, 10) })} — Release Desk` };
}

export default async function ArticlePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { user } = await requirePageUser(`/desk/articles/${id}`);
  const articleId = /^\d{1,10}$/.test(id) ? Number(id) : NaN;
  const db = getDb();
  const detail = Number.isSafeInteger(articleId) ? getArticleDetail(db, articleId) : undefined;
  if (!detail) notFound();

  const lang = isLang(locale) ? locale : 'en';
  const t = await getTranslations('editor');
  const { article, sources, photos } = detail;
  // Editors change their own articles only; the chief editor and admins any (lib/services/article-access.ts).
  const editable = canEdit(article.status, user.role) && (article.authorId == null || mayChangeArticle(user.role, article.authorId === user.id));
  const choices = listCountryOptions(db, lang);

  // The reviewer compares with the previous review point; everyone else with the last one.
  const base =
    article.status === 'in_review' ? findPreviousReviewSnapshot(db, article.id, article.version) : listArticleSnapshots(db, article.id).at(-1);
  const named = (c: ArticleSnapshotContent) => ({ ...c, countryCode: nameOf(choices, c.countryCode, lang) });
  const diffs = base ? diffArticle(named(base.content), named(snapshotOf(db, article))) : null;
  const translation = checkArticleTranslation(db, userActor(user), { articleId: article.id });
  const reference = findItemReferenceForArticle(db, article.id);

  return (
    <ClientMessages namespaces={['editor', 'review', 'translationChecks', 'translation', 'issues', 'intake']}>
      <DraftProvider>
        <LiveTextsProvider>
        <p>
          <Link href="/desk">← {t('backToDesk')}</Link>
        </p>
        <ArticleHeader detail={detail} lang={lang} />
        <div className={styles.workspace}>
          <div className={styles.mainColumn}>
            {editable ? (
              <>
                <ArticleEditor
                  article={{ id: article.id, version: article.version, updatedAt: article.updatedAt, updatedByName: detail.updatedByName }}
                  initial={{
                    country: article.countryCode,
                    eventDate: article.eventDate,
                    outlet: article.outlet,
                    titleEn: article.titleEn,
                    titleRu: article.titleRu,
                    bodyEn: article.bodyEn,
                    bodyRu: article.bodyRu,
                    digestEn: article.digestEn,
                    digestRu: article.digestRu,
                    // Shown as readers see them (мвд.рф); the server stores the ASCII form either way.
                    sources: sources.map(displaySourceUrl),
                  }}
                  choices={choices}
                  photoCaptions={photos}
                  initialUsage={findSourceUsage(db, sources, article.id).map((u) => ({
                    url: u.url,
                    articleId: u.articleId,
                    articleTitle: u.articleTitle,
                    issue: u.issue && { year: u.issue.year, number: u.issue.number },
                  }))}
                  lang={lang}
                />
                <TmAssist articleId={article.id} termbase={translation.termbase} mtEnabled={mtConfigFromEnv() !== null} />
                <PhotoManager
                  articleId={article.id}
                  photos={photos.map((p) => ({ id: p.id, width: p.width, height: p.height, captionEn: p.captionEn, captionRu: p.captionRu, creditEn: p.creditEn, creditRu: p.creditRu }))}
                  lang={lang}
                />
              </>
            ) : (
              <>
                <p className={styles.readOnly} role="note">
                  {t(`readOnly.${article.status}`)}
                </p>
                <ArticleView detail={detail} lang={lang} />
              </>
            )}
            <ArticleProof articleId={article.id} savesFirst={editable} />
          </div>
          <aside className={styles.sideColumn}>
            {reference && <ItemReference item={reference} articleId={editable ? article.id : null} />}
            <FindingsPanel
              articleId={article.id}
              stored={{ titleEn: article.titleEn, titleRu: article.titleRu, digestEn: article.digestEn, digestRu: article.digestRu, bodyEn: article.bodyEn, bodyRu: article.bodyRu }}
              photos={photos.map((p) => ({ captionEn: p.captionEn, captionRu: p.captionRu }))}
              termbase={translation.termbase}
              dismissed={translation.dismissed.map((d) => ({ fingerprint: d.fingerprint, kind: d.kind, message: d.message, values: d.values, reason: d.reason, by: d.dismissedByName, at: d.dismissedAt }))}
              canDismiss={article.status !== 'published' && (editable || user.role !== 'editor')}
              canDismissErrors={article.status !== 'published' && user.role !== 'editor'}
            />
            <ReviewPanel
              articleId={article.id}
              status={article.status}
              version={article.version}
              transitions={offeredTransitions(article.status, user.role, article.authorId === user.id)}
              missing={missingForReview({ ...article, sourceCount: sources.length })}
              translationErrors={translation.errors}
            />
            {canTakeBack(article.status, article.authorId === user.id, reviewStartedSinceSubmit(db, article)) && <TakeBackForm articleId={article.id} />}
            <DiffView diffs={diffs} base={base ? { reason: base.reason, createdAt: base.createdAt, version: base.version } : null} />
            <CommentThread articleId={article.id} comments={listArticleComments(db, article.id)} />
            {canDelete(article.status, user.role, article.authorId === user.id) && <DeleteArticleForm articleId={article.id} />}
          </aside>
        </div>
        </LiveTextsProvider>
      </DraftProvider>
    </ClientMessages>
  );
}

function nameOf(choices: CountryChoice[], code: string, lang: 'en' | 'ru'): string {
  const choice = choices.find((c) => c.code === code);
  return choice ? countryLabel(choice, lang) : code;
}
