import { View } from '@react-pdf/renderer';
import { parseBody } from '@/lib/domain/body-markdown';
import type { EditionData } from '@/lib/domain/edition';
import { BodyParagraph } from './body-paragraph';

/**
 * The two generated paragraphs that open the body: counts per country, then the digest.
 * They are light Markdown (the bracketed country lists are *emphasised*), read like a body.
 */
export function Summary({ summary }: { summary: EditionData['summary'] }) {
  const blocks = [summary.counts, summary.digest].flatMap((text) => parseBody(text));
  return (
    <View style={{ marginBottom: 8 }}>
      {blocks.map((block, i) => (
        <BodyParagraph key={i} block={block} />
      ))}
    </View>
  );
}
