import { Link, Text, View, StyleSheet } from '@react-pdf/renderer';
import type { EditionSection } from '@/lib/domain/edition';
import { SANS } from '../fonts';
import { sectionAnchor, type PageRecorder } from '../page-recorder';
import { INK } from '../styles';

const s = StyleSheet.create({
  box: { marginBottom: 16 },
  heading: { fontFamily: SANS, fontWeight: 'bold', fontSize: 12, lineHeight: 1.3, textAlign: 'center', marginBottom: 8, letterSpacing: 0.6 },
  row: { flexDirection: 'row', alignItems: 'flex-end', color: INK, textDecoration: 'none', marginBottom: 3 },
  name: { fontStyle: 'italic', fontSize: 11, lineHeight: 1.35, maxWidth: '85%' },
  leader: { flexGrow: 1, borderBottomWidth: 1, borderBottomStyle: 'dotted', borderBottomColor: '#666666', marginHorizontal: 4, marginBottom: 4 },
  // A fixed-width number box: placeholder and real numbers take the same room, so the layout does not
  // depend on them. No lineHeight: the number may come from a render callback (see styles.ts). The
  // name's 1.35 line (14.85 pt) is 0.616 pt taller than PT Serif's own 11 pt line, the extra room
  // above the glyphs: that much margin below the number gives it the name's height and baseline.
  page: { width: 26, fontSize: 11, textAlign: 'right', marginBottom: 0.616 },
});

const PLACEHOLDER = '–';

/**
 * The numbers the contents prints: the pages given, placeholders, or ('recorded') the pages the
 * recorder found in the first pagination round of this same render.
 */
export type ContentsNumbers = Record<string, number> | 'placeholders' | 'recorded';

/** CONTENTS: one line per section with dot leaders; each line links to its section. */
export function Contents({
  title,
  sections,
  numbers,
  recorder,
}: {
  title: string;
  sections: EditionSection[];
  numbers: ContentsNumbers;
  recorder: PageRecorder;
}) {
  return (
    <View style={s.box}>
      <Text style={s.heading}>{title}</Text>
      {sections.map(({ countryCode, heading }) => (
        <Link key={countryCode} src={`#${sectionAnchor(countryCode)}`} style={s.row}>
          <Text style={s.name}>{heading}</Text>
          <View style={s.leader} />
          {numbers === 'recorded' ? (
            <Text style={s.page} render={(page) => String(recorder.contentsPage(countryCode, page) ?? PLACEHOLDER)} />
          ) : (
            <Text style={s.page}>{String((numbers !== 'placeholders' && numbers[countryCode]) || PLACEHOLDER)}</Text>
          )}
        </Link>
      ))}
    </View>
  );
}
