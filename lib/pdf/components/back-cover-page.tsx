import { Page, Text, View, StyleSheet } from '@react-pdf/renderer';
import type { EditionData, EditionLabels } from '@/lib/domain/edition';
import { SANS } from '../fonts';
import { styles } from '../styles';
import { EditorialAddress } from './editorial-address';

const s = StyleSheet.create({
  body: { flexGrow: 1, justifyContent: 'flex-end' },
  block: { borderTopWidth: 0.75, borderTopColor: '#999999', paddingTop: 14 },
  organisation: { fontFamily: SANS, fontWeight: 'bold', fontSize: 11, lineHeight: 1.45, marginBottom: 12 },
});

/** Back cover: the organisation's name and editorial address again. */
export function BackCoverPage({ data, labels }: { data: EditionData; labels: EditionLabels }) {
  return (
    <Page size="A4" style={styles.coverPage} wrap={false}>
      <View style={s.body}>
        <View style={s.block}>
          <Text style={s.organisation}>{data.organisation.name.toLocaleUpperCase(data.lang)}</Text>
          <EditorialAddress organisation={data.organisation} labels={labels} />
        </View>
      </View>
    </Page>
  );
}
