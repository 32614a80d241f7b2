import { Text } from '@react-pdf/renderer';
import type { EditionLabels, EditionSection } from '@/lib/domain/edition';
import type { Lang } from '@/lib/domain/lang';
import { sectionBookmark } from '../bookmark';
import { sectionAnchor, type PageRecorder } from '../page-recorder';
import { styles } from '../styles';
import { ArticleBlock } from './article-block';

/** Room that must follow a section heading: the heading never ends a page alone. */
const HEADING_KEEP_WITH_NEXT = 90;

/**
 * A country section: its heading (a link target, an outline entry, and the page the contents shows)
 * followed by its articles, nested below it in the outline.
 *
 * The heading and the articles are returned as siblings, directly in the page flow, not wrapped in a
 * section <View>: when react-pdf's new pagination engine moves a whole container to the next page, it
 * does not re-run the `render` callbacks inside it, so a heading nested in a section would report
 * the page it was first tried on. At the top level a moved heading is rendered again on its new page.
 */
export function CountrySection({
  section,
  labels,
  lang,
  recorder,
}: {
  section: EditionSection;
  labels: EditionLabels;
  lang: Lang;
  recorder: PageRecorder;
}) {
  const heading = section.heading.toLocaleUpperCase(lang);
  const anchor = sectionAnchor(section.countryCode);
  return (
    <>
      <Text
        id={anchor}
        style={styles.sectionHeading}
        minPresenceAhead={HEADING_KEEP_WITH_NEXT}
        {...sectionBookmark(heading, anchor)}
        render={(page) => {
          recorder.section(section.countryCode, page);
          return heading;
        }}
      />
      {section.articles.map((article) => (
        <ArticleBlock key={article.id} article={article} labels={labels} lang={lang} outlineParent={anchor} />
      ))}
    </>
  );
}
