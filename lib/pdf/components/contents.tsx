import { Link, Text, View, StyleSheet } from '@react-pdf/renderer';
import type { EditionSection } from '@/lib/domain/edition';
import { SANS } from '../fonts';
import { sectionAnchor } from '../page-recorder';
import { INK } from '../styles';

const s = StyleSheet.create({
  box: { marginBottom: 16 },
  heading: { fontFamily: SANS, fontWeight: 'bold', fontSize: 12, lineHeight: 1.3, textAlign: 'center', marginBottom: 8, letterSpacing: 0.6 },
  row: { flexDirection: 'row', alignItems: 'flex-end', color: INK, textDecoration: 'none', marginBottom: 3 },
  name: { fontStyle: 'italic', fontSize: 11, lineHeight: 1.35, maxWidth: '85%' },
  leader: { flexGrow: 1, borderBottomWidth: 1, borderBottomStyle: 'dotted', borderBottomColor: '#666666', marginHorizontal: 4, marginBottom: 4 },
  // A fixed-width number box: placeholder and real numbers take the same room, so pass 2 lays out like pass 1.
  page: { width: 26, fontSize: 11, lineHeight: 1.35, textAlign: 'right' },
});

const PLACEHOLDER = '–';

/** CONTENTS: one line per section with dot leaders; each line links to its section. */
export function Contents({
  title,
  sections,
  sectionPages,
}: {
  title: string;
  sections: EditionSection[];
  sectionPages: Record<string, number> | null;
}) {
  return (
    <View style={s.box}>
      <Text style={s.heading}>{title}</Text>
      {sections.map((section) => (
        <Link key={section.countryCode} src={`#${sectionAnchor(section.countryCode)}`} style={s.row}>
          <Text style={s.name}>{section.heading}</Text>
          <View style={s.leader} />
          <Text style={s.page}>{String(sectionPages?.[section.countryCode] ?? PLACEHOLDER)}</Text>
        </Link>
      ))}
    </View>
  );
}
