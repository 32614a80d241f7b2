import { Image, Page, Text, View, StyleSheet } from '@react-pdf/renderer';
import type { EditionData, EditionLabels } from '@/lib/domain/edition';
import { formatCoverPeriod } from '@/lib/domain/period';
import { SANS } from '../fonts';
import { fitImage, imageSource } from '../image-source';
import { styles } from '../styles';

const s = StyleSheet.create({
  body: { flexGrow: 1, flexDirection: 'column', alignItems: 'center', justifyContent: 'space-between' },
  organisation: { fontFamily: SANS, fontWeight: 'bold', fontSize: 12, lineHeight: 1.45, textAlign: 'center', letterSpacing: 0.3 },
  logo: { marginTop: 28 },
  titleBlock: { alignItems: 'center' },
  title: { fontWeight: 'bold', fontSize: 30, lineHeight: 1.2, textAlign: 'center', letterSpacing: 1.5, marginBottom: 14 },
  subtitle: { fontWeight: 'bold', fontSize: 16, lineHeight: 1.35, textAlign: 'center', letterSpacing: 0.6 },
  source: { fontStyle: 'italic', fontSize: 14, lineHeight: 1.4, textAlign: 'center', marginTop: 6 },
  rule: { width: 120, borderBottomWidth: 1, borderBottomColor: '#1a1a1a', marginVertical: 22 },
  period: { fontWeight: 'bold', fontSize: 16, lineHeight: 1.3, textAlign: 'center' },
  number: { fontWeight: 'bold', fontSize: 22, lineHeight: 1.3, textAlign: 'center', marginTop: 10 },
  place: { fontSize: 13, lineHeight: 1.3, textAlign: 'center' },
});

export function CoverPage({ data, labels }: { data: EditionData; labels: EditionLabels }) {
  const { organisation } = data;
  const logo = organisation.logo ? fitImage(organisation.logo, 160, 96) : null;
  return (
    <Page size="A4" style={styles.coverPage} wrap={false}>
      <View style={s.body}>
        <View style={{ alignItems: 'center' }}>
          <Text style={s.organisation}>{organisation.name.toLocaleUpperCase(data.lang)}</Text>
          {organisation.logo && logo ? (
            <Image style={[s.logo, { width: logo.width, height: logo.height }]} src={imageSource(organisation.logo)} />
          ) : null}
        </View>
        <View style={s.titleBlock}>
          <Text style={s.title}>{labels.coverTitle}</Text>
          {labels.coverSubtitle.map((line) => (
            <Text key={line} style={s.subtitle}>
              {line}
            </Text>
          ))}
          <Text style={s.source}>{labels.coverSource}</Text>
          <View style={s.rule} />
          <Text style={s.period}>{formatCoverPeriod(data.periodStart, data.periodEnd)}</Text>
          <Text style={s.number}>{`#${data.number}`}</Text>
        </View>
        <Text style={s.place}>{`${data.place} - ${data.year}`}</Text>
      </View>
    </Page>
  );
}
