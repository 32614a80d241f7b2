/**
 * Puts text into one of the editor's fields (by element id) as if typed, so that the editor's own
 * state, autosave and checks follow: React listens to 'input' events on its controlled fields.
 */
export type InsertMode = 'cursor' | 'paragraph' | 'fill';

/** Fields the user has been in: only their cursor means something; elsewhere text goes at the end. */
const visited = new Set<string>();
/** The field of each language the user was in last ("article-titleRu"…). */
const lastField: Partial<Record<'en' | 'ru', string>> = {};
if (typeof document !== 'undefined') {
  document.addEventListener('focusin', (event) => {
    const target = event.target as HTMLElement | null;
    const id = target?.id ?? '';
    if (!/^article-(title|body|digest)(En|Ru)$/.test(id)) return;
    visited.add(id);
    lastField[id.endsWith('En') ? 'en' : 'ru'] = id;
  });
}

/** The field of a language where the cursor was last, if the user has been in one. */
export function lastFieldOf(lang: 'en' | 'ru'): string | undefined {
  return lastField[lang];
}

export function insertIntoField(id: string, text: string, mode: InsertMode = 'cursor'): boolean {
  const el = document.getElementById(id);
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) return false;
  const value = el.value;
  let next: string;
  let caret: number;
  if (mode === 'fill' && value.trim() === '') {
    next = text;
    caret = text.length;
  } else if (mode === 'paragraph') {
    const base = value.replace(/\s+$/, '');
    next = base ? `${base}\n\n${text}` : text;
    caret = next.length;
  } else {
    const start = visited.has(id) ? (el.selectionStart ?? value.length) : value.length;
    const end = el.selectionEnd ?? start;
    next = value.slice(0, start) + text + value.slice(end);
    caret = start + text.length;
  }
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, next);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.setSelectionRange(caret, caret);
  return true;
}

/** The editor's field id for a field and language. */
export function fieldId(field: 'title' | 'digest' | 'body', lang: 'en' | 'ru'): string {
  return `article-${field}${lang === 'en' ? 'En' : 'Ru'}`;
}
