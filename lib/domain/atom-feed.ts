/** An Atom 1.0 document (RFC 4287), every text escaped. */
export interface AtomLink {
  href: string;
  rel?: 'alternate' | 'self' | 'enclosure' | 'related';
  type?: string;
  hreflang?: string;
  title?: string;
  length?: number;
}

export interface AtomEntry {
  id: string;
  title: string;
  updated: string; // ISO date-time
  published?: string;
  summary: string;
  links: AtomLink[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  lang: string;
  updated: string;
  author: string;
  links: AtomLink[];
  entries: AtomEntry[];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text and attribute values, dropping characters XML 1.0 does not allow. */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function link(l: AtomLink): string {
  const attrs = Object.entries(l)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}="${escapeXml(String(value))}"`)
    .join(' ');
  return `<link ${attrs}/>`;
}

export function buildAtomFeed(feed: AtomFeed): string {
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${escapeXml(e.id)}</id>
    <title>${escapeXml(e.title)}</title>
    <updated>${escapeXml(e.updated)}</updated>${e.published ? `\n    <published>${escapeXml(e.published)}</published>` : ''}
    <summary>${escapeXml(e.summary)}</summary>
${e.links.map((l) => `    ${link(l)}`).join('\n')}
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">
  <id>${escapeXml(feed.id)}</id>
  <title>${escapeXml(feed.title)}</title>
  <subtitle>${escapeXml(feed.subtitle)}</subtitle>
  <updated>${escapeXml(feed.updated)}</updated>
  <author><name>${escapeXml(feed.author)}</name></author>
${feed.links.map((l) => `  ${link(l)}`).join('\n')}
${entries.join('\n')}
</feed>
`;
}
