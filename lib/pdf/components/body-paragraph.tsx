import { Link, Text } from '@react-pdf/renderer';
import type { BodyBlock, BodyRun } from '@/lib/domain/body-markdown';
import { webLinkTarget } from '@/lib/domain/source-url';
import { typesetRuns } from '../typeset-runs';
import { LINK, styles } from '../styles';

function runStyle(run: BodyRun) {
  return {
    ...(run.bold ? { fontWeight: 'bold' as const } : {}),
    ...(run.italic ? { fontStyle: 'italic' as const } : {}),
  };
}

/** One body paragraph, justified and hyphenated; quoted speech already starts with its en dash. */
export function BodyParagraph({ block }: { block: BodyBlock }) {
  return (
    <Text style={styles.paragraph}>
      {typesetRuns(block.runs).map((run, i) =>
        webLinkTarget(run.href) ? (
          <Link key={i} src={webLinkTarget(run.href)!} style={{ ...runStyle(run), color: LINK, textDecoration: 'none' }}>
            {run.text}
          </Link>
        ) : run.bold || run.italic ? (
          <Text key={i} style={runStyle(run)}>
            {run.text}
          </Text>
        ) : (
          run.text
        ),
      )}
    </Text>
  );
}
