import { Image, Text, View } from '@react-pdf/renderer';
import type { EditionLabels, EditionPhoto } from '@/lib/domain/edition';
import { fitImage, imageSource } from '../image-source';
import { COLUMN_WIDTH, MAX_PHOTO_HEIGHT, styles } from '../styles';

/** A photo at the full column width (tall ones scaled down and centred), with caption and credit. */
export function ArticlePhoto({ photo, labels }: { photo: EditionPhoto; labels: EditionLabels }) {
  const size = fitImage(photo, COLUMN_WIDTH, MAX_PHOTO_HEIGHT);
  return (
    <View style={styles.photo} wrap={false}>
      <Image style={{ width: size.width, height: size.height, alignSelf: 'center' }} src={imageSource(photo)} />
      {photo.caption ? <Text style={styles.photoCaption}>{photo.caption}</Text> : null}
      {photo.credit ? <Text style={styles.photoCredit}>{labels.photoCredit(photo.credit)}</Text> : null}
    </View>
  );
}
