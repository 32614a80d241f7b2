import iconv from 'iconv-lite';

export type TextKind = 'xml' | 'html' | 'json' | 'text';

/**
 * Turns fetched bytes into text in the encoding the site used. The charset comes from, in order:
 * the Content-Type header, the XML prolog (xml, and html for XHTML), the HTML meta tag (charset or
 * http-equiv Content-Type), a byte order mark, and else UTF-8. Labels iconv-lite does not know fall
 * through to the next source. The prolog and meta are sniffed in the first 4 KiB read as Latin-1
 * (every charset we decode is ASCII-compatible there); the document itself is parsed elsewhere.
 */
export function decodeText(body: Buffer, headerCharset: string | null, kind: TextKind): string {
  const charset = detectCharset(body, headerCharset, kind);
  return iconv.decode(body, charset, { stripBOM: true });
}

/** The charset decodeText uses (an iconv-lite label, lower case). */
export function detectCharset(body: Buffer, headerCharset: string | null, kind: TextKind): string {
  const head = body.subarray(0, SNIFF_BYTES).toString('latin1');
  const candidates = [
    headerCharset,
    kind === 'xml' || kind === 'html' ? prologCharset(head) : null,
    kind === 'html' ? metaCharset(head) : null,
    bomCharset(body),
  ];
  for (const candidate of candidates) {
    const label = usableLabel(candidate);
    if (label) return label;
  }
  return 'utf-8';
}

const SNIFF_BYTES = 4096;

function usableLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  const clean = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (!clean || !iconv.encodingExists(clean)) return null;
  return clean;
}

function prologCharset(head: string): string | null {
  const prolog = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(head.replace(/^\uFEFF|^ï»¿/, ''));
  return prolog ? prolog[1]! : null;
}

function metaCharset(head: string): string | null {
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([^"'\s;/>]+)/i.exec(tag);
    if (direct && !/http-equiv/i.test(tag)) return direct[1]!;
    if (/http-equiv\s*=\s*["']?content-type/i.test(tag)) {
      const content = /\bcontent\s*=\s*["']([^"']*)["']/i.exec(tag)?.[1] ?? '';
      const fromContent = /charset\s*=\s*([^\s;"']+)/i.exec(content);
      if (fromContent) return fromContent[1]!;
    }
  }
  return null;
}

function bomCharset(body: Buffer): string | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  return null;
}
