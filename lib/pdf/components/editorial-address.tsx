import { Link, Text, View, StyleSheet } from '@react-pdf/renderer';
import type { EditionLabels, EditionOrganisation } from '@/lib/domain/edition';
import { webLinkTarget } from '@/lib/domain/source-url';
import { INK } from '../styles';

const s = StyleSheet.create({
  heading: { fontWeight: 'bold', fontSize: 10.5, lineHeight: 1.4, marginBottom: 2 },
  line: { fontSize: 10.5, lineHeight: 1.4 },
  link: { color: INK, textDecoration: 'none' },
});

const webHref = (site: string) => webLinkTarget(/^[a-z][a-z0-9+.-]*:/i.test(site.trim()) ? site : `https://${site.trim()}`);

/** EDITORIAL ADDRESS: address, tel., fax, e-mail and web site (settings of the organisation). */
export function EditorialAddress({ organisation, labels }: { organisation: EditionOrganisation; labels: EditionLabels }) {
  const { address, phone, fax, email, website } = organisation;
  return (
    <View>
      <Text style={s.heading}>{labels.editorialAddress}</Text>
      {address ? <Text style={s.line}>{address}</Text> : null}
      {phone ? <Text style={s.line}>{`${labels.tel} ${phone}`}</Text> : null}
      {fax ? <Text style={s.line}>{`${labels.fax} ${fax}`}</Text> : null}
      {email || website ? (
        <Text style={s.line}>
          {email ? (
            <Link style={s.link} src={`mailto:${email}`}>
              {email}
            </Link>
          ) : null}
          {email && website ? ' ' : null}
          {website && webHref(website) ? (
            <Link style={s.link} src={webHref(website)!}>
              {website}
            </Link>
          ) : website ? (
            website
          ) : null}
        </Text>
      ) : null}
    </View>
  );
}
