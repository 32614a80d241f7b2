import { Text, View } from '@react-pdf/renderer';
import type { EditionLabels, EditionSection } from '@/lib/domain/edition';
import type { Lang } from '@/lib/domain/lang';
import { bookmarkProps } from '../bookmark';
import { sectionAnchor, type PageRecorder } from '../page-recorder';
import { styles } from '../styles';
import { ArticleBlock } from './article-block';

/** Room that must follow a section heading: the heading never ends a page alone. */
const HEADING_KEEP_WITH_NEXT = 90;

/**
 * A country section: its heading (a link target, and the page the contents shows) and its articles,
 * nested below it in the PDF outline.
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
  return (
    <View {...bookmarkProps(heading, true)}>
      <Text
        id={sectionAnchor(section.countryCode)}
        style={styles.sectionHeading}
        minPresenceAhead={HEADING_KEEP_WITH_NEXT}
        render={(page) => {
          recorder.section(section.countryCode, page);
          return heading;
        }}
      />
      {section.articles.map((article) => (
        <ArticleBlock key={article.id} article={article} labels={labels} lang={lang} />
      ))}
    </View>
  );
}
