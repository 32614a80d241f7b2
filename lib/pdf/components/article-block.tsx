import { Text, View } from '@react-pdf/renderer';
import { blockText, parseBody } from '@/lib/domain/body-markdown';
import type { EditionArticle, EditionLabels } from '@/lib/domain/edition';
import type { Lang } from '@/lib/domain/lang';
import { articleBookmark } from '../bookmark';
import { styles } from '../styles';
import { ArticlePhoto } from './article-photo';
import { BodyParagraph } from './body-paragraph';
import { SourceLinks } from './source-links';

/** Room that must follow a title on its page, so a title never ends a page alone. */
const TITLE_KEEP_WITH_NEXT = 48;

export function ArticleBlock({
  article,
  labels,
  lang,
  outlineParent,
}: {
  article: EditionArticle;
  labels: EditionLabels;
  lang: Lang;
  /** The outline ref of the section the article is filed under. */
  outlineParent: string;
}) {
  const blocks = parseBody(article.body);
  const title = article.title.trim().toLocaleUpperCase(lang);
  return (
    <View style={styles.article} {...articleBookmark(outlineTitle(article, blocks.map(blockText)), outlineParent)}>
      {title || article.outlet ? (
        <View wrap={false} minPresenceAhead={TITLE_KEEP_WITH_NEXT}>
          {article.outlet ? <Text style={styles.outlet}>{article.outlet.toLocaleUpperCase(lang)}</Text> : null}
          {title ? <Text style={styles.articleTitle}>{title}</Text> : null}
        </View>
      ) : null}
      {article.photos.map((photo, i) => (
        <ArticlePhoto key={i} photo={photo} labels={labels} />
      ))}
      {blocks.map((block, i) => (
        <BodyParagraph key={i} block={block} />
      ))}
      <SourceLinks sources={article.sources} />
    </View>
  );
}

/** The outline needs a title even for an article that has none yet: its first words. */
function outlineTitle(article: EditionArticle, paragraphs: string[]): string {
  const title = article.title.trim();
  if (title) return title;
  const first = (paragraphs[0] ?? '').trim();
  if (!first) return article.outlet || `#${article.id}`;
  return first.length > 60 ? `${first.slice(0, 60).trimEnd()}…` : first;
}
