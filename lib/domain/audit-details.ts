/**
 * An audit row's details in words, in the reader's language: each known key by its name ("From",
 * "Editions"), article states, languages and roles by their names, lists joined with commas, yes/no
 * for booleans. Unknown keys and values are shown as they are, never as JSON of a list.
 */
export interface AuditWords {
  /** Key → its name ("from" → "From"). */
  keys: Record<string, string>;
  /** Article and issue states, languages and roles → their names. */
  values: Record<string, string>;
  yes: string;
  no: string;
}

/** Keys whose values are codes to be named (states, languages, roles). */
const NAMED_VALUES = new Set(['from', 'to', 'status', 'lang', 'langs', 'role', 'before', 'after', 'locale']);

export function describeAuditDetails(details: Record<string, unknown> | null | undefined, words: AuditWords): string {
  if (!details) return '';
  return Object.entries(details)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([key, value]) => `${words.keys[key] ?? key}: ${valueInWords(value, NAMED_VALUES.has(key), words)}`)
    .join('; ');
}

function valueInWords(value: unknown, named: boolean, words: AuditWords): string {
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'string') return named ? (words.values[value] ?? value) : value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((item) => valueInWords(item, named, words)).join(', ');
  if (typeof value === 'object' && value) {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${words.keys[k] ?? words.values[k] ?? k} ${valueInWords(v, NAMED_VALUES.has(k), words)}`)
      .join(', ');
  }
  return String(value);
}
