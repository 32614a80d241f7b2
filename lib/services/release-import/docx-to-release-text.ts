import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';

/**
 * A Word document as the Markdown-ish text the release parser reads (release-format.md): headings
 * as `## …`, a paragraph set wholly in bold as `**…**`, a paragraph that is only a link as `<url>`,
 * line breaks kept, one blank line between paragraphs. Pictures are left out (photos are added in
 * the editor). mammoth → HTML (its documented path; its Markdown output escapes `.` and `-`, which
 * would garble periods like 01-31.01.2024), then the HTML walked here.
 */
export async function docxToReleaseText(bytes: Uint8Array): Promise<string> {
  const { value } = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), externalFileAccess: false },
  );
  const { document } = parseHTML(`<!doctype html><html><body>${value}</body></html>`);
  const paragraphs: string[] = [];
  for (const node of Array.from(document.body.children)) collect(node as Element, paragraphs);
  return paragraphs.join('\n\n') + '\n';
}

function collect(element: Element, out: string[]): void {
  const tag = element.tagName.toLowerCase();
  if (/^h[1-6]$/.test(tag)) {
    const text = inlineText(element).replace(/\n+/g, ' ').trim();
    if (text) out.push(`${'#'.repeat(Number(tag[1]))} ${text}`);
    return;
  }
  if (tag === 'p') {
    const text = paragraphText(element);
    if (text) out.push(text);
    return;
  }
  if (tag === 'ul' || tag === 'ol') {
    for (const li of Array.from(element.children)) {
      const text = inlineText(li).trim();
      if (text) out.push(`- ${text}`);
    }
    return;
  }
  // Tables and anything else: their paragraphs in document order.
  for (const child of Array.from(element.children)) collect(child, out);
}

function paragraphText(p: Element): string {
  const text = inlineText(p).trim();
  if (!text) return '';
  const links = Array.from(p.querySelectorAll('a[href]'));
  if (links.length === 1 && links[0]!.textContent?.trim() === p.textContent?.trim()) {
    const href = links[0]!.getAttribute('href')!;
    return text === href || text === href.replace(/\/$/, '') ? `<${href}>` : `[${text}](${href})`;
  }
  const bold = Array.from(p.querySelectorAll('strong'))
    .map((s) => s.textContent ?? '')
    .join('');
  if (bold.replace(/\s+/g, '') === (p.textContent ?? '').replace(/\s+/g, '')) return text.split('\n').map((line) => `**${line.trim()}**`).join('\n');
  return text;
}

/** The text of an element with <br> as a line break. */
function inlineText(element: Element): string {
  let text = '';
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node.nodeType === 1) {
      const child = node as Element;
      text += child.tagName.toLowerCase() === 'br' ? '\n' : inlineText(child);
    }
  }
  return text.replace(/[ \t]+\n/g, '\n');
}
