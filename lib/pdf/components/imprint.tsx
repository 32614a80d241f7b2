import { Text, View, StyleSheet } from '@react-pdf/renderer';
import type { EditionData, EditionLabels } from '@/lib/domain/edition';
import { SANS } from '../fonts';
import { EditorialAddress } from './editorial-address';

const s = StyleSheet.create({
  box: { borderBottomWidth: 0.75, borderBottomColor: '#999999', paddingBottom: 12, marginBottom: 14 },
  title: { fontFamily: SANS, fontWeight: 'bold', fontSize: 14, lineHeight: 1.3, textAlign: 'center', letterSpacing: 0.6 },
  organisation: { fontSize: 10.5, lineHeight: 1.4, textAlign: 'center', marginTop: 6, marginBottom: 12 },
  citation: { fontSize: 10.5, lineHeight: 1.4, marginTop: 10 },
  circulation: { fontStyle: 'italic', fontSize: 10.5, lineHeight: 1.4, marginTop: 4 },
  correction: { fontSize: 10.5, lineHeight: 1.4, marginTop: 8, fontWeight: 'bold' },
});

/** Page 2, top: the imprint of the release. */
export function Imprint({ data, labels }: { data: EditionData; labels: EditionLabels }) {
  const { organisation } = data;
  return (
    <View style={s.box} wrap={false}>
      <Text style={s.title}>{`${labels.imprintTitle} ${organisation.shortName}`.trim()}</Text>
      <Text style={s.organisation}>{organisation.name}</Text>
      <EditorialAddress organisation={organisation} labels={labels} />
      <Text style={s.citation}>{labels.citation(data.number, data.year)}</Text>
      <Text style={s.circulation}>{labels.circulation}</Text>
      {data.correction ? <Text style={s.correction}>{labels.correctionNote(data.correction.revision, data.correction.date, data.correction.note)}</Text> : null}
    </View>
  );
}
