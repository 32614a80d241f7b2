/**
 * Short stable hashes (cyrb53, 53 bits as 14 hex digits) of texts and findings; the same in the
 * browser and on the server, no crypto needed: they tell texts apart, they guard nothing.
 */
export function textHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, '0');
}

/** The hash of one field's two sides: a dismissal holds while this stays the same. */
export function fieldHash(en: string, ru: string): string {
  return textHash(`${en}\u0000${ru}`);
}

export interface FingerprintParts {
  kind: string;
  message: string;
  field: string;
  photo?: number;
  subject: string;
}

/**
 * What a dismissal is kept under: the kind, message, field and subject of the finding, and the
 * hash of that field's text. Editing the field (either language) changes it, so a dismissed
 * finding comes back once the text it was dismissed for has changed.
 */
export function findingFingerprint(finding: FingerprintParts, hashOfField: string): string {
  const subject = finding.subject.length > 60 ? textHash(finding.subject) : finding.subject;
  const field = finding.photo ? `${finding.field}#${finding.photo}` : finding.field;
  return `${finding.kind}:${finding.message}:${field}:${subject}:${hashOfField}`;
}
