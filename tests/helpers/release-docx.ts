import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

/**
 * A Word document made from a release text (release-format.md), as an editor would have it: `#`
 * headings as Word headings, `**…**` paragraphs in bold, `<url>` lines as hyperlinks, the lines of a
 * paragraph joined by line breaks.
 */
export async function releaseDocx(text: string): Promise<Uint8Array> {
  const paragraphs = text
    .split(/\n[ \t]*\n/)
    .map((block) => block.split('\n').map((line) => line.trim()).filter(Boolean))
    .filter((lines) => lines.length > 0)
    .map(toParagraph);
  const document = new Document({ sections: [{ children: paragraphs }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

function toParagraph(lines: string[]): Paragraph {
  const heading = /^(#{1,4})\s+(.*)$/.exec(lines[0]!);
  if (heading && lines.length === 1) return new Paragraph({ heading: HEADINGS[heading[1]!.length - 1], children: [new TextRun(heading[2]!)] });
  const link = /^<(https?:\/\/[^>]+)>$/.exec(lines[0]!);
  if (link && lines.length === 1) {
    return new Paragraph({ children: [new ExternalHyperlink({ link: link[1]!, children: [new TextRun({ text: link[1]!, style: 'Hyperlink' })] })] });
  }
  const children: ParagraphChild[] = lines.map((line, i) => {
    const bold = /^\*\*(.+)\*\*$/.exec(line);
    return new TextRun({ text: bold ? bold[1]! : line, bold: !!bold, break: i > 0 ? 1 : 0 });
  });
  return new Paragraph({ children });
}
